## A sala de espera (SPEC seção 13): quem entrou no servidor e continua sem acesso recebe um lembrete por DM e
## depois é expulso (expulsão do Discord: a pessoa pode entrar de novo; não é banimento nem suspensão).
## Precisa do Server Members Intent (members_intent em [bot] no arquivo de configuração).
## "Entrar no servidor" é o join do Discord; "ter o acesso liberado" é ser admitido (ou ir para a lista de espera).

# Opções do /gate policy (no máximo 100 caracteres).
waiting-cmd-policy-remind-after-hours = Horas depois de entrar até a DM de lembrete para quem segue sem acesso (0 a 720, 0: desativado)
waiting-cmd-policy-kick-after-hours = Horas depois de entrar até a expulsão de quem segue sem acesso (0 a 720, 0: desativado)
# Linhas do /gate settings. $count: horas (0: desativado).
waiting-settings-remind = DM de lembrete: { $count ->
        [0] desativada
        [one] { $count } hora depois de entrar
       *[other] { $count } horas depois de entrar
    }
waiting-settings-kick = Expulsão de quem segue sem acesso: { $count ->
        [0] desativada
        [one] { $count } hora depois de entrar
       *[other] { $count } horas depois de entrar
    }
# $options: os nomes das opções, entre crases.
waiting-refusal-needs-intent = Não posso definir { $options }: a sala de espera precisa do **Server Members Intent** do Discord, e estou rodando sem ele. Quem me hospeda precisa ativá-lo para o bot no Discord Developer Portal, colocar `members_intent = true` em `[bot]` no meu arquivo de configuração e me reiniciar. Nada foi salvo.
# "Expulsar membros" é o nome da permissão no Discord em português. $count: kick_after_hours (1 ou mais).
waiting-warning-no-kick-permission = ⚠️ Não tenho a permissão Expulsar membros: até eu ter essa permissão, não vou conseguir expulsar quem segue sem acesso { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } depois de entrar, e cada expulsão que falhar vai gerar um alerta para a equipe de moderação.
# A DM de lembrete, uma linha cada. $server: o nome do servidor; $channel: o canal de boas-vindas (menção).
waiting-reminder = 👋 Você entrou em **{ $server }**, mas o resto do servidor ainda não está aberto para você. Se você tem um código de convite, use `/redeem` em { $channel }.
waiting-reminder-waitlist = Sem código? Use `/waitlist join` lá para pedir um à equipe de moderação.
waiting-reminder-returning = Você já foi membro daqui: use `/redeem` lá, sem código, para voltar.
# $when: tempo relativo do Discord ("em 20 horas").
waiting-reminder-kick = Se você ainda estiver esperando, vou remover você do servidor { $when }. Você pode entrar de novo mais tarde.
# O motivo da expulsão no registro de auditoria do servidor.
waiting-kick-reason = Sem acesso liberado em até { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } depois de entrar (sala de espera)
# A linha no canal de registro. $member: menção.
waiting-log-kicked = 👢 Expulsão de { $member }: não teve o acesso liberado em até { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    } depois de entrar.
# Completa "Não consegui …".
waiting-describe-remind = mandar para { $user } a DM de lembrete sobre como entrar
waiting-describe-kick = expulsar { $user }, que não teve o acesso liberado a tempo
# Por que um temporizador não fez nada ao vencer (num alerta que ele encerra, ou para quem clicou em Tentar novamente).
waiting-gone = A pessoa não está mais no servidor.
waiting-rejoined = A pessoa saiu e entrou de novo no servidor desde então: agora valem os temporizadores dessa nova chegada.
waiting-let-in = A pessoa teve o acesso liberado desde que entrou.
waiting-asked = A pessoa pediu para entrar (um pedido de entrada ou a lista de espera) e aguarda a resposta.
waiting-staff = A pessoa é admin ou moderador aqui.
waiting-timer-off = Este temporizador da sala de espera foi desativado nesse meio-tempo, com `/gate policy`.
waiting-postponed = O prazo foi aumentado nesse meio-tempo, com `/gate policy`: o temporizador espera até ele passar.
