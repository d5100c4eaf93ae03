# Lista de espera: /waitlist join, leave y status; la entrada en el canal de moderación con Invitar y Rechazar,
# el formulario de rechazo, los MD, las líneas del registro, /gate waitlist, /gate whois y las dos políticas.
# (Contexto de cada mensaje: en/waitlist.ftl.)

## Descripciones de comandos (100 caracteres como máximo)

waitlist-cmd-group = La lista de espera, para quien no tiene código de invitación
waitlist-cmd-join = Apuntarte a la lista de espera para pedir al equipo de moderación entrar sin código
waitlist-cmd-join-about = Unas palabras sobre ti para el equipo de moderación (hasta 300 caracteres)
waitlist-cmd-leave = Salir de la lista de espera
waitlist-cmd-status = Tu puesto en la lista de espera o el código que te enviaron
waitlist-cmd-gate = Ver la lista de espera: quién espera, en qué orden y desde cuándo
waitlist-cmd-policy-waitlist = Si quien no tiene código puede apuntarse a la lista de espera
waitlist-cmd-policy-cooldown-days = Días que deben pasar tras un rechazo para volver a la lista de espera (0 a 365)

## Respuestas a la persona en la lista de espera

waitlist-joined = Estás en la lista de espera de **{ $server }**, en el puesto **{ $position }**. El equipo de moderación revisará tu solicitud; recibirás un MD cuando se decida.
waitlist-left = Has salido de la lista de espera.
waitlist-status-waiting = Estás en la lista de espera, en el puesto **{ $position }**. Te apuntaste { $since }.
waitlist-status-invited = { $inviter } te envió un código de invitación: **{ $code }**
waitlist-status-expires = Es válido hasta el { $when } ({ $relative }).
waitlist-status-code-ended = Ese código ya está { $status }. Para que te vuelvan a invitar, apúntate otra vez con `/waitlist join`.
waitlist-status-declined = Tu solicitud en la lista de espera se rechazó { $when }. Podrás volver a apuntarte a partir del { $again }.
waitlist-status-none = No estás en la lista de espera. Para apuntarte, escribe `/waitlist join` en el canal de bienvenida.
waitlist-how-to-redeem-link = Para entrar: si ya no estás en el servidor, únete con { $link }; luego escribe `/redeem { $code }` en { $channel }.
waitlist-how-to-redeem = Para entrar: escribe `/redeem { $code }` en { $channel }.
waitlist-the-welcome-channel = el canal de bienvenida

## Rechazos de /waitlist

waitlist-refusal-wrong-channel = Para apuntarte a la lista de espera, usa `/waitlist join` en { $channel }.
waitlist-refusal-member = Ya eres miembro de este servidor; la lista de espera es para quien no tiene forma de entrar.
waitlist-refusal-closed = La lista de espera de este servidor está cerrada. Pide un código de invitación a un miembro.
waitlist-refusal-admission-open = Ya has canjeado un código y tu admisión sigue en curso; no necesitas la lista de espera.
waitlist-refusal-already-waiting = Ya estás en la lista de espera, en el puesto **{ $position }**.
waitlist-refusal-already-invited = Ya estás en la lista de espera y te han enviado un código: consulta `/waitlist status`.
waitlist-refusal-declined = Tu última solicitud en la lista de espera se rechazó. Podrás volver a apuntarte a partir del { $when } ({ $relative }).
waitlist-refusal-too-often = Te has apuntado a la lista de espera { $count ->
        [one] una vez
       *[other] { $count } veces
    } en el último día. Podrás volver a apuntarte { $relative }.
waitlist-refusal-not-on-it = No estás en la lista de espera.
waitlist-refusal-entry-not-found = Esta entrada de la lista de espera ya no existe.
waitlist-refusal-already-decided = { $moderator } ya { $decision ->
        [invited] invitó
       *[declined] rechazó
    } a esta persona { $when }.
waitlist-refusal-closed-entry = { $status ->
        [redeemed] Esta persona ya canjeó un código { $when }; su entrada está cerrada.
        [lapsed] Esta persona no llegó a usar su código y volvió a apuntarse a la lista de espera { $when }; esta entrada está cerrada.
       *[left] Esta persona salió de la lista de espera { $when }; su entrada está cerrada.
    }

## La entrada en el canal de moderación (en el idioma del servidor)

waitlist-entry-title = Entrada de la lista de espera #{ $number }
waitlist-entry-person = Persona
waitlist-entry-joined = Se apuntó
waitlist-entry-about = Sobre esta persona
waitlist-entry-status = Estado
waitlist-entry-reason = Motivo
waitlist-entry-person-value =
    { $person } ({ $id })
    Cuenta creada { $created }
