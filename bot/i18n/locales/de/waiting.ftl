## Der Warteraum (SPEC Abschnitt 13): Wer beigetreten ist und nicht aufgenommen wurde, bekommt eine Erinnerung per DM und wird dann gekickt.

waiting-cmd-policy-remind-after-hours = Stunden nach dem Beitritt bis zur Erinnerungs-DM an Nicht-Aufgenommene (0 bis 720, 0 = aus)
waiting-cmd-policy-kick-after-hours = Stunden nach dem Beitritt, bis Nicht-Aufgenommene gekickt werden (0 bis 720, 0 = aus)
waiting-settings-remind = Erinnerungs-DM: { $count ->
        [0] aus
        [one] { $count } Stunde nach dem Beitritt
       *[other] { $count } Stunden nach dem Beitritt
    }
waiting-settings-kick = Kick ohne Aufnahme: { $count ->
        [0] aus
        [one] { $count } Stunde nach dem Beitritt
       *[other] { $count } Stunden nach dem Beitritt
    }
waiting-refusal-needs-intent = Ich kann { $options } nicht setzen: Der Warteraum braucht Discords **Server Members Intent**, und ich laufe ohne ihn. Wer mich betreibt, muss ihn im Discord Developer Portal für den Bot einschalten, in meiner Konfigurationsdatei unter [bot] members_intent = true setzen und mich neu starten. Es wurde nichts gespeichert.
waiting-warning-no-kick-permission = ⚠️ Mir fehlt die Berechtigung „Mitglieder kicken“: Bis ich sie habe, wird niemand { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    } nach dem Beitritt gekickt, und jeder Kick, der mir nicht gelingt, alarmiert das Moderationsteam.
waiting-reminder = 👋 Du bist **{ $server }** beigetreten, wurdest aber noch nicht aufgenommen. Wenn du einen Einladungscode hast, löse ihn mit `/redeem` in { $channel } ein.
waiting-reminder-waitlist = Kein Code? Mit `/waitlist join` kannst du dort das Moderationsteam um einen bitten.
waiting-reminder-kick = Wenn du dann noch wartest, wirst du { $when } vom Server entfernt. Du kannst später wieder beitreten.
waiting-kick-reason = Nicht innerhalb von { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    } nach dem Beitritt aufgenommen (Warteraum)
waiting-log-kicked = 👢 { $member } wurde gekickt: nicht innerhalb von { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    } nach dem Beitritt aufgenommen.
waiting-describe-remind = { $user } per DM daran erinnern, wie man hereinkommt
waiting-describe-kick = { $user } kicken, der nicht rechtzeitig aufgenommen wurde
waiting-gone = Die Person ist nicht mehr auf dem Server.
waiting-rejoined = Die Person hat den Server inzwischen verlassen und ist erneut beigetreten: Es zählen die Timer des neuen Beitritts.
waiting-let-in = Die Person wartet nicht mehr: Sie wurde aufgenommen, hat eine Anfrage gestellt oder steht auf der Warteliste.
waiting-timer-off = Dieser Warteraum-Timer wurde inzwischen mit /gate policy ausgeschaltet.
waiting-postponed = Die Stundenzahl wurde inzwischen mit /gate policy erhöht: Der Timer wartet, bis sie vergangen ist.
