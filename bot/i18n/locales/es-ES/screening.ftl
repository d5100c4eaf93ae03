# Filtrar a las personas nuevas (SPEC sección 13): señales de riesgo, antigüedad mínima de la cuenta, miembros que vuelven.

## /gate policy y /gate settings
screening-cmd-policy-min-account-age-days = Cuentas con menos días de antigüedad: las aprueba un moderador (0 a 3650, 0: desactivado)
screening-cmd-policy-returning = Qué hace /redeem sin código con alguien que ya fue admitido aquí y se fue
screening-returning-approve = Preguntar al equipo de moderación (indicando la admisión anterior)
screening-returning-readmit = Dejarle volver enseguida
screening-returning-code = Pedir un código nuevo
screening-settings-min-account-age = Antigüedad mínima de la cuenta: { $days ->
        [0] ninguna
        [one] { $days } día
       *[other] { $days } días
    }
screening-settings-returning = Miembros que vuelven: { $returning ->
        [readmit] vuelven a entrar enseguida
        [code] necesitan un código nuevo
       *[approve] decide el equipo de moderación
    }

## La solicitud de acceso
screening-request-signals = Señales
screening-signal-account-age = Antigüedad de la cuenta: { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
screening-signal-avatar = Tiene avatar propio
screening-signal-no-avatar = ⚠️ Sin avatar propio
screening-signal-first-time = Sin solicitudes anteriores en este servidor
screening-signal-earlier = ⚠️ { $count ->
        [one] { $count } solicitud anterior
       *[other] { $count } solicitudes anteriores
    } en este servidor, { $denied } rechazadas
screening-signal-came-back = Ha vuelto sin código: el código y quien invitó son los de su admisión anterior
screening-request-holds = Necesita un moderador porque
screening-hold-young-account = ⚠️ La cuenta es más reciente que la antigüedad mínima de este servidor.
screening-hold-returning = 🔁 Ya fue admitido aquí (solicitud #{ $number }, { $when }) y se fue.
screening-hold-returning-unknown = 🔁 Ya fue admitido aquí y se fue.
screening-hold-denied-before = ⛔ Se rechazó una solicitud anterior suya en este servidor.
screening-hold-banned-before = ⛔ Ya tuvo un baneo en este servidor.
screening-hold-suspended = ⛔ Está suspendido en este servidor.

## /redeem sin código
screening-refusal-code-needed = Necesitas un código de invitación: usa `/redeem` con el código que te dio un miembro.
screening-refusal-code-returning = ¡Hola de nuevo! Este servidor pide un código de invitación nuevo a quienes vuelven: usa `/redeem` con el código que te dio un miembro.
screening-refusal-code-flagged = Para volver necesitas un código de invitación nuevo, y un moderador revisará tu solicitud: usa `/redeem` con el código que te dio un miembro.
screening-back-received = ¡Hola de nuevo! Un moderador revisará tu solicitud para volver a **{ $server }**; recibirás un MD cuando se decida.
screening-welcome-back = ¡Te damos de nuevo la bienvenida a **{ $server }**! Vuelves a tener acceso al resto del servidor.
