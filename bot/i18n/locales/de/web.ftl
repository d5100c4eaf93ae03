# Das Dashboard (SPEC Abschnitt 16): die Seiten, die alle Angemeldeten gemeinsam haben, die Anmeldung und die
# Codes des Mitglieds. Seitentitel sind zugleich die Links der Navigation und die eine Überschrift jeder Seite.
# Begriffe: anmelden/abmelden, Anmeldelink, Sitzung, Dashboard. (Kontext jeder Nachricht: en/web.ftl.)

## /dashboard in Discord
dashboard-cmd = Das Doorman-Dashboard dieses Servers im Browser öffnen
# Die ephemere Antwort: $link ist eine Anmeldeadresse für einmal; $minutes, wie lange sie gilt.
dashboard-link = Hier ist dein Anmeldelink für das Dashboard: { $link }
    Er funktioniert einmal, { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang und nur für dich: Gib ihn nicht weiter.
dashboard-off = Das Dashboard ist für diesen Bot nicht eingeschaltet. Wer den Bot betreibt, kann es in der Konfiguration aktivieren (`[web] enabled` und ein geheimer Schlüssel).

## Jede Seite
web-skip-to-content = Zum Inhalt springen
web-nav-label = Dashboard
web-sign-out = Abmelden
web-back-home = Zurück zum Dashboard
web-how-to-sign-in = Um dich anzumelden, führe `/dashboard` auf dem Discord-Server aus: Du bekommst einen Anmeldelink, der einmal funktioniert.
web-signed-out-title = Anmelden
web-home-title = Dashboard
web-home-signed-in-as = Angemeldet als { $person } auf { $server }.
web-home-nothing = Hier gibt es noch keine Seiten für dich: Mitglieder mit der Mitgliedsrolle verwalten ihre Codes, das Moderationsteam sieht die offenen Anfragen, und Admins sehen alles.

## Seitentitel und wofür jede Seite da ist
web-codes-title = Meine Codes
web-codes-about = Deine Einladungscodes: erstellen, widerrufen, ersetzen und sehen, wer sie genutzt hat.
web-queue-title = Offene Anfragen
web-queue-about = Beitrittsanfragen, die auf das Moderationsteam warten: annehmen oder ablehnen.
web-waitlist-title = Warteliste
web-waitlist-about = Personen, die ohne Code warten: einladen oder ablehnen.
web-settings-title = Einstellungen
web-settings-about = Wie der Zugang zu diesem Server geregelt ist.
web-all-codes-title = Alle Codes
web-all-codes-about = Sämtliche Codes auf diesem Server, mit Filtern.
web-tree-title = Einladungsbaum
web-tree-about = Wer wen eingeladen hat, als Baum dargestellt.
web-audit-title = Audit-Log
web-audit-about = Alles, was passiert ist – durchsuchbar und als CSV.
web-charts-title = Diagramme
web-charts-about = Einlösungen, Aufnahmen und Ablehnungen pro Tag; Kontingentnutzung; wer geblieben ist.

## Ablehnungen und Fehler
web-refused-title = Nicht möglich
web-error-title = Etwas ist schiefgelaufen
web-sign-in-needed = Du bist nicht angemeldet, oder deine Sitzung ist abgelaufen.
web-not-in-server = Du bist kein Mitglied dieses Servers mehr, deshalb wurdest du abgemeldet.
web-form-expired = Dieses Formular konnte nicht angenommen werden: Es stammt nicht aus deiner aktuellen Dashboard-Sitzung. Lade die Seite neu und versuch es noch einmal.
web-link-used-or-expired = Dieser Anmeldelink wurde schon benutzt oder ist abgelaufen. Führe in Discord `/dashboard` aus, um einen neuen zu bekommen.
web-error-not-found = Diese Seite gibt es hier nicht.
web-error-too-large = Das Formular war zu groß, um angenommen zu werden.
web-error-other = Diese Anforderung konnte nicht beantwortet werden.
web-error-unexpected = Bei uns ist etwas schiefgelaufen, und es wurde nichts geändert. Versuch es gleich noch einmal.

## Meine Codes
web-codes-create-heading = Code erstellen
web-codes-field-uses = Nutzungen
web-codes-field-expires-in = Gültig für (30m, 12h, 7d)
web-codes-field-for-user = Reserviert für (Benutzername oder Benutzer-ID, optional)
web-codes-field-note = Notiz (optional)
web-codes-list-heading = Deine Codes
web-codes-none = Du hast noch keine Codes.
web-col-code = Code
web-col-status = Status
web-col-uses = Nutzungen
web-col-expires = Läuft ab
web-col-link = Einladungslink
web-col-redeemed-by = Eingelöst von
web-col-note = Notiz
web-col-actions = Aktionen
web-link-pending = wird erstellt …
web-button-create = Erstellen
web-button-revoke = Widerrufen
web-button-regenerate = Ersetzen
web-code-created = Code `{ $code }` erstellt. Sein Einladungslink erscheint hier, sobald Discord ihn erstellt hat.
web-code-revoked = Code `{ $code }` widerrufen.
web-code-regenerated = Code `{ $old }` durch `{ $new }` ersetzt.
