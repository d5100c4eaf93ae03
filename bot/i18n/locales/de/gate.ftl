# /gate: die Befehle der Admins. Jede Antwort hier sieht nur der Admin, der den Befehl ausgeführt hat.

## Beschreibungen der Befehle, Optionen und Auswahlen (höchstens 100 Zeichen)

gate-cmd-group = Doorman einrichten und Aufnahmen nachvollziehen
gate-cmd-setup = Die Kanäle und Rollen festlegen, mit denen Doorman arbeitet
gate-cmd-setup-welcome-channel = Wo Neulinge /redeem ausführen
gate-cmd-setup-mod-channel = Wohin Beitrittsanfragen und Warnungen gehen
gate-cmd-setup-member-role = Die Rolle, die ein Mitglied bei der Aufnahme bekommt
gate-cmd-setup-newcomer-role = Eine Rolle, die Neulinge bis zur Aufnahme haben (wird dann entfernt)
gate-cmd-setup-log-channel = Wohin je eine Zeile pro Aufnahme, Ablehnung, Widerruf und Einstellungsänderung geht
gate-cmd-setup-mod-role = Eine Rolle, die Anfragen annehmen oder ablehnen darf (wer „Rollen verwalten“ hat, darf es immer)
gate-cmd-setup-language = Die Sprache des Moderationskanals, der Warnungen und des Logs
gate-cmd-approval = Ob ein Moderator jede Beitrittsanfrage annehmen muss
gate-cmd-policy = Kontingente, Gültigkeit der Codes und Freigabe durch Moderatoren ändern
gate-cmd-policy-invites-per-member = Nutzungen, die ein Mitglied pro Zeitraum vergeben darf (0 bis 1000)
gate-cmd-policy-quota-period-days = Länge des gleitenden Kontingent-Zeitraums in Tagen (1 bis 365)
gate-cmd-policy-code-ttl-days = Standard-Gültigkeit eines Codes in Tagen (1 bis 30)
gate-cmd-policy-max-uses-per-code = Höchstzahl an Nutzungen pro Code (1 bis 100)
gate-cmd-settings = Alles anzeigen, was auf diesem Server gilt
gate-cmd-quota = Mitgliedern einer Rolle ein eigenes Einladungskontingent geben
gate-cmd-quota-role = Die Rolle
gate-cmd-quota-amount = Nutzungen pro Zeitraum (0: Mitglieder der Rolle können nicht einladen)
gate-cmd-quota-period-days = Länge des Zeitraums in Tagen
gate-cmd-grant = Das Einladungslimit eines Mitglieds erhöhen (oder mit negativem Wert senken)
gate-cmd-grant-member = Das Mitglied
gate-cmd-grant-amount = Nutzungen, die zum Limit hinzukommen (negativ senkt es, 0 setzt es zurück)
gate-cmd-codes = Alle Codes auf diesem Server auflisten oder nur die eines Mitglieds
gate-cmd-codes-member = Nur die Codes dieses Mitglieds
gate-cmd-revoke = Einen beliebigen Code auf diesem Server widerrufen
gate-cmd-revoke-code = Der Code, z. B. 7KQ2-M9XD-4HBT
gate-cmd-revoke-all = Alle aktiven Codes eines Mitglieds widerrufen
gate-cmd-revoke-all-member = Wessen Codes widerrufen werden
gate-cmd-pending = Offene Beitrittsanfragen und ausstehende Rollenvergaben
gate-cmd-whois = Wer ein Mitglied eingeladen hat und wen es selbst eingeladen hat
gate-cmd-whois-member = Das Mitglied, das du nachverfolgen willst
gate-cmd-link = Einen Code mit Einladungslink für viele Personen erstellen; das Moderationsteam prüft jeden Neuling
gate-cmd-link-uses = Wie viele Personen ihn nutzen dürfen (1 bis 1000, Standard: 25)

## /gate link's reply, read by the admin who ran it: one code to share with many people (an announcement,
## a website). Its Discord link allows at most 100 uses; every redemption waits for a moderator's approval.

gate-link-created-code = Geteilter Einladungscode: **{ $code }**
gate-link-unlimited = Ein Discord-Link erlaubt höchstens { $most } Nutzungen, daher hat dieser Link kein eigenes Limit: Der Code ist nach { $count } Nutzungen aufgebraucht.
gate-link-approval = Jede Einlösung dieses Codes muss vom Moderationsteam angenommen werden, unabhängig von der Einstellung `approval`.
gate-link-share = Zum Teilen: Tritt dem Server bei und gib dann `/redeem { $code }` in { $channel } ein.
gate-link-share-link = Zum Teilen: Tritt über { $link } bei und gib dann `/redeem { $code }` in { $channel } ein.

## Sprachen: jede Sprache heißt in allen Katalogen so, wie sie sich selbst nennt.

gate-language-server = Die bevorzugte Sprache des Servers
gate-language-en = English
gate-language-de = Deutsch
gate-language-es = Español
gate-language-fr = Français
gate-language-pt-br = Português (Brasil)
gate-language-ja = 日本語

## /gate setup, /gate policy, /gate settings

