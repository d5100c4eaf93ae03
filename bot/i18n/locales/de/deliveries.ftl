# Was Doorman über das Zustellen an Discord sagt: Warnungen an das Moderationsteam, die Antwort auf
# „Erneut versuchen“ und die Zeilen im Log-Kanal. $what ist ein Infinitiv mit „zu“ („eine Zeile … zu posten“),
# $detail und $reason stehen nach einem Doppelpunkt: ganze Sätze, großgeschrieben.

## Warnungen im Moderationskanal

deliveries-alert-failing = ⚠️ Es ist mir nicht gelungen, { $what }: { $detail }. Behebe das Problem und klicke dann auf **Erneut versuchen**; bis dahin versuche ich es weiter.
deliveries-alert-stopped = ⛔ Nach 7 Tagen erfolgloser Versuche habe ich es aufgegeben, { $what } (zuletzt: { $detail }). Behebe das Problem und klicke dann auf **Erneut versuchen**.
deliveries-alert-retry-button = Erneut versuchen
deliveries-alert-unknown-error = Unbekannter Fehler
deliveries-alert-no-mod-channel = Der Moderationskanal ist nicht festgelegt oder ich kann ihn nicht sehen; führe `/gate setup` aus
deliveries-alert-closed = ☑️ Geschlossen: { $reason }
deliveries-alert-resolved = ✅ Erledigt: Es hat doch noch geklappt.
deliveries-alert-resolved-roles = ✅ Erledigt: { $member } hat jetzt die Rollen (Aufnahme #{ $admission }).
deliveries-alert-closed-left = 🚪 Geschlossen: { $member } hat den Server verlassen (Aufnahme #{ $admission }).
deliveries-alert-channel-gone = Der Kanal der Warnung existiert nicht mehr.
deliveries-alert-revived = Die Zustellung läuft inzwischen wieder oder hat doch noch geklappt.
deliveries-alert-describe-close = eine frühere Warnung zu schließen
deliveries-alert-describe-notice = zu melden, dass ich eine Zustellung aufgegeben habe

## Antwort auf „Erneut versuchen“

deliveries-retry-trying-now = Ich versuche es gerade; schau gleich noch einmal nach.
deliveries-retry-still-failing = Klappt immer noch nicht: { $detail }.
deliveries-retry-done = Erledigt.

## Warum etwas fehlschlug oder verworfen wurde

deliveries-failed-refused = Discord hat abgelehnt ({ $status }, { $error })
deliveries-failed-refused-permissions = Discord hat abgelehnt ({ $status }, fehlende Berechtigungen)
deliveries-failed-discord = Fehler bei Discord ({ $status }); beim nächsten Versuch klappt es vielleicht
deliveries-failed-unreachable = Ich konnte Discord nicht erreichen ({ $error })
deliveries-failed-unexpected = Bei mir ist etwas schiefgelaufen
deliveries-failed-no-carrier = Ich erreiche diesen Server nicht, oder hier ist nichts dafür zuständig
deliveries-done-dm-closed = Die DMs dieser Person sind geschlossen; mehr kann ich nicht tun.
deliveries-done-gone = Das, worum es ging, existiert nicht mehr; mehr kann ich nicht tun.
deliveries-dropped-superseded = Ein späterer Versuch im selben Durchgang erledigt das.

## Der Log-Kanal

deliveries-log-channel-gone = Der Log-Kanal existiert nicht mehr oder ist nicht festgelegt; die Zeile wird verworfen.
deliveries-log-describe = eine Zeile im Log-Kanal { $channel } zu posten
deliveries-log-admitted = ✅ { $member } wurde mit dem Code { $code } von { $inviter } aufgenommen.
deliveries-log-admitted-approved = ✅ { $member } wurde mit dem Code { $code } von { $inviter } aufgenommen, angenommen von { $moderator }.
deliveries-log-admitted-shared-link = ✅ { $member } wurde über den geteilten Link von { $admin } (Code { $code }) aufgenommen, angenommen von { $moderator }.
deliveries-log-left = 🚪 { $member } hat den Server vor der Aufnahme verlassen.
deliveries-log-denied = ❌ { $member } wurde von { $moderator } abgelehnt (Code { $code } von { $inviter }).
deliveries-log-denied-reason = ❌ { $member } wurde von { $moderator } abgelehnt (Code { $code } von { $inviter }): { $reason }
deliveries-log-settings = ⚙️ { $actor } hat mit /gate { $command } Einstellungen geändert: { $changes }
deliveries-log-settings-dashboard = ⚙️ { $actor } hat im Dashboard Einstellungen geändert: { $changes }
deliveries-log-change = { $setting }: { $old } → { $new }
deliveries-log-no-change = keine Änderung
deliveries-log-value-none = nicht festgelegt
deliveries-log-value-on = an
deliveries-log-value-off = aus
deliveries-log-value-server-language = die bevorzugte Sprache des Servers
deliveries-language-name = Deutsch
deliveries-log-role-quota = ⚙️ { $actor }: Mitglieder mit { $role } dürfen jetzt { $amount ->
        [one] 1 Nutzung
       *[other] { $amount } Nutzungen
    } { $days ->
        [one] pro Tag
       *[other] in { $days } Tagen
    } vergeben.
deliveries-log-grant = ⚙️ { $actor }: Die Anpassung für { $member } ist jetzt { $amount }: Das Limit liegt bei { $limit ->
        [one] 1 Nutzung
       *[other] { $limit } Nutzungen
    } { $days ->
        [one] pro Tag
       *[other] in { $days } Tagen
    }.
deliveries-log-grant-unlimited = ⚙️ { $actor }: Die Anpassung für { $member } ist jetzt { $amount }, aber mit „Server verwalten“ gilt kein Limit (Kontingentzeitraum: { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }).
deliveries-log-revoked-own = ⛔ { $actor } hat den eigenen Code { $code } widerrufen.
deliveries-log-revoked = ⛔ { $actor } hat den Code { $code } von { $inviter } widerrufen.
deliveries-log-revoked-all = ⛔ { $actor } hat alle aktiven Codes von { $inviter } widerrufen ({ $count }): { $codes }.
deliveries-log-link-code = 🔗 { $actor } hat den Code { $code } für einen geteilten Link erstellt ({ $count ->
        [one] { $count } Nutzung
       *[other] { $count } Nutzungen
    }).
deliveries-log-regenerated = 🔁 { $actor } hat den eigenen Code { $old } durch { $new } ersetzt.
