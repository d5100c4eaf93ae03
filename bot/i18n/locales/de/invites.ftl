# /invite: Mitglieder erstellen, listen und widerrufen ihre Einladungscodes. Alles hier ist eine Antwort,
# die nur das Mitglied liest, das den Befehl ausgeführt hat. (Kommentare: siehe en/invites.ftl.)

## Befehlsbeschreibungen (höchstens 100 Zeichen; Infinitivstil wie bei /gate)

invites-cmd-group = Mit Einladungscodes für Neulinge bürgen
invites-cmd-create = Einen Einladungscode für jemanden erstellen, für den du bürgst
invites-cmd-create-uses = Wie viele Personen ihn nutzen dürfen (Standard: 1)
invites-cmd-create-expires-in = Wie lange er gültig ist, z. B. 30m, 12h oder 7d (Standard: Code-Gültigkeit des Servers)
invites-cmd-create-for-user = Nur dieses Konto kann ihn einlösen: genauer Benutzername, Benutzer-ID oder @Erwähnung
invites-cmd-create-note = Eine Notiz für das Moderationsteam, das die Anfrage prüft (bis zu 200 Zeichen)
invites-cmd-list = Deine Codes, wer sie genutzt hat, und dein Kontingent
invites-cmd-revoke = Einen deiner Codes widerrufen; nicht verbrauchte Nutzungen bekommst du zurück
invites-cmd-revoke-code = Der Code, den du widerrufen willst
invites-revoke-choice = { $code } ({ $uses }/{ $max } genutzt)
invites-cmd-regenerate = Einen verlorenen oder geleakten Code ersetzen: gleiche Nutzungen und Ablaufzeit, ohne Kontingent
invites-cmd-regenerate-code = Der Code, den du ersetzen willst

## Kontingent

invites-quota-unlimited = Kontingent: unbegrenzt (du hast die Berechtigung „Server verwalten“).
invites-quota = Kontingent: { $used } von { $limit } { $limit ->
        [one] Nutzung
       *[other] Nutzungen
    } { $days ->
        [one] am letzten Tag
       *[other] in den letzten { $days } Tagen
    } verbraucht, noch { $remaining } übrig.
invites-quota-next-free = { $quota } Die nächste Nutzung wird { $when } wieder frei.

## Antwort auf /invite create

invites-created-code = Dein Einladungscode: **{ $code }**
invites-created-uses = Nutzungen: { $uses } · Läuft ab: { $expires } ({ $relative })
invites-created-reserved-id = Reserviert für { $who }: Nur dieses Konto kann ihn einlösen.
invites-created-reserved-username = Reserviert für { $who }: Es muss der genaue Benutzername sein (der im Profil unter dem Namen steht), kein Anzeigename und kein Server-Spitzname.
invites-created-note = Notiz für das Moderationsteam: { $note }
invites-created-tell = Sag der Person, die du einlädst: Tritt dem Server bei und gib dann `/redeem { $code }` in { $channel } ein.

## /invite list

invites-list-title = Deine Einladungscodes
invites-list-empty = Du hast noch keine Codes. Erstelle einen mit `/invite create`.
invites-list-quota = Kontingent

## Antwort auf /invite revoke

invites-revoked = Du hast { $code } widerrufen. Niemand kann ihn mehr einlösen; { $count ->
        [one] { $count } nicht verbrauchte Nutzung geht
       *[other] { $count } nicht verbrauchte Nutzungen gehen
    } zurück in dein Kontingent.

## The reply to /invite regenerate: this line, then the new code as the reply to /invite create shows it.

invites-regenerated-old = { $old } wurde ersetzt: { $link ->
        [yes] Der alte Code und sein Einladungslink funktionieren nicht mehr.
       *[no] Der alte Code funktioniert nicht mehr.
    }

## Invite links (SPEC section 11): a Discord invite to the welcome channel, made with each code when the
## server's policy allows it, and deleted when the code is revoked, used up or expires.

# Beside the code in the reply to /invite create. $link is the link's address (https://discord.gg/…).
invites-created-link = Einladungslink: { $link }
# The line to forward, when the code has an invite link: it replaces invites-created-tell. /redeem is the
# command name and stays English; $link the link's address, $code the code, $channel the welcome channel.
invites-created-tell-link = Sag der Person, die du einlädst: Tritt über { $link } bei und gib dann `/redeem { $code }` in { $channel } ein.
# Why a new code has no invite link. "Create Invite" is the Discord permission, as Discord's client names it in
# this language; $channel the welcome channel.
invites-no-link-permission = Kein Einladungslink: Mir fehlt die Berechtigung „Einladung erstellen“ in { $channel }. Der Code funktioniert trotzdem; ein Admin kann mir die Berechtigung geben.
invites-no-link-channel = Kein Einladungslink: Den Willkommenskanal gibt es nicht mehr. Der Code funktioniert trotzdem; ein Admin kann mit `/gate setup` einen anderen festlegen.
invites-no-link-failed = Noch kein Einladungslink: Discord hat gerade keinen erstellt. Der Code funktioniert trotzdem; ich versuche es erneut, und `/invite list` zeigt den Link, sobald er erstellt ist.
# The reason shown in the server's audit log for the link. $code: the code; $inviter: the inviter's user ID.
invites-link-audit-reason = Doorman-Einladungslink für Code { $code } von Benutzer { $inviter }
# Completes "I could not …" in the moderators' alerts. $link: the link's address.
invites-describe-delete-link = den Einladungslink { $link } eines nicht mehr gültigen Codes zu löschen
# Why nothing was deleted: the link had been deleted already (by hand, or by Discord when it expired).
invites-link-gone = Der Einladungslink war schon gelöscht; mehr kann ich nicht tun.
invites-describe-make-link = den Einladungslink für den Code { $code } zu erstellen
invites-link-note-not-needed = Der Code { $code } braucht keinen Link mehr: Er hat schon einen oder ist nicht mehr gültig.
invites-link-note-policy-off = Einladungslinks sind auf diesem Server ausgeschaltet.
invites-link-note-no-channel = Der Willkommenskanal existiert nicht mehr.
invites-link-note-no-permission = Mir fehlt die Berechtigung „Einladung erstellen“ im Willkommenskanal.
