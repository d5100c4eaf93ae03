# Triagem de recém-chegados (SPEC seção 13): sinais de risco, idade mínima da conta, ex-membros que voltam.
# O recém-chegado pode ser de qualquer gênero: "essa pessoa", "quem já foi membro", "Essa pessoa já foi banida", em vez de
# "Já foi admitido/banido".

## /gate policy e /gate settings (descrições e escolhas: no máximo 100 caracteres)
screening-cmd-policy-min-account-age-days = Contas com menos dias que isso precisam da aprovação de um moderador (0 a 3650, 0: desativado)
screening-cmd-policy-returning = O que o /redeem sem código faz quando alguém que já foi membro daqui volta
screening-returning-approve = Perguntar à equipe de moderação (indicando a entrada anterior)
screening-returning-readmit = Deixar a pessoa voltar na hora
screening-returning-code = Pedir um código novo
screening-settings-min-account-age = Idade mínima da conta: { $days ->
        [0] nenhuma
        [one] { $days } dia
       *[other] { $days } dias
    }
screening-settings-returning = Ex-membros que voltam: { $returning ->
        [readmit] voltam na hora
        [code] precisam de um código novo
       *[approve] a equipe de moderação decide
    }

## O pedido de entrada: sinais de risco e por que um moderador precisa decidir mesmo com a aprovação desativada
screening-request-signals = Sinais de risco
# $days: idade da conta no resgate (0 quando tem menos de um dia).
screening-signal-account-age = Idade da conta: { $days ->
        [0] menos de 1 dia
        [one] { $days } dia
       *[other] { $days } dias
    }
screening-signal-avatar = Tem avatar próprio
screening-signal-no-avatar = ⚠️ Sem avatar próprio
screening-signal-first-time = Nenhum pedido anterior neste servidor
# $count: pedidos anteriores (1 ou mais); $denied: quantos deles foram recusados (0 ou mais).
screening-signal-earlier = { $count ->
        [one] { $count } pedido anterior
       *[other] { $count } pedidos anteriores
    } neste servidor, { $denied ->
        [0] nenhum recusado
        [one] { $denied } recusado
       *[other] { $denied } recusados
    }
screening-signal-came-back = Voltou sem código: o código e quem convidou são os da entrada anterior
screening-log-readmitted = 🔁 { $member } voltou sem código, pela entrada anterior (código { $code } de { $inviter }).
screening-log-readmitted-approved = 🔁 { $member } voltou sem código, pela entrada anterior (código { $code } de { $inviter }), com aprovação de { $moderator }.
# Título do campo; cada motivo vem abaixo, numa linha própria.
screening-request-holds = Um moderador precisa decidir porque
screening-hold-young-account = ⚠️ A conta é mais nova que a idade mínima exigida neste servidor.
# $number: o número do pedido da entrada anterior; $when: uma data do Discord.
screening-hold-returning = 🔁 Essa pessoa já foi membro daqui (pedido #{ $number }, { $when }) e saiu.
screening-hold-denied-before = ⛔ Um pedido anterior dessa pessoa neste servidor foi recusado.
screening-hold-banned-before = ⛔ Essa pessoa já foi banida deste servidor.
screening-hold-suspended = ⛔ Essa pessoa está com uma suspensão em vigor neste servidor.
screening-hold-suspended-before = ⛔ Essa pessoa já teve uma suspensão neste servidor (suspensão já retirada).
screening-hold-inviter-suspended = ⛔ O membro cujo código deu entrada a essa pessoa da outra vez está com uma suspensão em vigor.

## /redeem sem código
screening-refusal-code-needed = Você precisa de um código de convite: use `/redeem` com o código que um membro deu a você.
screening-refusal-code-returning = Que bom ter você de volta! Neste servidor, quem volta precisa de um código de convite novo: use `/redeem` com o código que um membro deu a você.
screening-refusal-code-flagged = Para voltar, você precisa de um código de convite novo, e um moderador vai analisar seu pedido: use `/redeem` com o código que um membro deu a você.
screening-back-received = Que bom ter você de volta! Um moderador vai analisar seu pedido para voltar ao servidor **{ $server }**; você vai receber uma DM quando houver uma decisão.
screening-welcome-back = Que bom ter você de volta em **{ $server }**! O resto do servidor está aberto para você de novo.
