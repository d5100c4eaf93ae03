# Lo que dice Doorman al entregar lo que le debe a Discord: avisos al equipo de moderación, la respuesta
# al botón «Reintentar» y las líneas del canal de registro. $what es un infinitivo («publicar una línea …»).

## Avisos en el canal de moderación

deliveries-alert-failing = ⚠️ No pude { $what }: { $detail }. Corrígelo y luego haz clic en **Reintentar**; mientras tanto, sigo intentándolo.
deliveries-alert-stopped = ⛔ Dejé de intentar { $what } tras 7 días de fallos (último: { $detail }). Corrígelo y luego haz clic en **Reintentar**.
deliveries-alert-retry-button = Reintentar
deliveries-alert-unknown-error = desconocido
deliveries-alert-no-mod-channel = el canal de moderación no está configurado o no puedo verlo; ejecuta `/gate setup`
deliveries-alert-closed = ☑️ Cerrado: { $reason }
deliveries-alert-resolved = ✅ Resuelto: al final sí funcionó.
deliveries-alert-resolved-roles = ✅ Resuelto: { $member } ya tiene sus roles (admisión n.º { $admission }).
deliveries-alert-closed-left = 🚪 Cerrado: { $member } salió del servidor (admisión n.º { $admission }).
deliveries-alert-channel-gone = El canal del aviso ya no existe.
deliveries-alert-revived = Se volvió a intentar o funcionó mientras tanto.
deliveries-alert-describe-close = cerrar un aviso anterior
deliveries-alert-describe-notice = avisarte de que dejé de intentar una entrega

## Respuesta al botón «Reintentar»

deliveries-retry-trying-now = Lo estoy intentando ahora mismo; vuelve a mirar en un momento.
deliveries-retry-still-failing = Sigue fallando: { $detail }.
deliveries-retry-done = Hecho.

## Por qué falló o se descartó una entrega

deliveries-failed-refused = Discord lo rechazó ({ $status }, { $error })
deliveries-failed-refused-permissions = Discord lo rechazó ({ $status }, faltan permisos)
deliveries-failed-discord = Discord falló ({ $status }); puede que funcione al reintentar
deliveries-failed-unreachable = No pude conectar con Discord ({ $error })
deliveries-failed-unexpected = algo salió mal por mi parte
deliveries-failed-no-carrier = no puedo acceder a ese servidor, o aquí nada se encarga de esto
deliveries-done-dm-closed = Tiene los MD cerrados; no hay nada más que intentar.
deliveries-done-gone = Aquello a lo que se refería ya no existe; no hay nada más que intentar.
deliveries-dropped-superseded = un intento posterior del mismo lote se encarga de ello.

## El canal de registro

deliveries-log-channel-gone = El canal de registro ya no existe o no está configurado; la línea se descarta.
deliveries-log-describe = publicar una línea en el canal de registro { $channel }
deliveries-log-admitted = ✅ { $member } admitido con el código { $code } de { $inviter }.
deliveries-log-admitted-approved = ✅ { $member } admitido con el código { $code } de { $inviter }, aprobado por { $moderator }.
deliveries-log-left = 🚪 { $member } se fue antes de ser admitido.
deliveries-log-denied = ❌ { $member } rechazado por { $moderator } (código { $code } de { $inviter }).
deliveries-log-denied-reason = ❌ { $member } rechazado por { $moderator } (código { $code } de { $inviter }): { $reason }
deliveries-log-settings = ⚙️ { $actor } cambió la configuración con /gate { $command }: { $changes }
deliveries-log-change = { $setting }: { $old } → { $new }
deliveries-log-no-change = sin cambios
deliveries-log-value-none = ninguno
deliveries-log-value-on = activado
deliveries-log-value-off = desactivado
deliveries-log-value-server-language = el idioma preferido del servidor
deliveries-language-name = Español
deliveries-log-role-quota = ⚙️ { $actor }: quienes tienen { $role } ahora pueden repartir { $amount ->
        [one] 1 uso
       *[other] { $amount } usos
    } cada { $days ->
        [one] día
       *[other] { $days } días
    }.
deliveries-log-grant = ⚙️ { $actor }: el ajuste de { $member } ahora es { $amount }: su límite es de { $limit ->
        [one] 1 uso
       *[other] { $limit } usos
    } cada { $days ->
        [one] día
       *[other] { $days } días
    }.
deliveries-log-grant-unlimited = ⚙️ { $actor }: el ajuste de { $member } ahora es { $amount }: no tiene límite (Gestionar servidor) en un periodo de { $days ->
        [one] 1 día
       *[other] { $days } días
    }.
deliveries-log-revoked-own = ⛔ { $actor } revocó su código { $code }.
deliveries-log-revoked = ⛔ { $actor } revocó el código { $code } de { $inviter }.
deliveries-log-revoked-all = ⛔ { $actor } revocó todos los códigos activos de { $inviter } ({ $count }): { $codes }.
