# `python -m bot demo`: the offline walkthrough printed in a terminal (not Discord). Its reader is
# someone trying Doorman out. Plain text: no Discord markup. $who is a username such as "@alice" or
# "alice"; $channel a channel name with its "#", e.g. "#welcome".

## The simulated server: its name, roles, channels, and what people type in it.
demo-guild-name = Club de Escalada
demo-role-member = Miembro
demo-role-newcomer = Recién llegado
demo-role-moderators = Moderadores
demo-role-admins = Admins
# Channel names: lowercase, no spaces (Discord's rule for text channels); hyphens between words.
demo-channel-welcome = bienvenida
demo-channel-general = general
demo-channel-mod-queue = solicitudes-de-acceso
demo-channel-log = registro-doorman
# The note a member attaches to the code they create for their friend Bob.
demo-invite-note = Bob, del grupo de búlder de los martes
# The reason a moderator types when denying a request.
demo-deny-reason = Nadie en el club conoce esta cuenta
# What a newcomer types instead of a code: must not look like a code (12 letters or digits).
demo-bad-code = ¿Puedo entrar?

## Narration lines.
# The heading of each step: $number is 1, 2, 3...; $title one of the step titles below.
demo-step = ━━ Paso { $number }: { $title }
# Someone does something: $action is a slash command as typed, or one of the actions below.
demo-does = { $who } en { $channel }: { $action }
# What someone sees, followed by the text on the next lines.
demo-sees = { $who } ve:
# The same, for an answer Discord shows only to the person who used the command.
demo-sees-ephemeral = { $who } ve (solo esa persona puede verlo):
# Who sees: a person's direct messages; $who is a username.
demo-who-dm = { $who } (MD)
# Who sees: the moderators' channel after the bot edited the request in it.
demo-who-request-edited = { $channel } (la solicitud, editada)
demo-who-alert-edited = { $channel } (la alerta, editada)
# An action: clicking a button; $label is the button's label as the bot wrote it.
demo-clicks = pulsa [ { $label } ]
# An action: typing the reason into the deny form; $reason is demo-deny-reason.
demo-types-reason = escribe el motivo: { $reason }
# A member's roles, listed; $roles is a comma-separated list of role names.
demo-roles-before = Roles de { $who } antes: { $roles }
demo-roles-after = Roles de { $who } después: { $roles }   (escrito en minúsculas y con espacios: los códigos lo admiten)
demo-roles = Roles de { $who }: { $roles }
# In place of the list of roles, for a member who has none.
demo-no-roles = sin roles

## Step titles and notes, in the order of the story.
demo-step-setup = Un administrador configura Doorman
# $everyone is "@everyone"; $member "@Member" (demo-role-member); $welcome and $modqueue channel names with "#".
demo-note-setup = { $everyone } solo ve { $welcome }; { $member } ve el resto; { $modqueue } es para el equipo de moderación.
demo-step-invite = Un miembro crea un código de invitación para un amigo
demo-step-redeem = La persona nueva lo canjea en { $welcome } y queda admitida
demo-step-approval-on = El administrador activa la aprobación por parte del equipo de moderación
demo-step-request = Otra persona nueva canjea un código: la solicitud va al equipo de moderación
# $label is the Approve button's label as the bot wrote it.
demo-step-refused = Alguien que no es moderador pulsa { $label }: no se le permite
# $who is "eve"; $modqueue the moderators' channel with its "#".
demo-note-refused = { $who } es un miembro normal que puede ver { $modqueue } por un permiso mal configurado.
demo-step-approved = Un moderador aprueba la solicitud
demo-step-denied = Se rechaza a una tercera persona nueva, con un motivo
demo-step-lockout = Un código no válido y después un bloqueo
demo-step-whois = Quién invitó a quién
# Introduces the lines of the log channel; $log is its name with "#".
demo-note-log = { $log }, una línea por evento:

## Times shown relative to now (Discord shows <t:...:R> this way).
demo-time-now = ahora mismo
# $unit is day, hour or minute; $count how many.
demo-time-future = dentro de { $unit ->
    [day] { $count ->
        [one] 1 día
       *[other] { $count } días
    }
    [hour] { $count ->
        [one] 1 hora
       *[other] { $count } horas
    }
   *[minute] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
}
demo-time-past = hace { $unit ->
    [day] { $count ->
        [one] 1 día
       *[other] { $count } días
    }
    [hour] { $count ->
        [one] 1 hora
       *[other] { $count } horas
    }
   *[minute] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
}

