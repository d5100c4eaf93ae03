## La sala de espera (SPEC sección 13): a quien se unió y no fue admitido se le recuerda por MD y luego se le expulsa.

waiting-cmd-policy-remind-after-hours = Horas tras unirse hasta el MD de recordatorio a quien no fue admitido (0 a 720, 0 = no)
waiting-cmd-policy-kick-after-hours = Horas tras unirse hasta expulsar a quien no fue admitido (0 a 720, 0 = no)
waiting-settings-remind = MD de recordatorio: { $count ->
        [0] desactivado
        [one] { $count } hora después de unirse
       *[other] { $count } horas después de unirse
    }
waiting-settings-kick = Expulsión si no es admitido: { $count ->
        [0] desactivada
        [one] { $count } hora después de unirse
       *[other] { $count } horas después de unirse
    }
waiting-refusal-needs-intent = No puedo cambiar { $options }: la sala de espera necesita el **Server Members Intent** de Discord y funciono sin él. Quien me gestiona debe activarlo para el bot en el Discord Developer Portal, poner members_intent = true en [bot] en mi archivo de configuración y reiniciarme. No se guardó nada.
waiting-warning-no-kick-permission = ⚠️ Me falta el permiso Expulsar miembros: hasta que lo tenga, no se expulsará a nadie { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } después de unirse, y cada expulsión que no pueda hacer avisará al equipo de moderación.
waiting-reminder = 👋 Te uniste a **{ $server }**, pero todavía no te han admitido. Si tienes un código de invitación, canjéalo con `/redeem` en { $channel }.
waiting-reminder-waitlist = ¿No tienes código? Usa `/waitlist join` allí para pedirle uno al equipo de moderación.
waiting-reminder-kick = Si para entonces sigues esperando, se te sacará del servidor { $when }. Podrás volver a unirte más adelante.
waiting-kick-reason = No admitido en { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } tras unirse (sala de espera)
waiting-log-kicked = 👢 { $member } fue expulsado: no fue admitido en { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } tras unirse.
waiting-describe-remind = recordarle a { $user } por MD cómo entrar
waiting-describe-kick = expulsar a { $user }, que no fue admitido a tiempo
waiting-gone = Ya no está en el servidor.
waiting-rejoined = Salió y volvió a unirse desde entonces: cuentan los temporizadores de su nueva entrada.
waiting-let-in = Ya no está esperando: fue admitido, pidió entrar o está en la lista de espera.
waiting-timer-off = Este temporizador de la sala de espera se desactivó después con /gate policy.
waiting-postponed = Sus horas se ampliaron después con /gate policy: espera hasta que pasen.
