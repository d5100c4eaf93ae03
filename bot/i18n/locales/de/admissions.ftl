# Aufnahme: /redeem, die Beitrittsanfrage im Moderationskanal, die DMs an Neuling und einladende Person.

## Befehlsbeschreibungen

admissions-cmd-redeem = Mit dem Einladungscode beitreten, den dir ein Mitglied gegeben hat
admissions-cmd-redeem-code = Dein Einladungscode, z. B. 7KQ2-M9XD-4HBT

## Antworten an den Neuling nach /redeem

admissions-request-received = Dein Code wurde angenommen. Ein Moderator prüft deine Beitrittsanfrage für **{ $server }**; du bekommst eine DM, sobald darüber entschieden ist.
admissions-welcome = Willkommen auf **{ $server }**! Eingeladen hat dich { $inviter }; der Rest des Servers steht dir jetzt offen.
admissions-roles-delayed = Dein Code wurde angenommen, aber ich konnte dir deine Rollen noch nicht geben. Das Moderationsteam wurde benachrichtigt und kümmert sich darum; du musst den Code nicht noch einmal einlösen.

## Die Beitrittsanfrage im Moderationskanal

admissions-request-title = Beitrittsanfrage #{ $number }
admissions-request-newcomer = Neuling
admissions-request-invited-by = Eingeladen von
admissions-request-shared-link = { $admin } über einen geteilten Link (`/gate link`) – niemand hat persönlich für diesen Neuling gebürgt
admissions-request-code = Code
admissions-request-note = Notiz der einladenden Person
admissions-request-redeemed = Eingelöst
admissions-request-decision = Entscheidung
admissions-request-reason = Grund
admissions-request-closed = Geschlossen
# $created ist relativ („vor 3 Jahren“).
admissions-request-newcomer-value =
    { $newcomer } ({ $id })
    Konto erstellt { $created }
# $when ist Datum und Uhrzeit („1. Januar 2026 12:00“).
admissions-request-denied-by = ❌ Abgelehnt von { $moderator } am { $when }
admissions-request-approved-by = ✅ Angenommen von { $moderator } am { $when }
admissions-request-roles-pending = ⚠️ Rollen noch nicht vergeben: Sieh dir die Warnung unten an und klicke auf **Erneut versuchen**.
admissions-request-left = Der Neuling hat den Server vor der Aufnahme verlassen.
admissions-button-approve = Annehmen
admissions-button-deny = Ablehnen
admissions-moved-to = 📦 Verschoben nach { $channel } (jetzt der Moderationskanal): Entscheide bitte dort.

## Das Ablehnungsformular (höchstens 45 Zeichen)

admissions-deny-form-title = Beitrittsanfrage ablehnen
admissions-deny-form-reason = Grund (wird dem Neuling geschickt)

## Antworten an den entscheidenden Moderator

admissions-decided = { $verb ->
        [denied] Abgelehnt
       *[approved] Angenommen
    }: Anfrage #{ $number } von { $newcomer }.
admissions-dm-refused = Entscheidung gespeichert, aber ich konnte { $newcomer } keine DM dazu schicken: Die Person hat ihre DMs geschlossen.
admissions-dm-delayed = Entscheidung gespeichert, aber ich konnte { $newcomer } noch keine DM dazu schicken; ich versuche es weiter.

## Hinweise im Moderationskanal

admissions-dm-undelivered = ℹ️ Ich konnte { $newcomer } keine DM zur Entscheidung von { $moderator } über Anfrage #{ $number } schicken: Die Person hat ihre DMs geschlossen.
admissions-guessing-alert = 🚨 Viele fehlgeschlagene `/redeem`-Versuche { $minutes ->
        [one] in der letzten Minute
       *[other] in den letzten { $minutes } Minuten
    }: Vielleicht versucht jemand, Codes zu erraten. Jedes Konto wird nach { $attempts ->
        [one] 1 Fehlversuch
       *[other] { $attempts } Fehlversuchen
    } gesperrt; `/gate codes` zeigt, welche Codes aktiv sind.

## Direktnachrichten

admissions-inviter-dm = { $newcomer } ist **{ $server }** mit deinem Code { $code } beigetreten.
admissions-approved-dm-welcome = ✅ Ein Moderator hat deine Beitrittsanfrage für **{ $server }** angenommen. Willkommen!
admissions-approved-dm-roles-pending = ✅ Ein Moderator hat deine Beitrittsanfrage für **{ $server }** angenommen. Deine Rollen konnten noch nicht vergeben werden; das Moderationsteam wurde benachrichtigt, und ich versuche es erneut.
admissions-denied-dm = ❌ Deine Beitrittsanfrage für **{ $server }** wurde von einem Moderator abgelehnt.
admissions-denied-dm-reason = Grund: { $reason }

## Was der Bot für eine Aufnahme tut, wie das Moderationsteam es in einer Warnung sieht

admissions-audit-reason = Doorman-Aufnahme #{ $number }: Code { $code } von Benutzer { $inviter }
# Infinitiv mit „zu“: ergänzt „Es ist mir nicht gelungen, …“ und „Ich habe es aufgegeben, …“ (deliveries-alert-*).
admissions-describe-grant = { $newcomer } die Rollen zu geben (Aufnahme #{ $number }, Code { $code } von { $inviter })
admissions-describe-request = Beitrittsanfrage #{ $number } im Moderationskanal anzuzeigen
admissions-describe-dm = { $user } eine DM zu Aufnahme #{ $number } zu schicken
admissions-describe-undelivered = zu melden, dass eine Entscheidung nicht per DM zugestellt werden konnte
admissions-describe-guessing = vor einer Häufung fehlgeschlagener Einlöseversuche zu warnen
# Warum es fehlschlug ($detail einer Warnung, steht nach einem Doppelpunkt: ganzer Satz, groß).
admissions-role-gone = Die Mitgliedsrolle existiert nicht mehr; führe `/gate setup` erneut aus
admissions-roles-refused = Discord hat abgelehnt – meine Rolle muss über der Mitgliedsrolle stehen und die Berechtigung „Rollen verwalten“ haben
admissions-closed-already = Nichts zu tun: Aufnahme #{ $number } ist bereits abgeschlossen.
admissions-newcomer-left = { $newcomer } hat den Server verlassen; die Aufnahme ist abgeschlossen.
admissions-roles-granted = Erledigt: { $newcomer } hat jetzt die Rollen.
admissions-no-one-to-tell = Die Person hat den Server verlassen; es gibt niemanden mehr zu benachrichtigen.
admissions-dms-closed = Die Person hat ihre DMs geschlossen.
