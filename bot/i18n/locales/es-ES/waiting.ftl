## La sala de espera (SPEC sección 13): a quien se unió y sigue sin acceso se le envía un MD de recordatorio
## y después se le expulsa. Términos: «sala de espera», «recordatorio», «expulsar» (kick; no es un baneo ni una
## suspensión: puede volver a unirse). «Let in» se dice «tener acceso», sin dar género a la persona.

waiting-cmd-policy-remind-after-hours = Horas tras unirse para enviar un MD de recordatorio a quien aún no tiene acceso (0 a 720; 0: nunca)
waiting-cmd-policy-kick-after-hours = Horas tras unirse para expulsar a quien aún no tiene acceso (0 a 720; 0: nunca)
waiting-settings-remind = MD de recordatorio: { $count ->
        [0] desactivado
        [one] { $count } hora después de unirse
       *[other] { $count } horas después de unirse
    }
waiting-settings-kick = Expulsión si sigue sin acceso: { $count ->
        [0] desactivada
        [one] { $count } hora después de unirse
       *[other] { $count } horas después de unirse
    }
waiting-refusal-needs-intent = No puedo configurar { $options }: la sala de espera necesita el **Server Members Intent** de Discord y funciono sin él. Quien gestiona el bot debe activarlo en el Discord Developer Portal, poner `members_intent = true` en la sección `[bot]` de mi archivo de configuración y reiniciarme. No se guardó nada.
waiting-warning-no-kick-permission = ⚠️ No tengo el permiso Expulsar miembros: hasta que lo tenga, no se expulsará a nadie { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } después de unirse, y cada expulsión que no pueda hacer generará una alerta para el equipo de moderación.
# El MD de recordatorio, una línea cada mensaje. $when: tiempo relativo («dentro de 20 horas»).
waiting-reminder = 👋 Te uniste a **{ $server }**, pero todavía no tienes acceso. Si tienes un código de invitación, canjéalo con `/redeem` en { $channel }.
waiting-reminder-waitlist = ¿No tienes código? Usa `/waitlist join` allí para pedirle uno al equipo de moderación.
waiting-reminder-returning = Ya fuiste miembro aquí: usa `/redeem` allí sin código para volver.
waiting-reminder-kick = Si { $when } sigues esperando, se te expulsará del servidor. Podrás volver a unirte más adelante.
# Motivo de la expulsión en el registro de auditoría del servidor.
waiting-kick-reason = Sin acceso { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } después de unirse (sala de espera)
waiting-log-kicked = 👢 Se ha expulsado a { $member }: seguía sin acceso { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } después de unirse.
# Completa «No pude …».
waiting-describe-remind = recordarle a { $user } por MD cómo entrar
waiting-describe-kick = expulsar a { $user }, que no consiguió acceso a tiempo
# Por qué un temporizador no hizo nada al vencer (tras «Cerrada: » en una alerta, o al pulsar Reintentar).
waiting-gone = Ya no está en el servidor.
waiting-rejoined = Salió y ha vuelto a unirse: ahora cuentan los temporizadores de su nueva entrada.
waiting-let-in = Se le ha dado acceso desde que se unió.
waiting-asked = Ha pedido entrar (una solicitud o la lista de espera) y espera la respuesta.
waiting-staff = Es admin o moderador en este servidor.
waiting-timer-off = Este temporizador de la sala de espera se ha desactivado desde entonces con /gate policy.
waiting-postponed = Su plazo se ha ampliado desde entonces con /gate policy: esperaré a que se cumpla.
