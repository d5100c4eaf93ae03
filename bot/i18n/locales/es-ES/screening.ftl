# Filtrar a las personas nuevas (SPEC sección 13): señales de riesgo, antigüedad mínima de la cuenta, miembros que vuelven.
# Sin dar género a la persona: «se le admitió», «tiene una suspensión», como «Se ha baneado a …» en bans.ftl.

## /gate policy y /gate settings
screening-cmd-policy-min-account-age-days = Antigüedad mínima de la cuenta, en días; si es menor, decide un moderador (0 a 3650; 0: ninguna)
screening-cmd-policy-returning = Qué hace /redeem sin código con quien ya entró aquí una vez y se fue
screening-returning-approve = Que decida el equipo de moderación (se indica la admisión anterior)
screening-returning-readmit = Dejar que vuelva a entrar al momento
screening-returning-code = Pedir un código nuevo
screening-settings-min-account-age = Antigüedad mínima de la cuenta: { $days ->
        [0] ninguna
        [one] { $days } día
       *[other] { $days } días
    }
screening-settings-returning = Miembros que vuelven: { $returning ->
        [readmit] entran de nuevo al momento
        [code] necesitan un código nuevo
       *[approve] decide el equipo de moderación
    }

## La solicitud de acceso: señales de riesgo, y por qué debe revisarla un moderador aunque la aprobación esté desactivada
screening-request-signals = Señales
screening-signal-account-age = Antigüedad de la cuenta: { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
screening-signal-avatar = Tiene avatar propio
screening-signal-no-avatar = ⚠️ Sin avatar propio
screening-signal-first-time = Sin solicitudes anteriores en este servidor
screening-signal-earlier = { $count ->
        [one] { $count } solicitud anterior
       *[other] { $count } solicitudes anteriores
    } en este servidor, { $denied ->
        [0] ninguna rechazada
        [one] { $denied } rechazada
       *[other] { $denied } rechazadas
    }
screening-signal-came-back = Ha vuelto sin código: el código y quien invitó son los de su admisión anterior
screening-log-readmitted = 🔁 { $member } ha vuelto sin código, con su admisión anterior (código { $code } de { $inviter }).
screening-log-readmitted-approved = 🔁 { $member } ha vuelto sin código, con su admisión anterior (código { $code } de { $inviter }), con la aprobación de { $moderator }.
# Título de un campo; debajo, una línea por motivo (screening-hold-*).
screening-request-holds = Necesita la revisión de un moderador porque
screening-hold-young-account = ⚠️ La cuenta no llega a la antigüedad mínima que exige este servidor.
screening-hold-returning = 🔁 Ya se le admitió aquí (solicitud #{ $number }, { $when }) y se fue.
screening-hold-denied-before = ⛔ Ya se rechazó una solicitud suya en este servidor.
screening-hold-banned-before = ⛔ Ya se le había baneado de este servidor.
screening-hold-suspended = ⛔ Tiene una suspensión vigente en este servidor.
screening-hold-suspended-before = ⛔ Ya tuvo una suspensión en este servidor (levantada después).
screening-hold-inviter-suspended = ⛔ El miembro con cuyo código se le admitió la otra vez tiene una suspensión vigente.

## /redeem sin código
screening-refusal-code-needed = Necesitas un código de invitación: usa `/redeem` con el código que te dio un miembro.
screening-refusal-code-returning = ¡Hola de nuevo! Este servidor pide un código de invitación nuevo a quienes vuelven: usa `/redeem` con el código que te dio un miembro.
screening-refusal-code-flagged = Para volver necesitas un código de invitación nuevo, y un moderador revisará tu solicitud: usa `/redeem` con el código que te dio un miembro.
screening-back-received = ¡Hola de nuevo! Un moderador revisará tu solicitud para volver a **{ $server }**; recibirás un MD cuando se decida.
screening-welcome-back = ¡Te damos de nuevo la bienvenida a **{ $server }**! Vuelves a tener acceso al resto del servidor.
