# /gate: los comandos de administración. Cada respuesta es efímera y solo la lee quien ejecutó el comando.

## Descripciones de comandos, opciones y opciones de elección (100 caracteres como máximo)

gate-cmd-group = Configurar Doorman y revisar las admisiones
gate-cmd-setup = Elegir los canales y roles con los que trabaja Doorman
gate-cmd-setup-welcome-channel = Canal donde las personas nuevas usan /redeem
gate-cmd-setup-mod-channel = Canal al que llegan las solicitudes de acceso y las alertas
gate-cmd-setup-member-role = Rol que recibe cada persona al ser admitida
gate-cmd-setup-newcomer-role = Rol que tienen las personas nuevas hasta ser admitidas (se quita al admitirlas)
gate-cmd-setup-log-channel = Canal que recibe una línea por cada admisión, rechazo, revocación y cambio de ajustes
gate-cmd-setup-mod-role = Rol que puede aprobar o rechazar solicitudes (quien tenga Gestionar roles siempre puede)
gate-cmd-setup-language = El idioma del canal de moderación, las alertas y el registro
gate-cmd-approval = Si el equipo de moderación debe aprobar cada canje de un código
gate-cmd-policy = Cambiar los cupos, la duración de los códigos y la aprobación en este servidor
gate-cmd-policy-invites-per-member = Usos que un miembro puede repartir por periodo (0 a 1000)
gate-cmd-policy-quota-period-days = Duración del periodo móvil del cupo, en días (1 a 365)
gate-cmd-policy-code-ttl-days = Duración predeterminada de un código, en días (1 a 30)
gate-cmd-policy-max-uses-per-code = Máximo de usos de un código (1 a 100)
gate-cmd-settings = Mostrar todos los ajustes vigentes en este servidor
gate-cmd-quota = Dar a quienes tienen un rol su propio cupo de invitaciones
gate-cmd-quota-role = El rol
gate-cmd-quota-amount = Usos por periodo (0: no pueden invitar)
gate-cmd-quota-period-days = Duración del periodo, en días
gate-cmd-grant = Subir (o, en negativo, bajar) el límite de invitaciones de un miembro
gate-cmd-grant-member = El miembro
gate-cmd-grant-amount = Usos que se suman a su límite (un número negativo lo baja, 0 lo restablece)
gate-cmd-codes = Ver los códigos de este servidor o los de un miembro
gate-cmd-codes-member = Solo los códigos de este miembro
gate-cmd-revoke = Revocar cualquier código de este servidor
gate-cmd-revoke-code = El código, p. ej. 7KQ2-M9XD-4HBT
gate-cmd-revoke-all = Revocar todos los códigos activos de un miembro
gate-cmd-revoke-all-member = El miembro cuyos códigos se revocan
gate-cmd-pending = Ver las solicitudes de acceso abiertas y los roles pendientes de asignar
gate-cmd-whois = Ver quién invitó a un miembro y a quién ha invitado
gate-cmd-whois-member = El miembro que quieres consultar
gate-cmd-link = Crear un código y un enlace de invitación para muchas personas; un moderador aprueba a cada una
gate-cmd-link-uses = Cuántas personas pueden usarlo (de 1 a 1000; por defecto, 25)

## /gate link's reply, read by the admin who ran it: one code to share with many people (an announcement,
## a website). Its Discord link allows at most 100 uses; every redemption waits for a moderator's approval.

gate-link-created-code = Código de invitación compartido: **{ $code }**
gate-link-unlimited = Un enlace de Discord admite como máximo { $most } usos, así que este no tiene límite propio: el código deja de funcionar tras { $count } usos.
gate-link-approval = Cada canje de este código espera la aprobación de un moderador, sea cual sea el ajuste `approval`.
gate-link-share = Texto para compartir: únete al servidor y escribe `/redeem { $code }` en { $channel }.
gate-link-share-link = Texto para compartir: únete con { $link } y escribe `/redeem { $code }` en { $channel }.

## Idiomas: cada idioma lleva su propio nombre, igual en todos los catálogos.

gate-language-server = El idioma preferido del servidor
gate-language-en = English
gate-language-de = Deutsch
gate-language-es = Español
gate-language-fr = Français
gate-language-pt-br = Português (Brasil)
gate-language-ja = 日本語

## /gate setup, /gate policy, /gate settings

