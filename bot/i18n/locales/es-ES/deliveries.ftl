# Lo que dice Doorman al entregar lo que le debe a Discord: alertas al equipo de moderación, la respuesta
# al botón «Reintentar» y las líneas del canal de registro. $what es un infinitivo («publicar una línea …»).

## Alertas en el canal de moderación

deliveries-alert-failing = ⚠️ No pude { $what }: { $detail }. Corrígelo y pulsa **Reintentar**; mientras tanto, sigo intentándolo.
deliveries-alert-stopped = ⛔ Dejé de intentar { $what } tras 7 días de fallos (último error: { $detail }). Corrígelo y pulsa **Reintentar**.
deliveries-alert-retry-button = Reintentar
deliveries-alert-unknown-error = desconocido
deliveries-alert-no-mod-channel = el canal de moderación no está configurado o no puedo verlo; usa `/gate setup`
deliveries-alert-closed = ☑️ Cerrada: { $reason }
deliveries-alert-resolved = ✅ Resuelta: al final se completó.
deliveries-alert-resolved-roles = ✅ Resuelta: { $member } ya tiene sus roles (admisión #{ $admission }).
deliveries-alert-closed-left = 🚪 Cerrada: { $member } salió del servidor (admisión #{ $admission }).
deliveries-alert-channel-gone = El canal de la alerta ya no existe.
deliveries-alert-revived = Se reactivó o se completó mientras tanto.
deliveries-alert-describe-close = cerrar una alerta anterior
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
deliveries-failed-no-carrier = no tengo acceso a ese servidor, o aquí no hay nada que pueda enviarlo
deliveries-done-dm-closed = Tiene los MD cerrados; no hay nada más que intentar.
deliveries-done-gone = Aquello de lo que trataba ya no existe; no hay nada más que intentar.
deliveries-dropped-superseded = un intento posterior del mismo lote se encarga de ello.

## El canal de registro

deliveries-log-channel-gone = El canal de registro ya no existe o no está configurado; la línea se descarta.
deliveries-log-describe = publicar una línea en el canal de registro { $channel }
deliveries-log-admitted = ✅ { $member } entró con el código { $code } de { $inviter }.
deliveries-log-admitted-approved = ✅ { $member } entró con el código { $code } de { $inviter }, con la aprobación de { $moderator }.
deliveries-log-admitted-shared-link = ✅ { $member } entró por el enlace compartido de { $admin } (código { $code }), con la aprobación de { $moderator }.
deliveries-log-left = 🚪 { $member } salió del servidor antes de su admisión.
deliveries-log-denied = ❌ { $moderator } rechazó a { $member } (código { $code } de { $inviter }).
deliveries-log-denied-reason = ❌ { $moderator } rechazó a { $member } (código { $code } de { $inviter }): { $reason }
deliveries-log-settings = ⚙️ { $actor } cambió los ajustes con /gate { $command }: { $changes }
deliveries-log-settings-dashboard = ⚙️ { $actor } cambió los ajustes en el panel: { $changes }
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
deliveries-log-link-code = 🔗 { $actor } creó el código de invitación compartido { $code } para { $count ->
        [one] { $count } uso
       *[other] { $count } usos
    }.
deliveries-log-regenerated = 🔁 { $actor } reemplazó su código { $old } por { $new }.