waitlist-entry-waiting = ⏳ Esperando al equipo de moderación
# «Invitada» y «Rechazada» concuerdan con «Persona», el campo de arriba.
waitlist-entry-invited-by = 📨 Invitada por { $by } el { $when } con el código { $code }
waitlist-entry-declined-by = ❌ Rechazada por { $by } el { $when }
waitlist-entry-redeemed = ✅ Canjeó un código el { $when }
waitlist-entry-left = 👋 Salió de la lista de espera el { $when }
waitlist-entry-lapsed = ⌛ No llegó a usar su código; volvió a apuntarse el { $when }
waitlist-button-invite = Invitar
waitlist-button-decline = Rechazar

## El formulario de rechazo (45 caracteres como máximo)

waitlist-decline-form-title = Rechazar entrada de la lista de espera
waitlist-decline-form-reason = Motivo (se envía a la persona)

## Respuestas al moderador que pulsó el botón

waitlist-invited = Has invitado a { $person }: se le ha enviado el código { $code }.
waitlist-invited-no-link = No pude crear un enlace de invitación para el código, así que solo recibirá el código.
waitlist-declined = Has rechazado a { $person }.
waitlist-dm-refused = No pude enviar un MD a { $person }: tiene los MD cerrados. Puede consultarlo con `/waitlist status`.
waitlist-dm-delayed = Todavía no he podido enviar un MD a { $person }; lo seguiré intentando. Puede consultarlo con `/waitlist status`.
waitlist-person-gone = { $person } salió del servidor: su entrada se ha cerrado y no se ha creado ningún código.

## A un miembro cuyo nuevo código está reservado para alguien de la lista de espera

waitlist-vouched = { $person } estaba en la lista de espera: le he enviado este código por MD.
waitlist-vouched-dm-refused = { $person } estaba en la lista de espera, pero no pude enviarle este código por MD (tiene los MD cerrados); puede consultarlo con `/waitlist status`.
waitlist-vouched-dm-delayed = { $person } estaba en la lista de espera; todavía no he podido enviarle este código por MD y lo seguiré intentando. Puede consultarlo con `/waitlist status`.

## MD a la persona (en su idioma)

waitlist-invited-dm = 🎉 { $inviter } te ha invitado a **{ $server }** desde la lista de espera. Tu código de invitación: { $code }, válido hasta el { $expires }.
waitlist-declined-dm = Se ha rechazado tu solicitud en la lista de espera de **{ $server }**.
waitlist-declined-dm-reason = Motivo: { $reason }
waitlist-declined-dm-again = Podrás volver a apuntarte a la lista de espera a partir del { $when }.

## Líneas del registro (en el idioma del servidor)

waitlist-log-joined = 📝 { $person } se apuntó a la lista de espera (entrada #{ $number }).
waitlist-log-invited = 📨 { $by } invitó a { $person } desde la lista de espera con el código { $code }.
waitlist-log-vouched = 📨 { $by } envió el código { $code } a { $person }, de la lista de espera, y responde por esa persona.
waitlist-log-declined = ❌ { $by } rechazó a { $person } en la lista de espera.
waitlist-log-declined-reason = ❌ { $by } rechazó a { $person } en la lista de espera: { $reason }

## Entregas: lo que falló («No pude …») y por qué no se envió nada

waitlist-describe-entry = mostrar la entrada #{ $number } de la lista de espera en el canal de moderación
waitlist-describe-dm = enviar un MD a { $user } sobre la entrada #{ $number } de la lista de espera
waitlist-nothing-to-send = La entrada se cerró, o su código dejó de ser válido, antes de enviar el MD.

## /gate waitlist

waitlist-gate-title = Lista de espera
waitlist-gate-empty = No hay nadie en la lista de espera.
waitlist-gate-waiting = **{ $position }.** { $person } · esperando desde { $since }
waitlist-gate-invited = 📨 { $person } · se apuntó { $since } · invitado por { $by } { $when }

## /gate whois: la lista de espera de la persona (en masculino genérico, como «admitido» en las líneas de admisión)

waitlist-whois-heading = **Lista de espera ({ $count })**
waitlist-whois-joined = Se apuntó el { $when }
waitlist-whois-invited = invitado por { $by } { $when } con el código { $code }
waitlist-whois-waiting = esperando
waitlist-whois-declined = rechazado por { $by } { $when }
waitlist-whois-redeemed = canjeó un código { $when }
waitlist-whois-left = salió de la lista de espera { $when }
waitlist-whois-lapsed = no llegó a usar el código y volvió a apuntarse { $when }

## /gate settings

waitlist-settings-waitlist = Lista de espera: { $state ->
    [on] abierta
   *[off] cerrada
}
waitlist-settings-cooldown = Volver a la lista de espera tras un rechazo: después de { $days ->
    [one] { $days } día
   *[other] { $days } días
}

waitlist-undelivered-invited = ⚠️ No pude enviar a { $person } por MD el código que recibió desde la lista de espera: tiene los MD cerrados. Puede consultarlo con `/waitlist status` en { $channel }.
waitlist-undelivered-declined = ⚠️ No pude avisar a { $person } de que su solicitud en la lista de espera se rechazó: tiene los MD cerrados. `/waitlist status` se lo indica.
waitlist-describe-undelivered = avisarte de que un MD de la lista de espera no se pudo entregar
