# Warteliste: /waitlist join, leave und status; der Eintrag im Moderationskanal mit „Einladen“ und „Ablehnen“,
# das Ablehnungsformular, die DMs, die Log-Zeilen, /gate waitlist, /gate whois und die beiden Richtlinien.

## Befehlsbeschreibungen (höchstens 100 Zeichen)

waitlist-cmd-group = Die Warteliste für alle, die keinen Einladungscode haben
waitlist-cmd-join = Auf die Warteliste: das Moderationsteam bitten, dich ohne Code hereinzulassen
waitlist-cmd-join-about = Ein paar Worte über dich für das Moderationsteam (bis zu 300 Zeichen)
waitlist-cmd-leave = Die Warteliste verlassen
waitlist-cmd-status = Dein Platz auf der Warteliste oder der Code, den du bekommen hast
waitlist-cmd-gate = Die Warteliste: wer wartet, in welcher Reihenfolge und wie lange schon
waitlist-cmd-policy-waitlist = Ob sich Personen ohne Code auf die Warteliste setzen dürfen
waitlist-cmd-policy-cooldown-days = Tage nach einer Ablehnung, bis jemand wieder auf die Warteliste darf (0 bis 365)

## Antworten an die Person auf der Warteliste

waitlist-joined = Du stehst jetzt auf der Warteliste von **{ $server }**, auf Platz **{ $position }**. Das Moderationsteam sieht sich das an; du bekommst eine DM, sobald darüber entschieden ist.
waitlist-left = Du hast die Warteliste verlassen.
waitlist-status-waiting = Du stehst auf der Warteliste auf Platz **{ $position }**. Eingetragen hast du dich { $since }.
waitlist-status-invited = { $inviter } hat dir einen Einladungscode geschickt: **{ $code }**
waitlist-status-expires = Er gilt bis { $when } ({ $relative }).
waitlist-status-code-ended = Dieser Code ist inzwischen { $status }. Um erneut eingeladen zu werden, trag dich mit `/waitlist join` wieder auf die Warteliste ein.
waitlist-status-declined = Deine Anfrage auf der Warteliste wurde { $when } abgelehnt. Ab { $again } kannst du dich wieder eintragen.
waitlist-status-none = Du stehst nicht auf der Warteliste. Um dich einzutragen, gib `/waitlist join` im Willkommenskanal ein.
waitlist-how-to-redeem-link = So kommst du rein: Falls du nicht mehr auf dem Server bist, tritt über { $link } bei; gib dann `/redeem { $code }` in { $channel } ein.
waitlist-how-to-redeem = So kommst du rein: Gib `/redeem { $code }` in { $channel } ein.
waitlist-the-welcome-channel = den Willkommenskanal

## Ablehnungen von /waitlist

waitlist-refusal-wrong-channel = Auf die Warteliste kommst du in { $channel }. Führe `/waitlist join` dort aus.
waitlist-refusal-member = Du bist hier schon Mitglied; die Warteliste ist für alle, die noch nicht drin sind.
waitlist-refusal-closed = Die Warteliste dieses Servers ist geschlossen. Frag ein Mitglied nach einem Einladungscode.
waitlist-refusal-admission-open = Du hast schon einen Code eingelöst und deine Aufnahme läuft noch; die Warteliste brauchst du nicht.
waitlist-refusal-already-waiting = Du stehst schon auf der Warteliste, auf Platz **{ $position }**.
waitlist-refusal-already-invited = Du stehst schon auf der Warteliste und hast bereits einen Code bekommen; sieh mit `/waitlist status` nach.
waitlist-refusal-declined = Deine letzte Anfrage auf der Warteliste wurde abgelehnt. Ab { $when } ({ $relative }) kannst du dich wieder eintragen.
waitlist-refusal-too-often = Du hast dich in den letzten 24 Stunden schon { $count ->
        [one] einmal
       *[other] { $count }-mal
    } auf die Warteliste gesetzt. Du kannst dich { $relative } wieder eintragen.
waitlist-refusal-not-on-it = Du stehst nicht auf der Warteliste.
waitlist-refusal-entry-not-found = Diesen Wartelisteneintrag gibt es nicht mehr.
waitlist-refusal-already-decided = Diese Person wurde bereits { $when } von { $moderator } { $decision ->
        [invited] eingeladen
       *[declined] abgelehnt
    }.
waitlist-refusal-closed-entry = { $status ->
        [redeemed] Diese Person hat { $when } bereits einen Code eingelöst; ihr Eintrag ist geschlossen.
        [lapsed] Der Code dieser Person lief ungenutzt ab, und sie hat sich { $when } erneut eingetragen; dieser Eintrag ist geschlossen.
       *[left] Diese Person hat die Warteliste { $when } verlassen; ihr Eintrag ist geschlossen.
    }

## Der Eintrag im Moderationskanal (in der Sprache des Servers)

waitlist-entry-title = Wartelisteneintrag #{ $number }
waitlist-entry-person = Person
waitlist-entry-joined = Eingetragen
waitlist-entry-about = Über die Person
waitlist-entry-status = Status
waitlist-entry-reason = Grund
waitlist-entry-person-value =
    { $person } ({ $id })
    Konto erstellt { $created }
waitlist-entry-waiting = ⏳ Wartet auf das Moderationsteam
waitlist-entry-invited-by = 📨 Eingeladen von { $by } am { $when } mit dem Code { $code }
waitlist-entry-declined-by = ❌ Abgelehnt von { $by } am { $when }
waitlist-entry-redeemed = ✅ Hat am { $when } einen Code eingelöst
waitlist-entry-left = 👋 Ausgetragen am { $when }
waitlist-entry-lapsed = ⌛ Der Code lief ungenutzt ab; am { $when } erneut eingetragen
waitlist-button-invite = Einladen
waitlist-button-decline = Ablehnen

