# Triagem de recém-chegados (SPEC seção 13): sinais de risco, idade mínima da conta, membros que voltam.

## /gate policy e /gate settings
screening-cmd-policy-min-account-age-days = Contas com menos dias que isso precisam da aprovação de um moderador (0 a 3650, 0: desligado)
screening-cmd-policy-returning = O que /redeem sem código faz com quem já foi admitido aqui e saiu
screening-returning-approve = Perguntar à equipe de moderação (citando a admissão anterior)
screening-returning-readmit = Deixar voltar na hora
screening-returning-code = Pedir um código novo
screening-settings-min-account-age = Idade mínima da conta: { $days ->
        [0] nenhuma
        [one] { $days } dia
       *[other] { $days } dias
    }
screening-settings-returning = Membros que voltam: { $returning ->
        [readmit] voltam na hora
        [code] precisam de um código novo
       *[approve] a equipe de moderação decide
    }

## O pedido de entrada
screening-request-signals = Sinais
screening-signal-account-age = Idade da conta: { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
screening-signal-avatar = Tem avatar próprio
screening-signal-no-avatar = ⚠️ Sem avatar próprio
screening-signal-first-time = Nenhum pedido anterior neste servidor
screening-signal-earlier = ⚠️ { $count ->
        [one] { $count } pedido anterior
       *[other] { $count } pedidos anteriores
    } neste servidor, { $denied } recusado(s)
screening-signal-came-back = Voltou sem código: o código e quem convidou são os da admissão anterior
screening-request-holds = Precisa de um moderador porque
screening-hold-young-account = ⚠️ A conta é mais nova que a idade mínima deste servidor.
screening-hold-returning = 🔁 Já foi admitido aqui (pedido #{ $number }, { $when }) e saiu.
screening-hold-returning-unknown = 🔁 Já foi admitido aqui e saiu.
screening-hold-denied-before = ⛔ Um pedido anterior dessa pessoa neste servidor foi recusado.
screening-hold-banned-before = ⛔ Já foi banido deste servidor.
screening-hold-suspended = ⛔ Está com suspensão neste servidor.

## /redeem sem código
screening-refusal-code-needed = Você precisa de um código de convite: use `/redeem` com o código que um membro te deu.
screening-refusal-code-returning = Que bom te ver de volta! Este servidor pede um código de convite novo para quem volta: use `/redeem` com o código que um membro te deu.
screening-refusal-code-flagged = Para voltar, você precisa de um código de convite novo, e um moderador vai analisar seu pedido: use `/redeem` com o código que um membro te deu.
screening-back-received = Que bom te ver de volta! Um moderador vai analisar seu pedido para voltar a **{ $server }**; você vai receber uma DM quando houver uma decisão.
screening-welcome-back = Boas-vindas de volta ao servidor **{ $server }**! O resto do servidor está aberto para você de novo.
