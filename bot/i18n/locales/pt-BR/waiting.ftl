## A sala de espera (SPEC seção 13): quem entrou e não foi admitido recebe um lembrete por DM e depois é expulso.

waiting-cmd-policy-remind-after-hours = Horas após entrar até a DM de lembrete para quem não foi admitido (0 a 720, 0 = não)
waiting-cmd-policy-kick-after-hours = Horas após entrar até expulsar quem não foi admitido (0 a 720, 0 = não)
waiting-settings-remind = DM de lembrete: { $count ->
        [0] desativada
        [one] { $count } hora depois de entrar
       *[other] { $count } horas depois de entrar
    }
waiting-settings-kick = Expulsão sem admissão: { $count ->
        [0] desativada
        [one] { $count } hora depois de entrar
       *[other] { $count } horas depois de entrar
    }
waiting-refusal-needs-intent = Não posso definir { $options }: a sala de espera precisa do **Server Members Intent** do Discord, e estou rodando sem ele. Quem me hospeda precisa ativá-lo para o bot no Discord Developer Portal, colocar members_intent = true em [bot] no meu arquivo de configuração e me reiniciar. Nada foi salvo.
waiting-warning-no-kick-permission = ⚠️ Não tenho a permissão Expulsar membros: enquanto eu não a tiver, ninguém será expulso { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } depois de entrar, e cada expulsão que eu não conseguir fazer vai alertar a equipe de moderação.
waiting-reminder = 👋 Você entrou em **{ $server }**, mas ainda não foi admitido. Se você tem um código de convite, resgate-o com `/redeem` em { $channel }.
waiting-reminder-waitlist = Sem código? Use `/waitlist join` lá para pedir um à equipe de moderação.
waiting-reminder-kick = Se ainda estiver esperando até lá, você será removido do servidor { $when }. Você pode entrar de novo depois.
waiting-kick-reason = Não admitido em { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } depois de entrar (sala de espera)
waiting-log-kicked = 👢 { $member } foi expulso: não foi admitido em { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } depois de entrar.
waiting-describe-remind = lembrar { $user } por DM de como entrar
waiting-describe-kick = expulsar { $user }, que não foi admitido a tempo
waiting-gone = A pessoa não está mais no servidor.
waiting-rejoined = A pessoa saiu e entrou de novo desde então: valem os temporizadores da nova entrada.
waiting-let-in = A pessoa não está mais esperando: foi admitida, pediu para entrar ou está na lista de espera.
waiting-timer-off = Este temporizador da sala de espera foi desativado depois, com /gate policy.
waiting-postponed = As horas foram aumentadas depois, com /gate policy: ele espera até que passem.
