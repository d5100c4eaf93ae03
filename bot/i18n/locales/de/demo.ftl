# `python -m bot demo`: the offline walkthrough printed in a terminal (not Discord). Its reader is
# someone trying Doorman out. Plain text: no Discord markup. $who is a username such as "@alice" or
# "alice"; $channel a channel name with its "#", e.g. "#welcome".

## The simulated server: its name, roles, channels, and what people type in it.
demo-guild-name = Kletterclub
demo-role-member = Mitglied
demo-role-newcomer = Neuling
demo-role-moderators = Moderatoren
demo-role-admins = Admins
# Channel names: lowercase, no spaces (Discord's rule for text channels); hyphens between words.
demo-channel-welcome = willkommen
demo-channel-general = allgemein
demo-channel-mod-queue = beitrittsanfragen
demo-channel-log = doorman-log
# The note a member attaches to the code they create for their friend Bob.
demo-invite-note = Bob aus der Dienstags-Bouldergruppe
# The reason a moderator types when denying a request.
demo-deny-reason = Niemand im Club kennt dieses Konto
# What a newcomer types instead of a code: must not look like a code (12 letters or digits).
demo-bad-code = Lasst ihr mich rein?

## Narration lines.
# The heading of each step: $number is 1, 2, 3...; $title one of the step titles below.
demo-step = ━━ Schritt { $number }: { $title }
# Someone does something: $action is a slash command as typed, or one of the actions below.
demo-does = { $who } in { $channel }: { $action }
# What someone sees, followed by the text on the next lines.
demo-sees = { $who } sieht:
# The same, for an answer Discord shows only to the person who used the command.
demo-sees-ephemeral = { $who } sieht (nur für diese Person sichtbar):
# Who sees: a person's direct messages; $who is a username.
demo-who-dm = { $who } (DM)
# Who sees: the moderators' channel after the bot edited the request in it.
demo-who-request-edited = { $channel } (die Anfrage, bearbeitet)
# The same, after the bot edited an alert (a ban's, once its inviter was suspended).
demo-who-alert-edited = { $channel } (die Warnung, bearbeitet)
# An action: clicking a button; $label is the button's label as the bot wrote it.
demo-clicks = klickt auf [ { $label } ]
# An action: typing the reason into the deny form; $reason is demo-deny-reason.
demo-types-reason = gibt als Grund ein: { $reason }
# A member's roles, listed; $roles is a comma-separated list of role names.
demo-roles-before = Rollen von { $who } vorher: { $roles }
demo-roles-after = Rollen von { $who } nachher: { $roles }   (kleingeschrieben und mit Leerzeichen getippt: Codes verzeihen das)
demo-roles = Rollen von { $who }: { $roles }
# In place of the list of roles, for a member who has none.
demo-no-roles = keine Rollen

## Step titles and notes, in the order of the story.
demo-step-setup = Ein Admin richtet Doorman ein
# $everyone is "@everyone"; $member "@Member" (demo-role-member); $welcome and $modqueue channel names with "#".
demo-note-setup = { $everyone } sieht nur { $welcome }; { $member } sieht den Rest; { $modqueue } ist für das Moderationsteam.
demo-step-invite = Ein Mitglied erstellt einen Einladungscode für einen Freund
demo-step-redeem = Der Neuling löst ihn in { $welcome } ein und wird aufgenommen
demo-step-approval-on = Der Admin schaltet die Freigabe durch Moderatoren ein
demo-step-request = Ein zweiter Neuling löst einen Code ein: Die Anfrage geht an das Moderationsteam
# $label is the Approve button's label as the bot wrote it.
demo-step-refused = Jemand ohne Moderationsrechte klickt auf { $label }: nicht erlaubt
# $who is "eve"; $modqueue the moderators' channel with its "#".
demo-note-refused = { $who } ist ein einfaches Mitglied, das durch eine unachtsam gesetzte Berechtigung { $modqueue } sehen kann.
demo-step-approved = Ein Moderator nimmt die Anfrage an
demo-step-denied = Ein dritter Neuling wird abgelehnt, mit Begründung
demo-step-lockout = Ein ungültiger Code, dann eine Sperre
demo-step-whois = Wer hat wen eingeladen
# Introduces the lines of the log channel; $log is its name with "#".
demo-note-log = { $log }, eine Zeile pro Ereignis:

## Times shown relative to now (Discord shows <t:...:R> this way).
demo-time-now = gerade eben
# $unit is day, hour or minute; $count how many.
demo-time-future = in { $unit ->
    [day] { $count ->
        [one] 1 Tag
       *[other] { $count } Tagen
    }
    [hour] { $count ->
        [one] 1 Stunde
       *[other] { $count } Stunden
    }
   *[minute] { $count ->
        [one] 1 Minute
       *[other] { $count } Minuten
    }
}
demo-time-past = vor { $unit ->
    [day] { $count ->
        [one] 1 Tag
       *[other] { $count } Tagen
    }
    [hour] { $count ->
        [one] 1 Stunde
       *[other] { $count } Stunden
    }
   *[minute] { $count ->
        [one] 1 Minute
       *[other] { $count } Minuten
    }
}

