# Admisiones: /redeem, la solicitud de acceso en el canal de moderación, los MD a la persona nueva y a quien invitó.

## Descripciones de comandos

admissions-cmd-redeem = Unirte con el código de invitación que te dio un miembro
admissions-cmd-redeem-code = Tu código de invitación, p. ej. 7KQ2-M9XD-4HBT

## Respuestas a la persona nueva tras /redeem

admissions-request-received = Tu código se ha aceptado. Un moderador revisará tu solicitud de acceso a **{ $server }**; recibirás un MD cuando se decida.
admissions-welcome = ¡Te damos la bienvenida a **{ $server }**! Te invitó { $inviter }; ya tienes acceso al resto del servidor.
admissions-roles-delayed = Tu código se ha aceptado, pero todavía no he podido darte tus roles. El equipo de moderación ya está avisado y lo resolverá; no hace falta que vuelvas a canjear el código.

## La solicitud de acceso en el canal de moderación

admissions-request-title = Solicitud de acceso #{ $number }
admissions-request-newcomer = Persona nueva
admissions-request-invited-by = Invitación de
admissions-request-shared-link = { $admin } mediante un enlace compartido (`/gate link`): nadie ha respondido personalmente por esta persona
admissions-request-code = Código
admissions-request-note = Nota de quien invitó
admissions-request-redeemed = Canjeado
admissions-request-decision = Decisión
admissions-request-reason = Motivo
admissions-request-closed = Cerrada
admissions-request-newcomer-value =
    { $newcomer } ({ $id })
    Cuenta creada { $created }
admissions-request-denied-by = ❌ Rechazada por { $moderator } { $when }
admissions-request-approved-by = ✅ Aprobada por { $moderator } { $when }
admissions-request-roles-pending = ⚠️ Aún no se han asignado los roles: mira la alerta de abajo y pulsa **Reintentar**.
admissions-request-left = La persona nueva salió del servidor antes de ser admitida.
admissions-button-approve = Aprobar
admissions-button-deny = Rechazar
admissions-moved-to = 📦 Se movió a { $channel }, que ahora es el canal de moderación: decide allí.

## El formulario de rechazo (máximo 45 caracteres)

admissions-deny-form-title = Rechazar solicitud de acceso
admissions-deny-form-reason = Motivo (se envía a la persona nueva)

## Respuestas al moderador que decidió

admissions-decided = { $verb ->
        [denied] Rechazada
       *[approved] Aprobada
    }: solicitud #{ $number } de { $newcomer }.
admissions-dm-refused = Decisión registrada, pero no pude avisar a { $newcomer } por MD: tiene los MD cerrados.
admissions-dm-delayed = Decisión registrada, pero todavía no pude avisar a { $newcomer } por MD; lo seguiré intentando.

## Avisos en el canal de moderación

admissions-dm-undelivered = ℹ️ No pude avisar por MD a { $newcomer } de la decisión que tomó { $moderator } en la solicitud #{ $number }: tiene los MD cerrados.
admissions-guessing-alert = 🚨 Muchos intentos fallidos de `/redeem` { $minutes ->
        [one] en el último minuto
       *[other] en los últimos { $minutes } minutos
    }: puede que alguien esté intentando adivinar códigos. Cada cuenta queda bloqueada tras { $attempts ->
        [one] 1 fallo
       *[other] { $attempts } fallos
    }; `/gate codes` muestra los códigos activos.

## Mensajes directos

admissions-inviter-dm = { $newcomer } se unió a **{ $server }** con tu código { $code }.
admissions-approved-dm-welcome = ✅ Un moderador aprobó tu solicitud de acceso a **{ $server }**. ¡Te damos la bienvenida!
admissions-approved-dm-roles-pending = ✅ Un moderador aprobó tu solicitud de acceso a **{ $server }**. Todavía no se te han podido asignar los roles; el equipo de moderación ya está avisado y se volverá a intentar.
admissions-denied-dm = ❌ Un moderador rechazó tu solicitud de acceso a **{ $server }**.
admissions-denied-dm-reason = Motivo: { $reason }

## Lo que el bot hace en una admisión, tal como lo ve el equipo de moderación en una alerta

admissions-audit-reason = Doorman, admisión #{ $number }: código { $code } del usuario { $inviter }
# Completa «No pude …».
admissions-describe-grant = asignar sus roles a { $newcomer } (admisión #{ $number }, código { $code } de { $inviter })
admissions-describe-request = mostrar la solicitud de acceso #{ $number } en el canal de moderación
admissions-describe-dm = enviar un MD a { $user } sobre la admisión #{ $number }
admissions-describe-undelivered = avisarte de que una decisión no se pudo enviar por MD
admissions-describe-guessing = avisarte de una racha de canjes fallidos
admissions-role-gone = el rol de miembro ya no existe; vuelve a usar `/gate setup`
admissions-roles-refused = Discord lo rechazó: mi rol debe estar por encima del rol de miembro y tener el permiso Gestionar roles
admissions-closed-already = Nada que hacer: la admisión #{ $number } ya está cerrada.
admissions-newcomer-left = { $newcomer } salió del servidor; la admisión está cerrada.
admissions-roles-granted = Hecho: { $newcomer } ya tiene sus roles.
admissions-no-one-to-tell = Salió del servidor; no hay nadie a quien avisar.
admissions-dms-closed = Tiene los MD cerrados.
