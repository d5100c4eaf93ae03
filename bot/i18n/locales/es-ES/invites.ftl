# /invite: los miembros crean, ven y revocan sus códigos de invitación. Todo aquí es una respuesta que
# solo lee el miembro que usó el comando. (Contexto de cada mensaje: en/invites.ftl.)

## Descripciones de los comandos (100 caracteres como máximo)

invites-cmd-group = Invitar a personas nuevas con códigos de invitación
invites-cmd-create = Crear un código de invitación para alguien de tu confianza
invites-cmd-create-uses = Cuántas personas pueden usarlo (por defecto, 1)
invites-cmd-create-expires-in = Cuánto tiempo es válido, como 30m, 12h o 7d (por defecto, lo que fije el servidor)
invites-cmd-create-for-user = Solo esta cuenta podrá canjearlo: su nombre de usuario exacto, su ID o una @mención
invites-cmd-create-note = Una nota para el equipo de moderación que revise la solicitud (hasta 200 caracteres)
invites-cmd-list = Tus códigos, quién los usó y tu cupo
invites-cmd-revoke = Revocar uno de tus códigos; los usos sin gastar vuelven a tu cupo
invites-cmd-revoke-code = El código que quieres revocar
invites-revoke-choice = { $code } ({ $uses }/{ $max } usados)
invites-cmd-regenerate = Reemplazar un código perdido o filtrado: mismos usos y caducidad, sin gastar más cupo
invites-cmd-regenerate-code = El código que quieres reemplazar

## Cupo

invites-quota-unlimited = Cupo: ilimitado (tienes el permiso Gestionar servidor).
invites-quota = Cupo: has gastado { $used } de { $limit } { $limit ->
        [one] uso
       *[other] usos
    } { $days ->
        [one] en el último día
       *[other] en los últimos { $days } días
    }; { $remaining ->
        [one] queda { $remaining }
       *[other] quedan { $remaining }
    }.
invites-quota-next-free = { $quota } El próximo uso se libera { $when }.

## Respuesta a /invite create

invites-created-code = Tu código de invitación: **{ $code }**
invites-created-uses = Usos: { $uses } · Caduca: { $expires } ({ $relative })
invites-created-reserved-id = Reservado para { $who }: solo esa cuenta puede canjearlo.
invites-created-reserved-username = Reservado para { $who }: tiene que ser su nombre de usuario exacto (el que aparece bajo su nombre en su perfil), no el nombre para mostrar ni un apodo del servidor.
invites-created-note = Nota para el equipo de moderación: { $note }
invites-created-tell = Dile a la persona que invitas: únete al servidor y escribe `/redeem { $code }` en { $channel }.

## /invite list

invites-list-title = Tus códigos de invitación
invites-list-empty = Aún no tienes códigos. Crea uno con `/invite create`.
invites-list-quota = Cupo

## Respuesta a /invite revoke

invites-revoked = Has revocado { $code }. Ya nadie puede canjearlo; { $count ->
        [one] { $count } uso sin gastar ha vuelto
       *[other] { $count } usos sin gastar han vuelto
    } a tu cupo.

## The reply to /invite regenerate: this line, then the new code as the reply to /invite create shows it.

invites-regenerated-old = Has reemplazado { $old }: { $link ->
        [yes] ya no funciona y su enlace de invitación tampoco.
       *[no] ya no funciona.
    }

## Invite links (SPEC section 11): a Discord invite to the welcome channel, made with each code when the
## server's policy allows it, and deleted when the code is revoked, used up or expires.

# Beside the code in the reply to /invite create. $link is the link's address (https://discord.gg/…).
invites-created-link = Enlace de invitación: { $link }
# The line to forward, when the code has an invite link: it replaces invites-created-tell. /redeem is the
# command name and stays English; $link the link's address, $code the code, $channel the welcome channel.
invites-created-tell-link = Dile a la persona que invitas: únete con { $link } y escribe `/redeem { $code }` en { $channel }.
# Why a new code has no invite link. "Create Invite" is the Discord permission, as Discord's client names it in
# this language; $channel the welcome channel.
invites-no-link-permission = Sin enlace de invitación: no tengo el permiso Crear invitación en { $channel }. El código funciona igualmente; un administrador puede darme ese permiso.
invites-no-link-channel = Sin enlace de invitación: el canal de bienvenida ya no existe. El código funciona igualmente; un administrador puede elegir otro con `/gate setup`.
invites-no-link-failed = Aún no hay enlace de invitación: Discord no ha podido crearlo en este momento. El código funciona igualmente; lo volveré a intentar y `/invite list` mostrará el enlace en cuanto exista.
# The reason shown in the server's audit log for the link. $code: the code; $inviter: the inviter's user ID.
invites-link-audit-reason = Doorman, enlace de invitación del código { $code } del usuario { $inviter }
# Completes "I could not …" in the moderators' alerts. $link: the link's address.
invites-describe-delete-link = borrar el enlace de invitación { $link } de un código que ya no es válido
# Why nothing was deleted: the link had been deleted already (by hand, or by Discord when it expired).
invites-link-gone = El enlace de invitación ya no existía; no hay nada más que intentar.
invites-describe-make-link = crear el enlace de invitación del código { $code }
invites-link-note-not-needed = El código { $code } ya no necesita enlace: ya tiene uno o ha dejado de ser válido.
invites-link-note-policy-off = Los enlaces de invitación están desactivados en este servidor.
invites-link-note-no-channel = El canal de bienvenida ya no existe.
invites-link-note-no-permission = Me falta el permiso Crear invitación en el canal de bienvenida.