gate-saved = Guardado.
gate-settings-title = Ajustes de Doorman
gate-settings-not-set-up = Aún no está configurado: usa `/gate setup`.
gate-settings-places = Canales y roles
gate-settings-not-set = sin definir
gate-settings-welcome-channel = Canal de bienvenida: { $place }
gate-settings-mod-channel = Canal de moderación: { $place }
gate-settings-log-channel = Canal de registro: { $place }
gate-settings-member-role = Rol de miembro: { $place }
gate-settings-newcomer-role = Rol de persona nueva: { $place }
gate-settings-mod-role = Rol de moderación: { $place } (y cualquiera con Gestionar roles)
gate-settings-language = Idioma: { $language }
gate-settings-language-server = Idioma: { $language } (el idioma preferido del servidor)
gate-settings-policy = Reglas
gate-settings-default = {" "}(predeterminado)
gate-settings-approval = Aprobación: { $approval ->
    [on] activada
   *[off] desactivada
}
gate-settings-invites-per-member = Invitaciones por miembro: { $amount } cada { $period ->
    [one] día
   *[other] { $period } días
}
gate-settings-code-lifetime = Duración de los códigos: { $days ->
    [one] { $days } día
   *[other] { $days } días
}
gate-settings-max-uses = Máximo de usos por código: { $uses }
gate-settings-lockout = Bloqueo: { $attempts ->
    [one] { $attempts } intento fallido bloquea
   *[other] { $attempts } intentos fallidos bloquean
} /redeem durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} (archivo de configuración)
gate-settings-role-quotas = Cupos por rol
gate-settings-role-quota = { $role }: { $amount } cada { $period ->
    [one] día
   *[other] { $period } días
}
gate-settings-no-role-quotas = Ninguno: cada miembro tiene el cupo predeterminado.

## /gate quota y /gate grant

gate-quota-set = Quienes tienen { $role } ahora pueden repartir { $amount ->
    [one] { $amount } uso
   *[other] { $amount } usos
} cada { $period ->
    [one] día
   *[other] { $period } días
}. Cada miembro recibe el cupo más alto entre sus roles.
gate-grant-set = El ajuste de { $member } ahora es { $adjustment }: su límite es de { $limit ->
    [one] { $limit } uso
   *[other] { $limit } usos
} cada { $period ->
    [one] día
   *[other] { $period } días
} ({ $used } en uso).
gate-grant-set-unlimited = El ajuste de { $member } ahora es { $adjustment }, pero no tiene límite (tiene el permiso Gestionar servidor); { $used } en uso en un periodo de { $period ->
    [one] 1 día
   *[other] { $period } días
}.

## /gate codes, revoke, revoke-all, whois

gate-codes-title-member = Códigos de { $member }
gate-codes-title = Códigos de este servidor
gate-codes-empty = Todavía no hay códigos.
gate-revoked = Has revocado el código { $code } de { $inviter }.
gate-revoke-all-none = { $member } no tiene códigos activos; no se revocó nada.
gate-revoke-all-done = Has revocado { $count ->
    [one] 1 código
   *[other] { $count } códigos
} de { $member }: { $codes }.
gate-revoke-all-more = y { $count } más (`/gate codes` con este miembro los muestra todos)
gate-whois-title = ¿Quién es { $name }?
gate-whois-vouched-for-by = **Invitaciones recibidas ({ $count })**
gate-whois-invited = **Personas invitadas ({ $count })**
gate-whois-no-admission = No consta ninguna admisión a través de Doorman.
gate-whois-nobody = Nadie todavía.

## /gate pending

gate-pending-title = Admisiones pendientes
gate-pending-empty = No hay nada pendiente.
gate-pending-open = abrir
gate-pending-reposted = { $link } (publicada de nuevo: el mensaje anterior ya no estaba)
gate-pending-not-posted = aún sin publicar (no se pudo acceder al canal de moderación; sigo intentándolo)
gate-pending-gave-up = sin publicar: dejé de intentarlo tras 7 días de fallos; pulsa **Reintentar** en mi alerta del canal de moderación

## Invite links (SPEC section 11)

# The `invite_links` option of /gate policy.
gate-cmd-policy-invite-links = Si /invite create también crea un enlace de invitación de Discord al canal de bienvenida
# A line of /gate settings' policy. $links: "on" or "off".
gate-settings-invite-links = Enlaces de invitación: { $links ->
    [on] activados
   *[off] desactivados
}
# Under gate-saved, when invite links are on but the bot may not create invites in the welcome channel: a
# warning, nothing was refused. "Create Invite" as in invites-no-link-permission; $channel the welcome channel.
gate-warning-no-invite-permission = ⚠️ No tengo el permiso Crear invitación en { $channel }: los códigos nuevos saldrán sin enlace de invitación hasta que lo tenga.
# After "Saved." when the bot may create invites in the welcome channel but not delete them (Discord asks the
# Manage Channels permission there, as Discord's client names it in this language). $channel: the welcome channel.
gate-warning-no-invite-deletion = ⚠️ No tengo el permiso Gestionar canales en { $channel }: puedo crear enlaces de invitación allí, pero no borrarlos, así que cada enlace cuyo código se revoque, se agote o caduque generará una alerta para el equipo de moderación. Dame el permiso Gestionar canales en ese canal o desactiva `invite_links` con `/gate policy`.