## The invitation lifecycle around the gate (SPEC sections 10 and 11)
demo-step-shared-link = El administrador comparte un enlace para una jornada de puertas abiertas: cada canje espera la aprobación de un moderador
demo-note-shared-link = La aprobación sigue desactivada, pero nadie responde personalmente por un enlace compartido: un moderador revisa a cada persona nueva.
demo-shared-link-note = Jornada de puertas abiertas, sábado
demo-step-waitlist = Alguien que no conoce a nadie del club se apunta a la lista de espera en { $welcome }
demo-waitlist-about = Escalo en el rocódromo los viernes y me encantaría unirme a las salidas del club
demo-step-regenerate = Un miembro reemplaza un código que se ha filtrado
demo-note-regenerate = { $who } publicó un código en un chat público por error: uno nuevo ocupa su lugar, con los mismos usos y la misma caducidad, sin gastar más cupo.

## Avales y responsabilidad (SPEC sección 12)
demo-step-ban = Se banea a alguien por quien respondió un miembro: el equipo de moderación ve quién respondió y suspende a ese miembro
demo-note-ban = { $inviter } invita a { $banned }, que resulta ser una cuenta de spam.
demo-bans = banea a { $who } del servidor
demo-step-tree = El árbol de invitaciones: quién respondió por quién y en qué situación está cada persona
demo-step-tenure = Antigüedad: los miembros solo pueden invitar cuando llevan una semana en el servidor

## Revisar a las personas nuevas (SPEC sección 13)
# An action: typing into a form; $label is the input's label (a question), $text what is typed.
demo-types-into = escribe en «{ $label }»: { $text }
# Actions in Discord itself, not Doorman commands.
demo-leaves = sale del servidor
demo-joins-again = vuelve a unirse al servidor
demo-joins = se une al servidor con un enlace de invitación que alguien publicó, y nunca canjea un código
# The simulated clock jumps ahead; $count: how many hours.
demo-hours-later = ⏳ { $count ->
    [one] 1 hora después
   *[other] { $count } horas después
}
demo-gone = { $who } ya no está en el servidor.
demo-step-returning = Un miembro que se fue vuelve sin código: el equipo de moderación ve que ya estuvo aquí
demo-note-returning = { $who } dejó el servidor hace un tiempo y quiere volver; el código que usó se agotó hace mucho.
demo-step-young-account = Aprobación desactivada, pero con antigüedad mínima de cuenta: una cuenta recién creada espera igualmente a un moderador
demo-note-young-account = Las cuentas de spam suelen ser recién creadas, igual que todas las cuentas de esta demo.
demo-step-questions = Preguntas de acceso: una persona nueva las responde y el equipo de moderación lee las respuestas
# At most 45 characters each; the second ends in "(opcional)" as questions-admin-form-placeholder writes it.
demo-question-climbing = ¿Cuánto tiempo llevas escalando?
demo-question-where = ¿Dónde sueles escalar? (opcional)
demo-answer-climbing = Unos dos años, sobre todo búlder
demo-answer-where = En el rocódromo de al lado de la estación, y en Fontainebleau cada primavera
demo-step-waiting-room = La sala de espera: a quien se une pero nunca canjea un código se le envía un recordatorio y después se le expulsa
demo-note-waiting-room = Para esto el bot necesita el Server Members Intent de Discord (members_intent = true en su configuración); el bot de la demo lo tiene.
# With --web: the dashboard served on the demo's data until Ctrl+C, after /dashboard gave ada and mo a sign-in link each.
demo-step-dashboard = El panel: el mismo control de acceso, en el navegador
demo-note-dashboard = Cada enlace de arriba sirve para iniciar sesión una sola vez, en los próximos 10 minutos. Como { $admin }, que administra el servidor, ves los ajustes, todos los códigos, el árbol de invitaciones, el registro de auditoría y los gráficos; como { $moderator }, que modera, las solicitudes pendientes, entre ellas la de { $who }: apruébala allí y el bot le dará los roles en el servidor simulado. Pulsa Ctrl+C para terminar.
demo-dashboard-not-served = No se pudo abrir el panel: el puerto { $port } está ocupado. Vuelve a ejecutar la demo con `--port` y otro número.
