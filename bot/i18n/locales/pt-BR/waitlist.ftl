# Lista de espera: /waitlist join, leave e status; a inscrição no canal da moderação com Convidar e Recusar,
# o formulário de recusa, as DMs, as linhas do registro, /gate waitlist, /gate whois e as duas políticas.

## Descrições dos comandos (no máximo 100 caracteres)

waitlist-cmd-group = A lista de espera, para quem não tem código de convite
waitlist-cmd-join = Entrar na lista de espera: pedir à equipe de moderação para entrar sem código
waitlist-cmd-join-about = Algumas palavras sobre você para a equipe de moderação (até 300 caracteres)
waitlist-cmd-leave = Sair da lista de espera
waitlist-cmd-status = Sua posição na lista de espera, ou o código que você recebeu
waitlist-cmd-gate = A lista de espera: quem está esperando, em que ordem e há quanto tempo
waitlist-cmd-policy-waitlist = Se quem não tem código pode entrar na lista de espera
waitlist-cmd-policy-cooldown-days = Dias depois de uma recusa até poder voltar à lista de espera (0 a 365)

## Respostas à pessoa na lista de espera

waitlist-joined = Você está na lista de espera de **{ $server }**, na posição **{ $position }**. A equipe de moderação vai analisar seu pedido; você vai receber uma DM quando houver uma decisão.
waitlist-left = Você saiu da lista de espera.
waitlist-status-waiting = Você está na lista de espera, na posição **{ $position }**. Você entrou na lista { $since }.
waitlist-status-invited = { $inviter } enviou um código de convite para você: **{ $code }**
waitlist-status-expires = Ele é válido até { $when } ({ $relative }).
waitlist-status-code-ended = Esse código agora está { $status }. Para ser convidado de novo, entre outra vez na lista de espera com `/waitlist join`.
waitlist-status-declined = Seu pedido na lista de espera foi recusado { $when }. Você poderá voltar à lista a partir de { $again }.
waitlist-status-none = Você não está na lista de espera. Para entrar, digite `/waitlist join` no canal de boas-vindas.
waitlist-how-to-redeem-link = Para entrar: se você não estiver mais no servidor, entre pelo link { $link }; depois digite `/redeem { $code }` em { $channel }.
waitlist-how-to-redeem = Para entrar: digite `/redeem { $code }` em { $channel }.
waitlist-the-welcome-channel = o canal de boas-vindas

## Recusas do /waitlist

waitlist-refusal-wrong-channel = A lista de espera fica em { $channel }. Use `/waitlist join` lá.
waitlist-refusal-member = Você já é membro daqui; a lista de espera é para quem não tem como entrar.
waitlist-refusal-closed = A lista de espera deste servidor está fechada. Peça um código de convite a um membro.
waitlist-refusal-admission-open = Você já resgatou um código e seu pedido de entrada ainda está em andamento; você não precisa da lista de espera.
waitlist-refusal-already-waiting = Você já está na lista de espera, na posição **{ $position }**.
waitlist-refusal-already-invited = Você já está na lista de espera e recebeu um código: veja `/waitlist status`.
waitlist-refusal-declined = Seu último pedido na lista de espera foi recusado. Você poderá voltar a partir de { $when } ({ $relative }).
waitlist-refusal-too-often = Você entrou na lista de espera { $count ->
        [one] uma vez
       *[other] { $count } vezes
    } nas últimas 24 horas. Você poderá entrar de novo { $relative }.
waitlist-refusal-not-on-it = Você não está na lista de espera.
waitlist-refusal-entry-not-found = Esta inscrição na lista de espera não existe mais.
waitlist-refusal-already-decided = Esta pessoa já foi { $decision ->
        [invited] convidada
       *[declined] recusada
    } por { $moderator } { $when }.
waitlist-refusal-closed-entry = { $status ->
        [redeemed] Esta pessoa já resgatou um código { $when }; a inscrição dela está encerrada.
        [lapsed] O código desta pessoa deixou de valer sem uso e ela entrou de novo na lista { $when }; esta inscrição está encerrada.
       *[left] Esta pessoa saiu da lista de espera { $when }; a inscrição dela está encerrada.
    }

## A inscrição no canal da moderação (no idioma do servidor)

waitlist-entry-title = Inscrição #{ $number } na lista de espera
waitlist-entry-person = Pessoa
waitlist-entry-joined = Entrou na lista
waitlist-entry-about = Sobre a pessoa
waitlist-entry-status = Status
waitlist-entry-reason = Motivo
waitlist-entry-person-value =
    { $person } ({ $id })
    Conta criada { $created }
waitlist-entry-waiting = ⏳ Aguardando a equipe de moderação
waitlist-entry-invited-by = 📨 Convidado por { $by } em { $when } com o código { $code }
waitlist-entry-declined-by = ❌ Recusado por { $by } em { $when }
waitlist-entry-redeemed = ✅ Resgatou um código em { $when }
waitlist-entry-left = 👋 Saiu em { $when }
waitlist-entry-lapsed = ⌛ O código deixou de valer sem uso; voltou à lista em { $when }
waitlist-button-invite = Convidar
waitlist-button-decline = Recusar

