# Lista de espera: /waitlist join, leave e status; a entrada no canal da moderação com Convidar e Recusar,
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

waitlist-joined = Você está na lista de espera de **{ $server }**, na posição **{ $position }**. A equipe de moderação vai analisar; você receberá uma DM quando ela decidir.
waitlist-left = Você saiu da lista de espera.
waitlist-status-waiting = Você está na lista de espera, na posição **{ $position }**. Você entrou { $since }.
waitlist-status-invited = { $inviter } enviou a você um código de convite: **{ $code }**
waitlist-status-expires = Ele vale até { $when } ({ $relative }).
waitlist-status-code-ended = Esse código agora está { $status }. Para ser convidado de novo, entre outra vez na lista de espera com `/waitlist join`.
waitlist-status-declined = Seu pedido na lista de espera foi recusado { $when }. Você poderá voltar a partir de { $again }.
waitlist-status-none = Você não está na lista de espera. Para entrar, digite `/waitlist join` no canal de boas-vindas.
waitlist-how-to-redeem-link = Para entrar: se você não estiver mais no servidor, entre com { $link }; depois digite `/redeem { $code }` em { $channel }.
waitlist-how-to-redeem = Para entrar: digite `/redeem { $code }` em { $channel }.
waitlist-the-welcome-channel = o canal de boas-vindas

## Recusas do /waitlist

waitlist-refusal-wrong-channel = Para entrar na lista de espera, vá até { $channel } e use `/waitlist join` lá.
waitlist-refusal-member = Você já é membro aqui; a lista de espera é para quem ainda não entrou.
waitlist-refusal-closed = A lista de espera deste servidor está fechada. Peça um código de convite a um membro.
waitlist-refusal-admission-open = Você já resgatou um código e sua admissão ainda está em andamento; você não precisa da lista de espera.
waitlist-refusal-already-waiting = Você já está na lista de espera, na posição **{ $position }**.
waitlist-refusal-already-invited = Você já está na lista de espera e recebeu um código: veja `/waitlist status`.
waitlist-refusal-declined = Seu último pedido na lista de espera foi recusado. Você poderá voltar a partir de { $when } ({ $relative }).
waitlist-refusal-not-on-it = Você não está na lista de espera.
waitlist-refusal-entry-not-found = Esta entrada da lista de espera não existe mais.
waitlist-refusal-already-decided = Esta pessoa já foi { $decision ->
        [invited] convidada
       *[declined] recusada
    } por { $moderator } { $when }.
waitlist-refusal-closed-entry = { $status ->
        [redeemed] Esta pessoa já resgatou um código { $when }; a entrada dela está encerrada.
        [lapsed] O código desta pessoa deixou de valer sem uso e ela entrou de novo na lista { $when }; esta entrada está encerrada.
       *[left] Esta pessoa saiu da lista de espera { $when }; a entrada dela está encerrada.
    }

## A entrada no canal da moderação (no idioma do servidor)

waitlist-entry-title = Entrada nº { $number } da lista de espera
waitlist-entry-person = Pessoa
waitlist-entry-joined = Entrou
waitlist-entry-about = Sobre a pessoa
waitlist-entry-status = Status
waitlist-entry-reason = Motivo
waitlist-entry-person-value =
    { $person } ({ $id })
    Conta criada { $created }
waitlist-entry-waiting = ⏳ Aguardando a equipe de moderação
waitlist-entry-invited-by = 📨 Convidada por { $by } em { $when } com o código { $code }
waitlist-entry-declined-by = ❌ Recusada por { $by } em { $when }
waitlist-entry-redeemed = ✅ Resgatou um código em { $when }
waitlist-entry-left = 👋 Saiu em { $when }
waitlist-entry-lapsed = ⌛ O código deixou de valer sem uso; entrou de novo na lista em { $when }
waitlist-button-invite = Convidar
waitlist-button-decline = Recusar