## The invitation lifecycle around the gate (SPEC sections 10 and 11)
demo-step-shared-link = Der Admin teilt einen Link für einen Tag der offenen Tür: Jede Einlösung wartet auf das Moderationsteam
demo-note-shared-link = Die Freigabe durch Moderatoren ist noch aus, aber für einen geteilten Link bürgt niemand persönlich: Das Moderationsteam prüft jeden Neuling.
demo-shared-link-note = Tag der offenen Tür, Samstag
demo-step-waitlist = Jemand, der im Club niemanden kennt, setzt sich in { $welcome } auf die Warteliste
demo-waitlist-about = Ich klettere freitags in der Halle und würde gern bei den Vereinsausflügen mitmachen
demo-step-regenerate = Ein Mitglied ersetzt einen Code, der öffentlich geworden ist
demo-note-regenerate = { $who } hat aus Versehen einen Code in einem öffentlichen Chat gepostet. Ein neuer ersetzt ihn – mit denselben Nutzungen und demselben Ablaufdatum, ohne zusätzliches Kontingent.

## Bürgen und Verantwortung (SPEC Abschnitt 12)
demo-step-ban = Jemand, für den ein Mitglied gebürgt hat, wird gebannt: Das Moderationsteam sieht, wer gebürgt hat, und verhängt gegen dieses Mitglied eine Einladungssperre
demo-note-ban = { $inviter } lädt { $banned } ein – und { $banned } entpuppt sich als Spam-Account.
demo-bans = bannt { $who } vom Server
demo-step-tree = Der Einladungsbaum: wer für wen gebürgt hat und wo alle stehen
demo-step-tenure = Wartezeit: Mitglieder laden erst ein, wenn sie eine Woche hier sind

## Neulinge prüfen (SPEC Abschnitt 13)
# An action: typing into a form; $label is the input's label (a question), $text what is typed.
demo-types-into = schreibt in „{ $label }“: { $text }
# Actions in Discord itself, not Doorman commands.
demo-leaves = verlässt den Server
demo-joins-again = tritt dem Server wieder bei
demo-joins = tritt dem Server über einen irgendwo geposteten Einladungslink bei und löst nie einen Code ein
# The simulated clock jumps ahead; $count: how many hours.
demo-hours-later = ⏳ { $count ->
    [one] 1 Stunde später
   *[other] { $count } Stunden später
}
demo-gone = { $who } ist nicht mehr auf dem Server.
demo-step-returning = Ein Mitglied, das gegangen war, kommt ohne Code zurück: Das Moderationsteam sieht, dass es schon einmal hier war
demo-note-returning = { $who } hat den Server vor einer Weile verlassen und möchte zurück; der Code von damals ist längst aufgebraucht.
demo-step-young-account = Freigabe aus, aber mit Mindestalter für Konten: Ein brandneues Konto wartet trotzdem auf das Moderationsteam
demo-note-young-account = Spam-Accounts sind meist brandneu – so wie jedes Konto in dieser Demo.
demo-step-questions = Beitrittsfragen: Ein Neuling beantwortet sie, und das Moderationsteam liest die Antworten
# At most 45 characters each; the second ends in "(optional)" as questions-admin-form-placeholder writes it.
demo-question-climbing = Seit wann kletterst du?
demo-question-where = Wo kletterst du meistens? (optional)
demo-answer-climbing = Seit etwa zwei Jahren, vor allem Bouldern
demo-answer-where = In der Halle am Bahnhof und jedes Frühjahr in Fontainebleau
demo-step-waiting-room = Der Warteraum: Wer beitritt, aber nie einen Code einlöst, wird erinnert und dann gekickt
demo-note-waiting-room = Dafür braucht der Bot Discords Server Members Intent (members_intent = true in seiner Konfiguration); der Bot der Demo hat ihn.
# With --web: the dashboard served on the demo's data until Ctrl+C, after /dashboard gave ada and mo a sign-in link each.
demo-step-dashboard = Das Dashboard: dieselbe Zugangskontrolle im Browser
demo-note-dashboard = Jeder Link oben meldet dich einmal an und gilt 10 Minuten. Als { $admin } (Admin) siehst du die Einstellungen, alle Codes, den Einladungsbaum, das Audit-Log und die Diagramme; als { $moderator } (Moderator) die offenen Anfragen, darunter die Anfrage von { $who }: Nimm sie dort an, und der Bot gibt { $who } die Rollen auf dem simulierten Server. Mit Strg+C beendest du die Demo.
demo-dashboard-not-served = Das Dashboard konnte nicht gestartet werden: Port { $port } ist belegt. Starte die Demo noch einmal mit `--port` und einer anderen Zahl.
