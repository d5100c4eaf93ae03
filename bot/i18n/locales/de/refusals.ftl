# Ablehnungen: warum die Regeln Nein sagen und was als Nächstes zu tun ist. Antwort an die Person, die gefragt hat.

refusal-not-admin = Nur Admins (mit der Berechtigung „Server verwalten“) können `/gate`-Befehle verwenden.
refusal-not-moderator = Das können nur Moderatoren (mit „Rollen verwalten“ oder der Moderationsrolle).
refusal-not-member = Nur Mitglieder können Einladungscodes erstellen. Wenn du gerade erst beigetreten bist, löse zuerst deinen eigenen Code im Willkommenskanal ein.
refusal-not-set-up = Doorman ist auf diesem Server noch nicht eingerichtet. Ein Admin muss zuerst `/gate setup` ausführen.

refusal-setup = Es wurde nichts gespeichert. Behebe zuerst diese Punkte und führe dann `/gate setup` erneut aus:
    { $problems }
refusal-setup-manage-roles = Mir fehlt die Berechtigung **Rollen verwalten**, daher kann ich keine Rollen vergeben.
refusal-setup-role-everyone = `{ $option }` darf nicht @everyone sein.
refusal-setup-role-managed = `{ $option }` { $role } wird von einer Integration verwaltet und kann nicht vergeben werden.
refusal-setup-role-not-below = `{ $option }` { $role } liegt nicht unter meiner höchsten Rolle { $bot_role }: Zieh meine Rolle in den Servereinstellungen → Rollen darüber.
refusal-setup-same-roles = `member_role` und `newcomer_role` müssen verschiedene Rollen sein.
refusal-setup-not-text = `{ $option }` { $channel } muss ein Textkanal sein.
refusal-setup-channel-permissions = In `{ $option }` { $channel } fehlen mir diese Berechtigungen: { $permissions }.
permission-view-channel = Kanal ansehen
permission-send-messages = Nachrichten senden
permission-embed-links = Links einbetten

refusal-policy = Es wurde nichts gespeichert.
    { $problems }
refusal-policy-out-of-range = `{ $key }` muss eine ganze Zahl von { $low } bis { $high } sein; du hast { $given } angegeben.
refusal-nothing-to-change = Gib mindestens eine Option an, die geändert werden soll. `/gate settings` zeigt die aktuellen Einstellungen.

refusal-duration-format = `expires_in` muss eine Zahl mit m, h oder d dahinter sein, zum Beispiel `30m`, `12h` oder `7d`.
refusal-duration-too-short = `expires_in` muss mindestens `1m` sein.
refusal-duration-too-long = `expires_in` darf höchstens { $days } Tage (`30d`) sein.
refusal-for-user-format = `for_user` muss ein Discord-Benutzername sein (2–32 Buchstaben, Ziffern, `_` oder `.`, etwa `alice_99`: genau der Benutzername, nicht der Anzeigename), eine Benutzer-ID (eine Zahl wie `123456789012345678`) oder eine Erwähnung.
refusal-for-user-unknown = `for_user`: Es gibt kein Discord-Konto mit der ID { $id }. Prüfe sie oder gib stattdessen den Benutzernamen an.
refusal-for-user-bot = `for_user`: { $user } (ID { $id }) ist ein Bot, und Bots können keine Codes einlösen. Gib den Benutzernamen oder die ID der Person an, die du einlädst.
refusal-for-user-unchecked = `for_user`: Ich konnte die ID { $id } gerade nicht bei Discord prüfen, deshalb wurde kein Code erstellt. Bitte versuch es gleich noch einmal.
refusal-code-invalid = Das ist kein gültiger Code (falsches Format). Codes sehen so aus: `7KQ2-M9XD-4HBT` – 12 Buchstaben und Ziffern.
refusal-text-too-long = `{ $option }` darf höchstens { $limit } Zeichen lang sein; dein Text hat { $length }.
refusal-not-a-number = `{ $option }` muss eine ganze Zahl sein.
refusal-number-out-of-range = `{ $option }` muss zwischen { $low } und { $high } liegen; du hast { $given } angegeben.
refusal-uses-out-of-range = `uses` muss auf diesem Server zwischen 1 und { $maximum } liegen; du wolltest { $uses }.