## O formulário de recusa (no máximo 45 caracteres)

waitlist-decline-form-title = Recusar entrada da lista de espera
waitlist-decline-form-reason = Motivo (enviado à pessoa)

## Respostas ao moderador que clicou

waitlist-invited = { $person } convidada: o código { $code } foi enviado.
waitlist-invited-no-link = Não consegui criar um link de convite para o código; a pessoa recebeu só o código.
waitlist-declined = { $person } recusada.
waitlist-dm-refused = Não consegui mandar DM para { $person }: as DMs estão fechadas. A pessoa pode ver com `/waitlist status`.
waitlist-dm-delayed = Ainda não consegui mandar DM para { $person }; vou continuar tentando. A pessoa pode ver com `/waitlist status`.
waitlist-person-gone = { $person } saiu do servidor: a entrada foi encerrada e nenhum código foi criado.

## Para um membro cujo novo código está reservado para alguém da lista de espera

waitlist-vouched = { $person } estava na lista de espera: enviei este código por DM.
waitlist-vouched-dm-refused = { $person } estava na lista de espera, mas não consegui mandar este código por DM (as DMs estão fechadas); a pessoa pode ver com `/waitlist status`.
waitlist-vouched-dm-delayed = { $person } estava na lista de espera; ainda não consegui mandar este código por DM e vou continuar tentando. A pessoa pode ver com `/waitlist status`.

## DMs para a pessoa (no idioma dela)

waitlist-invited-dm = 🎉 { $inviter } convidou você para **{ $server }** pela lista de espera. Seu código de convite: { $code }, válido até { $expires }.
waitlist-declined-dm = Seu pedido na lista de espera de **{ $server }** foi recusado.
waitlist-declined-dm-reason = Motivo: { $reason }
waitlist-declined-dm-again = Você poderá voltar à lista de espera a partir de { $when }.

## Linhas do registro (no idioma do servidor)

waitlist-log-joined = 📝 { $person } entrou na lista de espera (entrada nº { $number }).
waitlist-log-invited = 📨 { $person } foi convidada da lista de espera por { $by } com o código { $code }.
waitlist-log-vouched = 📨 { $person }, da lista de espera, recebeu o código { $code } de { $by }, que responde por ela.
waitlist-log-declined = ❌ { $person } foi recusada na lista de espera por { $by }.
waitlist-log-declined-reason = ❌ { $person } foi recusada na lista de espera por { $by }: { $reason }

## Entregas: o que falhou ("Não consegui …") e por que nada foi enviado

waitlist-describe-entry = mostrar a entrada nº { $number } da lista de espera no canal da moderação
waitlist-describe-dm = mandar DM para { $user } sobre a entrada nº { $number } da lista de espera
waitlist-nothing-to-send = a entrada foi encerrada ou o código dela deixou de valer antes de a DM sair

## /gate waitlist

waitlist-gate-title = Lista de espera
waitlist-gate-empty = Ninguém está na lista de espera.
waitlist-gate-waiting = **{ $position }.** { $person } · esperando desde { $since }
waitlist-gate-invited = 📨 { $person } · entrou { $since } · convidada por { $by } { $when }

## /gate whois: a lista de espera da pessoa

waitlist-whois-heading = **Lista de espera ({ $count })**
waitlist-whois-joined = Entrou em { $when }
waitlist-whois-invited = convidada por { $by } { $when } com o código { $code }
waitlist-whois-waiting = esperando
waitlist-whois-declined = recusada por { $by } { $when }
waitlist-whois-redeemed = resgatou um código { $when }
waitlist-whois-left = saiu { $when }
waitlist-whois-lapsed = código não usado, entrou de novo { $when }

## /gate settings

waitlist-settings-waitlist = Lista de espera: { $state ->
    [on] aberta
   *[off] fechada
}
waitlist-settings-cooldown = Voltar à lista de espera depois de uma recusa: após { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
