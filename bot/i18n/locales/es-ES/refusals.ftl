# Rechazos: por qué las reglas dicen que no y qué hacer a continuación. Respuesta a quien lo pidió.

refusal-not-admin = Solo los administradores (con el permiso Gestionar servidor) pueden usar los comandos `/gate`.
refusal-not-moderator = Solo los moderadores pueden hacer eso (con el permiso Gestionar roles o el rol de moderador).
refusal-not-member = Solo los miembros pueden crear códigos de invitación. Si acabas de unirte, primero canjea tu propio código en el canal de bienvenida.
refusal-not-set-up = Doorman aún no está configurado en este servidor. Primero, un administrador tiene que usar `/gate setup`.

refusal-setup = No se guardó nada. Corrige primero estos problemas y vuelve a usar `/gate setup`:
    { $problems }
refusal-setup-manage-roles = Me falta el permiso **Gestionar roles**, así que no puedo asignar roles.
refusal-setup-role-everyone = `{ $option }` no puede ser @everyone.
refusal-setup-role-managed = `{ $option }` { $role } está gestionado por una integración y no se puede asignar.
refusal-setup-role-not-below = `{ $option }` { $role } no está por debajo de mi rol más alto, { $bot_role }: sube mi rol por encima de él en Ajustes del servidor → Roles.
refusal-setup-same-roles = `member_role` y `newcomer_role` tienen que ser roles distintos.
refusal-setup-not-text = `{ $option }` { $channel } tiene que ser un canal de texto.
refusal-setup-channel-permissions = En `{ $option }` { $channel } me faltan estos permisos: { $permissions }.
permission-view-channel = Ver canal
permission-send-messages = Enviar mensajes
permission-embed-links = Insertar enlaces

refusal-policy = No se guardó nada.
    { $problems }
refusal-policy-out-of-range = `{ $key }` tiene que ser un número entero entre { $low } y { $high }; indicaste { $given }.
refusal-nothing-to-change = Indica al menos una opción que cambiar. `/gate settings` muestra los ajustes actuales.

refusal-duration-format = `expires_in` tiene que ser un número seguido de m, h o d, por ejemplo `30m`, `12h` o `7d`.
refusal-duration-too-short = `expires_in` tiene que ser de al menos `1m`.
refusal-duration-too-long = `expires_in` no puede superar los { $days } días (`30d`).
refusal-for-user-format = `for_user` tiene que ser un nombre de usuario de Discord (de 2 a 32 letras, números, `_` o `.`, como `alice_99`: su nombre de usuario exacto, no el nombre para mostrar), un ID de usuario (un número como `123456789012345678`) o una mención.
refusal-for-user-unknown = `for_user`: ninguna cuenta de Discord tiene el ID { $id }. Revísalo o indica su nombre de usuario.
refusal-for-user-bot = `for_user`: { $user } (ID { $id }) es un bot, y los bots no pueden canjear códigos. Indica el nombre de usuario o el ID de la persona a la que invitas.
refusal-for-user-unchecked = `for_user`: ahora mismo no pude comprobar el ID { $id } con Discord, así que no se creó ningún código. Vuelve a intentarlo en un momento.
refusal-code-invalid = Ese código no es válido (formato incorrecto): los códigos son como `7KQ2-M9XD-4HBT`, con 12 letras y números.
refusal-text-too-long = `{ $option }` puede tener como máximo { $limit } caracteres; el tuyo tiene { $length }.
refusal-not-a-number = `{ $option }` tiene que ser un número entero.
refusal-number-out-of-range = `{ $option }` tiene que estar entre { $low } y { $high }; indicaste { $given }.
refusal-uses-out-of-range = En este servidor, `uses` tiene que estar entre 1 y { $maximum }; pediste { $uses }.

refusal-quota-zero = Tu cupo de invitaciones en este servidor es 0, así que no puedes crear códigos. Si crees que es un error, pregunta a un administrador.
refusal-quota-exhausted = Ese código costaría { $cost ->
        [one] { $cost } uso
       *[other] { $cost } usos
    } y solo tienes { $remaining } de { $limit } disponibles en tu periodo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
refusal-quota-next-free = El próximo uso se libera { $when }.
refusal-quota-revoke-hint = Si revocas un código sin usar con `/invite revoke`, recuperas sus usos.
refusal-everyone-role-quota = Configura el cupo para todos con `/gate policy invites_per_member`.

refusal-code-not-found = No hay ningún código { $code } en este servidor. Compruébalo con `/invite list`.
refusal-not-your-code = Ese código es de otra persona; solo puedes revocar tus propios códigos.
refusal-not-revocable = El código { $code } ya está { $status }; no hay nada que revocar.
refusal-not-your-code-regenerate = Ese código es de otra persona; solo puedes reemplazar tus propios códigos.
refusal-not-regenerable = El código { $code } está { $status }: solo se pueden reemplazar los códigos activos. Crea uno nuevo con `/invite create`.
refusal-regenerating-too-often = Has reemplazado { $count ->
        [one] un código
       *[other] { $count } códigos
    } en el último día, el máximo diario. Podrás reemplazar otro { $relative }; mientras tanto, `/invite revoke` y `/invite create` hacen lo mismo.

refusal-wrong-channel = Los códigos se canjean en { $channel }. Usa `/redeem` allí.
refusal-already-member = Ya eres miembro de este servidor; no hay nada que canjear.
refusal-locked-out = Demasiados intentos fallidos. Podrás volver a usar `/redeem` { $when }.
refusal-still-awaiting-approval = Tu solicitud sigue pendiente de revisión por el equipo de moderación; recibirás un MD cuando se decida. No se usó ningún código.
refusal-still-roles-pending = Ya se te admitió, pero todavía se te están asignando los roles; el equipo de moderación ya está avisado. No se usó ningún código.

refusal-code-malformed = Ese código tiene un formato incorrecto: los códigos son como `7KQ2-M9XD-4HBT`, con 12 letras y números.
refusal-code-unknown = Ese código no existe aquí. Compruébalo con la persona que te invitó.
refusal-code-expired = Ese código ha caducado. Pide uno nuevo a la persona que te invitó.
refusal-code-used-up = Ese código está agotado. Pide uno nuevo a la persona que te invitó.
refusal-code-revoked = Ese código fue revocado. Pide uno nuevo a la persona que te invitó.
refusal-code-reserved = Ese código está reservado para otra persona. Pide uno propio a la persona que te invitó.
refusal-code-locked-out = Demasiados intentos fallidos: podrás volver a intentarlo { $when }.
refusal-code-attempts-left = { $count ->
        [one] Te queda { $count } intento
       *[other] Te quedan { $count } intentos
    } antes del bloqueo.

refusal-request-not-found = Esa solicitud de acceso no existe en este servidor.
refusal-request-closed = Esta solicitud está cerrada: la persona nueva salió del servidor.
refusal-request-needs-no-decision = Esta solicitud no necesita ninguna decisión.
refusal-request-already-decided = { $moderator } ya { $decision ->
        [denied] rechazó
       *[approved] aprobó
    } esta solicitud { $when }.
refusal-nothing-to-retry = No hay nada que reintentar. Estado de la admisión #{ $number }: { $status }.
refusal-nothing-to-redeliver = No hay nada que reintentar: eso ya se completó.