## O formulário de recusa (no máximo 45 caracteres)

waitlist-decline-form-title = Recusar inscrição na lista de espera
waitlist-decline-form-reason = Motivo (enviado à pessoa)

## Respostas ao moderador que clicou

waitlist-invited = Você convidou { $person }: o código { $code } foi enviado para essa pessoa.
waitlist-invited-no-link = Não consegui criar um link de convite para o código; a pessoa recebeu só o código.
waitlist-declined = Você recusou o pedido de { $person }.
waitlist-dm-refused = Não consegui mandar uma DM para { $person }: as DMs dessa pessoa estão fechadas. Ela pode conferir com `/waitlist status`.
waitlist-dm-delayed = Ainda não consegui mandar uma DM para { $person }; vou continuar tentando. Essa pessoa pode conferir com `/waitlist status`.
waitlist-person-gone = { $person } saiu do servidor: a inscrição foi encerrada e nenhum código foi criado.

## Para um membro cujo novo código está reservado para alguém da lista de espera

waitlist-vouched = { $person } estava na lista de espera: já mandei este código por DM para essa pessoa.
waitlist-vouched-dm-refused = { $person } estava na lista de espera, mas não consegui mandar este código por DM (as DMs dessa pessoa estão fechadas); ela pode conferir com `/waitlist status`.
waitlist-vouched-dm-delayed = { $person } estava na lista de espera; ainda não consegui mandar este código por DM e vou continuar tentando. Essa pessoa pode conferir com `/waitlist status`.

## DMs para a pessoa (no idioma dela)

waitlist-invited-dm = 🎉 { $inviter } convidou você para **{ $server }** pela lista de espera. Seu código de convite: { $code }, válido até { $expires }.
waitlist-declined-dm = Seu pedido na lista de espera de **{ $server }** foi recusado.
waitlist-declined-dm-reason = Motivo: { $reason }
waitlist-declined-dm-again = Você poderá voltar à lista de espera a partir de { $when }.

## Linhas do registro (no idioma do servidor)

waitlist-log-joined = 📝 { $person } entrou na lista de espera (inscrição #{ $number }).
waitlist-log-invited = 📨 { $by } convidou { $person }, que estava na lista de espera, com o código { $code }.
waitlist-log-vouched = 📨 { $person } estava na lista de espera e recebeu o código { $code } de { $by }, que se responsabiliza por essa pessoa.
waitlist-log-declined = ❌ { $by } recusou o pedido de { $person } na lista de espera.
waitlist-log-declined-reason = ❌ { $by } recusou o pedido de { $person } na lista de espera: { $reason }

## Entregas: o que falhou ("Não consegui …") e por que nada foi enviado

waitlist-describe-entry = mostrar a inscrição #{ $number } na lista de espera no canal da moderação
waitlist-describe-dm = mandar uma DM para { $user } sobre a inscrição #{ $number } na lista de espera
waitlist-nothing-to-send = A inscrição foi encerrada, ou o código dela deixou de valer, antes de a DM ser enviada.

## /gate waitlist

waitlist-gate-title = Lista de espera
waitlist-gate-empty = Ninguém está na lista de espera.
waitlist-gate-waiting = **{ $position }.** { $person } · entrou na lista { $since }
waitlist-gate-invited = 📨 { $person } · entrou na lista { $since } · convidado por { $by } { $when }

## /gate whois: a lista de espera da pessoa

waitlist-whois-heading = **Lista de espera ({ $count })**
waitlist-whois-joined = Entrou em { $when }
waitlist-whois-invited = convidado por { $by } { $when } com o código { $code }
waitlist-whois-waiting = esperando
waitlist-whois-declined = recusado por { $by } { $when }
waitlist-whois-redeemed = resgatou um código { $when }
waitlist-whois-left = saiu { $when }
waitlist-whois-lapsed = o código acabou sem uso; voltou à lista { $when }

## /gate settings

waitlist-settings-waitlist = Lista de espera: { $state ->
    [on] aberta
   *[off] fechada
}
waitlist-settings-cooldown = Espera para voltar à lista depois de uma recusa: { $days ->
    [0] nenhuma
    [one] { $days } dia
   *[other] { $days } dias
}

waitlist-undelivered-invited = ⚠️ Não consegui mandar por DM para { $person } o código que recebeu da lista de espera: as DMs dessa pessoa estão fechadas. Ela pode conferir com `/waitlist status` em { $channel }.
waitlist-undelivered-declined = ⚠️ Não consegui avisar { $person } de que o pedido na lista de espera foi recusado: as DMs dessa pessoa estão fechadas. O `/waitlist status` mostra isso para ela.
waitlist-describe-undelivered = avisar que uma DM da lista de espera não pôde ser entregue