refusal-quota-zero = Dein Einladungskontingent auf diesem Server ist 0, daher kannst du keine Codes erstellen. Frag einen Admin, falls das nicht stimmt.
refusal-quota-exhausted = Dieser Code würde { $cost ->
        [one] { $cost } Nutzung
       *[other] { $cost } Nutzungen
    } kosten, und in deinem Zeitraum von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } hast du nur noch { $remaining } von { $limit } übrig.
refusal-quota-next-free = Die nächste Nutzung wird { $when } frei.
refusal-quota-revoke-hint = Wenn du einen unbenutzten Code mit `/invite revoke` widerrufst, bekommst du seine Nutzungen zurück.
refusal-everyone-role-quota = Das Kontingent für alle legst du mit `/gate policy invites_per_member` fest.

refusal-code-not-found = Auf diesem Server gibt es keinen Code { $code }. Prüfe ihn mit `/invite list`.
refusal-not-your-code = Dieser Code gehört jemand anderem; du kannst nur deine eigenen Codes widerrufen.
refusal-not-revocable = Code { $code } ist bereits { $status }; es gibt nichts zu widerrufen.
refusal-not-your-code-regenerate = Dieser Code gehört jemand anderem; du kannst nur deine eigenen Codes ersetzen.
refusal-not-regenerable = Code { $code } ist { $status }; ersetzen lässt sich nur ein aktiver Code. Erstelle mit `/invite create` einen neuen.
refusal-regenerating-too-often = Du hast in den letzten 24 Stunden schon { $count ->
        [one] einen Code
       *[other] { $count } Codes
    } ersetzt; mehr geht an einem Tag nicht. Den nächsten kannst du { $relative } ersetzen. Bis dahin erreichst du mit `/invite revoke` und `/invite create` dasselbe.

refusal-wrong-channel = Codes werden in { $channel } eingelöst. Führe `/redeem` dort aus.
refusal-already-member = Du bist hier schon Mitglied; es gibt nichts einzulösen.
refusal-locked-out = Zu viele Fehlversuche. Du kannst `/redeem` { $when } wieder versuchen.
refusal-still-awaiting-approval = Deine Anfrage wartet noch auf einen Moderator; du bekommst eine DM, sobald darüber entschieden ist. Es wurde kein Code verbraucht.
refusal-still-roles-pending = Du wurdest aufgenommen, aber deine Rollen werden noch vergeben; das Moderationsteam wurde benachrichtigt. Es wurde kein Code verbraucht.

refusal-code-malformed = Dieser Code hat ein falsches Format. Codes sehen so aus: `7KQ2-M9XD-4HBT` – 12 Buchstaben und Ziffern.
refusal-code-unknown = Diesen Code gibt es hier nicht. Frag bei der Person nach, die dich eingeladen hat.
refusal-code-expired = Dieser Code ist abgelaufen. Bitte die Person, die dich eingeladen hat, um einen neuen.
refusal-code-used-up = Dieser Code ist aufgebraucht. Bitte die Person, die dich eingeladen hat, um einen neuen.
refusal-code-revoked = Dieser Code wurde widerrufen. Bitte die Person, die dich eingeladen hat, um einen neuen.
refusal-code-reserved = Dieser Code ist für jemand anderen reserviert. Bitte die Person, die dich eingeladen hat, um einen eigenen.
refusal-code-locked-out = Zu viele Fehlversuche: Du kannst es { $when } wieder versuchen.
refusal-code-attempts-left = Noch { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    } bis zur Sperre.

refusal-request-not-found = Diese Beitrittsanfrage gibt es auf diesem Server nicht.
refusal-request-closed = Diese Anfrage ist geschlossen: Der Neuling hat den Server verlassen.
refusal-request-needs-no-decision = Diese Anfrage braucht keine Entscheidung.
refusal-request-already-decided = Diese Anfrage hat { $moderator } bereits { $when } { $decision ->
        [denied] abgelehnt
       *[approved] angenommen
    }.
refusal-nothing-to-retry = Nichts zu wiederholen: Aufnahme #{ $number } hat den Status „{ $status }“.
refusal-nothing-to-redeliver = Nichts zu wiederholen: Das hat bereits geklappt.