## Das Ablehnungsformular (höchstens 45 Zeichen)

waitlist-decline-form-title = Wartelisteneintrag ablehnen
waitlist-decline-form-reason = Grund (wird der Person geschickt)

## Antworten an den Moderator, der geklickt hat

waitlist-invited = { $person } eingeladen: Der Code { $code } wurde verschickt.
waitlist-invited-no-link = Für den Code konnte ich keinen Einladungslink erstellen; die Person hat nur den Code bekommen.
waitlist-declined = { $person } abgelehnt.
waitlist-dm-refused = Ich konnte { $person } keine DM schicken: Die Person hat ihre DMs geschlossen. Mit `/waitlist status` kann sie es nachlesen.
waitlist-dm-delayed = Ich konnte { $person } noch keine DM schicken und versuche es weiter. Mit `/waitlist status` kann die Person es nachlesen.
waitlist-person-gone = { $person } hat den Server verlassen: Der Eintrag ist geschlossen, und es wurde kein Code erstellt.

## An ein Mitglied, dessen neuer Code für jemanden auf der Warteliste reserviert ist

waitlist-vouched = { $person } stand auf der Warteliste: Ich habe der Person diesen Code per DM geschickt.
waitlist-vouched-dm-refused = { $person } stand auf der Warteliste, aber ich konnte der Person diesen Code nicht per DM schicken (ihre DMs sind geschlossen); mit `/waitlist status` kann sie ihn nachlesen.
waitlist-vouched-dm-delayed = { $person } stand auf der Warteliste; ich konnte der Person diesen Code noch nicht per DM schicken und versuche es weiter. Mit `/waitlist status` kann sie ihn nachlesen.

## DMs an die Person (in ihrer Sprache)

waitlist-invited-dm = 🎉 { $inviter } hat dich über die Warteliste auf **{ $server }** eingeladen. Dein Einladungscode: { $code }, gültig bis { $expires }.
waitlist-declined-dm = Deine Anfrage auf der Warteliste von **{ $server }** wurde abgelehnt.
waitlist-declined-dm-reason = Grund: { $reason }
waitlist-declined-dm-again = Ab { $when } kannst du dich wieder auf die Warteliste setzen.

## Log-Zeilen (in der Sprache des Servers)

waitlist-log-joined = 📝 { $person } hat sich auf die Warteliste gesetzt (Eintrag #{ $number }).
waitlist-log-invited = 📨 { $person } wurde von { $by } mit dem Code { $code } über die Warteliste eingeladen.
waitlist-log-vouched = 📨 { $person } stand auf der Warteliste und hat von { $by } den Code { $code } bekommen; { $by } bürgt für die Person.
waitlist-log-declined = ❌ { $person } wurde auf der Warteliste von { $by } abgelehnt.
waitlist-log-declined-reason = ❌ { $person } wurde auf der Warteliste von { $by } abgelehnt: { $reason }

## Zustellungen: was nicht geklappt hat („Ich konnte nicht …“), und warum nichts verschickt wurde

waitlist-describe-entry = den Wartelisteneintrag #{ $number } im Moderationskanal anzuzeigen
waitlist-describe-dm = { $user } eine DM zu Wartelisteneintrag #{ $number } zu schicken
waitlist-nothing-to-send = Der Eintrag wurde geschlossen oder sein Code war nicht mehr gültig, bevor die DM verschickt wurde.

## /gate waitlist

waitlist-gate-title = Warteliste
waitlist-gate-empty = Niemand steht auf der Warteliste.
waitlist-gate-waiting = **{ $position }.** { $person } · eingetragen { $since }
waitlist-gate-invited = 📨 { $person } · eingetragen { $since } · { $when } von { $by } eingeladen

## /gate whois: die Warteliste der Person

waitlist-whois-heading = **Warteliste ({ $count })**
waitlist-whois-joined = Eingetragen am { $when }
waitlist-whois-invited = { $when } von { $by } mit dem Code { $code } eingeladen
waitlist-whois-waiting = wartet
waitlist-whois-declined = { $when } von { $by } abgelehnt
waitlist-whois-redeemed = { $when } einen Code eingelöst
waitlist-whois-left = { $when } ausgetragen
waitlist-whois-lapsed = Code ungenutzt abgelaufen, { $when } erneut eingetragen

## /gate settings

waitlist-settings-waitlist = Warteliste: { $state ->
    [on] offen
   *[off] geschlossen
}
waitlist-settings-cooldown = Wartezeit nach einer Ablehnung auf der Warteliste: { $days ->
    [0] keine
    [one] { $days } Tag
   *[other] { $days } Tage
}

## Im Moderationskanal, wenn eine DM zur Warteliste nicht zugestellt werden konnte

waitlist-undelivered-invited = ⚠️ Ich konnte { $person } den Code von der Warteliste nicht per DM schicken: Die Person hat ihre DMs geschlossen. Mit `/waitlist status` in { $channel } kann sie ihn nachlesen.
waitlist-undelivered-declined = ⚠️ Ich konnte { $person } nicht mitteilen, dass der Wartelisteneintrag abgelehnt wurde: Die Person hat ihre DMs geschlossen. `/waitlist status` zeigt es ihr.
waitlist-describe-undelivered = zu melden, dass eine DM zur Warteliste nicht zugestellt werden konnte