gate-saved = Gespeichert.
gate-settings-title = Doorman-Einstellungen
gate-settings-not-set-up = Noch nicht eingerichtet: Führe `/gate setup` aus.
gate-settings-places = Kanäle und Rollen
gate-settings-not-set = nicht festgelegt
gate-settings-welcome-channel = Willkommenskanal: { $place }
gate-settings-mod-channel = Moderationskanal: { $place }
gate-settings-log-channel = Log-Kanal: { $place }
gate-settings-member-role = Mitgliedsrolle: { $place }
gate-settings-newcomer-role = Neulingsrolle: { $place }
gate-settings-mod-role = Moderationsrolle: { $place } (und alle mit „Rollen verwalten“)
gate-settings-language = Sprache: { $language }
gate-settings-language-server = Sprache: { $language } (die bevorzugte Sprache des Servers)
gate-settings-policy = Regeln
gate-settings-default = {" "}(Standard)
gate-settings-approval = Freigabe durch Moderatoren: { $approval ->
    [on] an
   *[off] aus
}
gate-settings-invites-per-member = Einladungen pro Mitglied: { $amount } { $period ->
    [one] pro Tag
   *[other] in { $period } Tagen
}
gate-settings-code-lifetime = Gültigkeit der Codes: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
gate-settings-max-uses = Max. Nutzungen pro Code: { $uses }
gate-settings-lockout = Sperre: { $attempts ->
    [one] { $attempts } Fehlversuch sperrt
   *[other] { $attempts } Fehlversuche sperren
} /redeem für { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} (Konfigurationsdatei)
gate-settings-role-quotas = Kontingente pro Rolle
gate-settings-role-quota = { $role }: { $amount } { $period ->
    [one] pro Tag
   *[other] in { $period } Tagen
}
gate-settings-no-role-quotas = Keine: Jedes Mitglied hat das Standardkontingent.

## /gate quota und /gate grant

gate-quota-set = Mitglieder mit { $role } dürfen jetzt { $amount ->
    [one] { $amount } Nutzung
   *[other] { $amount } Nutzungen
} { $period ->
    [one] pro Tag
   *[other] in { $period } Tagen
} vergeben. Ein Mitglied bekommt das höchste Kontingent seiner Rollen.
gate-grant-set = Die Anpassung für { $member } ist jetzt { $adjustment }: Das Limit liegt bei { $limit ->
    [one] { $limit } Nutzung
   *[other] { $limit } Nutzungen
} { $period ->
    [one] pro Tag
   *[other] in { $period } Tagen
} (davon { $used } verbraucht).
gate-grant-set-unlimited = Die Anpassung für { $member } ist jetzt { $adjustment }, aber mit „Server verwalten“ gilt kein Limit; { $period ->
    [one] am letzten Tag
   *[other] in den letzten { $period } Tagen
} { $used ->
    [one] { $used } Nutzung
   *[other] { $used } Nutzungen
} verbraucht.

## /gate codes, revoke, revoke-all, whois

gate-codes-title-member = Codes von { $member }
gate-codes-title = Codes auf diesem Server
gate-codes-empty = Noch keine Codes.
gate-revoked = Code { $code } von { $inviter } widerrufen.
gate-revoke-all-none = { $member } hat keine aktiven Codes; nichts wurde widerrufen.
gate-revoke-all-done = { $count ->
    [one] { $count } Code
   *[other] { $count } Codes
} von { $member } widerrufen: { $codes }.
gate-revoke-all-more = und { $count } weitere (`/gate codes` mit diesem Mitglied listet alle auf)
gate-whois-title = Wer ist { $name }?
gate-whois-vouched-for-by = **Eingeladen von ({ $count })**
gate-whois-invited = **Hat eingeladen ({ $count })**
gate-whois-no-admission = Keine Aufnahme über Doorman verzeichnet.
gate-whois-nobody = Noch niemand.

## /gate pending

gate-pending-title = Offene Aufnahmen
gate-pending-empty = Es ist nichts offen.
gate-pending-open = öffnen
gate-pending-reposted = { $link } (erneut gepostet, weil die alte Nachricht weg war)
gate-pending-not-posted = noch nicht gepostet (der Moderationskanal war nicht erreichbar; ich versuche es weiter)
gate-pending-gave-up = nicht gepostet: Nach 7 Tagen erfolgloser Versuche habe ich aufgegeben; klicke bei meiner Warnung im Moderationskanal auf **Erneut versuchen**

## Invite links (SPEC section 11)

# The `invite_links` option of /gate policy.
gate-cmd-policy-invite-links = Ob /invite create auch einen Discord-Einladungslink zum Willkommenskanal erstellt
# A line of /gate settings' policy. $links: "on" or "off".
gate-settings-invite-links = Einladungslinks: { $links ->
    [on] an
   *[off] aus
}
# Under gate-saved, when invite links are on but the bot may not create invites in the welcome channel: a
# warning, nothing was refused. "Create Invite" as in invites-no-link-permission; $channel the welcome channel.
gate-warning-no-invite-permission = ⚠️ Mir fehlt die Berechtigung „Einladung erstellen“ in { $channel }: Neue Codes kommen ohne Einladungslink, bis ich sie habe.
# After "Saved." when the bot may create invites in the welcome channel but not delete them (Discord asks the
# Manage Channels permission there, as Discord's client names it in this language). $channel: the welcome channel.
gate-warning-no-invite-deletion = ⚠️ Mir fehlt die Berechtigung „Kanäle verwalten“ in { $channel }: Ich kann dort Einladungslinks erstellen, aber nicht löschen. Deshalb löst jeder Link, dessen Code widerrufen, aufgebraucht oder abgelaufen ist, eine Warnung an das Moderationsteam aus. Gib mir „Kanäle verwalten“ in diesem Kanal oder schalte `invite_links` mit `/gate policy` aus.
