## Der Warteraum (SPEC Abschnitt 13): Wer beigetreten ist und nicht aufgenommen wurde, bekommt eine Erinnerung
## per DM und wird dann gekickt (vom Server entfernt, kann wieder beitreten: kein Bann, keine Einladungssperre).
## Braucht den Server Members Intent (members_intent unter [bot] in der Konfiguration).

# Optionen von /gate policy (höchstens 100 Zeichen).
waiting-cmd-policy-remind-after-hours = Stunden ab Beitritt, bis ein nicht aufgenommener Neuling per DM erinnert wird (0 bis 720, 0: aus)
waiting-cmd-policy-kick-after-hours = Stunden ab Beitritt, bis ein nicht aufgenommener Neuling gekickt wird (0 bis 720, 0: aus)
# Zeilen von /gate settings. $count: Stunden (0: aus).
waiting-settings-remind = Erinnerung per DM: { $count ->
        [0] aus
        [one] { $count } Stunde nach dem Beitritt
       *[other] { $count } Stunden nach dem Beitritt
    }
waiting-settings-kick = Kick ohne Aufnahme: { $count ->
        [0] aus
        [one] { $count } Stunde nach dem Beitritt
       *[other] { $count } Stunden nach dem Beitritt
    }
# $options: die Optionsnamen in Backticks.
waiting-refusal-needs-intent = Ich kann { $options } nicht einstellen: Der Warteraum braucht Discords **Server Members Intent**, und ich laufe ohne ihn. Wer mich betreibt, muss ihn im Discord Developer Portal für den Bot einschalten, in meiner Konfigurationsdatei unter `[bot]` `members_intent = true` setzen und mich neu starten. Es wurde nichts gespeichert.
# $count: kick_after_hours.
waiting-warning-no-kick-permission = ⚠️ Mir fehlt die Berechtigung „Mitglieder kicken“: Bis ich sie habe, wird niemand { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    } nach dem Beitritt gekickt, und jeder Kick, der mir nicht gelingt, löst eine Warnung an das Moderationsteam aus.
# Die Erinnerungs-DM, je eine Zeile. $channel: der Willkommenskanal; $when: relative Zeit („in 20 Stunden“).
waiting-reminder = 👋 Du bist **{ $server }** beigetreten, wurdest aber noch nicht aufgenommen. Wenn du einen Einladungscode hast, löse ihn mit `/redeem` in { $channel } ein.
waiting-reminder-waitlist = Kein Code? Mit `/waitlist join` kannst du dort das Moderationsteam um einen bitten.
waiting-reminder-returning = Du warst hier schon einmal Mitglied: Führe dort `/redeem` ohne Code aus, um zurückzukehren.
waiting-reminder-kick = Falls du { $when } noch wartest, wirst du vom Server entfernt. Du kannst später wieder beitreten.
# Grund im Audit-Log des Servers.
waiting-kick-reason = Nicht innerhalb von { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    } nach dem Beitritt aufgenommen (Warteraum)
waiting-log-kicked = 👢 { $member } wurde gekickt: Die Person wurde nicht innerhalb von { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    } nach dem Beitritt aufgenommen.
# Infinitiv mit „zu“: ergänzt „Es ist mir nicht gelungen, …“ (deliveries-alert-*).
waiting-describe-remind = { $user } per DM daran zu erinnern, wie man hereinkommt
waiting-describe-kick = { $user } nach Ablauf der Wartezeit zu kicken
# Warum ein Timer nichts getan hat (ganzer Satz, nach „Geschlossen:“ oder als Antwort auf „Erneut versuchen“).
waiting-gone = Die Person ist nicht mehr auf dem Server.
waiting-rejoined = Die Person hat den Server inzwischen verlassen und ist erneut beigetreten: Es zählen die Timer des neuen Beitritts.
waiting-let-in = Die Person wurde seit ihrem Beitritt aufgenommen.
waiting-asked = Die Person hat um Aufnahme gebeten (eine Beitrittsanfrage oder ein Platz auf der Warteliste) und wartet auf die Antwort.
waiting-staff = Die Person ist hier Admin oder Moderator.
waiting-timer-off = Dieser Warteraum-Timer wurde inzwischen mit `/gate policy` ausgeschaltet.
waiting-postponed = Die Wartezeit wurde inzwischen mit `/gate policy` verlängert: Der Timer läuft weiter, bis sie vorbei ist.
