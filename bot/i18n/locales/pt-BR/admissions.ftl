# Admissões: /redeem, o pedido de entrada no canal da moderação, as DMs para o recém-chegado e para quem convidou.

## Descrições dos comandos

admissions-cmd-redeem = Entrar no servidor com o código de convite que um membro deu a você
admissions-cmd-redeem-code = Seu código de convite, por ex. 7KQ2-M9XD-4HBT

## Respostas ao recém-chegado depois do /redeem

admissions-request-received = Seu código foi aceito. Um moderador vai analisar seu pedido de entrada em **{ $server }**; você vai receber uma DM quando houver uma decisão.
admissions-welcome = Boas-vindas ao servidor **{ $server }**! Quem convidou você foi { $inviter }; o resto do servidor já está aberto para você.
admissions-roles-delayed = Seu código foi aceito, mas ainda não consegui atribuir seus cargos. A equipe de moderação foi avisada e vai resolver isso; você não precisa resgatar o código de novo.

## O pedido de entrada no canal da moderação

admissions-request-title = Pedido de entrada #{ $number }
admissions-request-newcomer = Recém-chegado
admissions-request-invited-by = Convidado por
admissions-request-shared-link = { $admin }, por um link compartilhado (`/gate link`): ninguém se responsabilizou pessoalmente por este recém-chegado
admissions-request-code = Código
admissions-request-note = Nota de quem convidou
admissions-request-redeemed = Resgatado
admissions-request-decision = Decisão
admissions-request-reason = Motivo
admissions-request-closed = Encerrado
admissions-request-newcomer-value =
    { $newcomer } ({ $id })
    Conta criada { $created }
admissions-request-denied-by = ❌ Recusado por { $moderator } em { $when }
admissions-request-approved-by = ✅ Aprovado por { $moderator } em { $when }
admissions-request-roles-pending = ⚠️ Cargos ainda não atribuídos: veja o alerta abaixo e clique em **Tentar novamente**.
admissions-request-left = O recém-chegado saiu do servidor antes de ser admitido.
admissions-button-approve = Aprovar
admissions-button-deny = Recusar
admissions-moved-to = 📦 Movido para { $channel }, o novo canal da moderação: decida por lá.

## O formulário de recusa (no máximo 45 caracteres)

admissions-deny-form-title = Recusar pedido de entrada
admissions-deny-form-reason = Motivo (enviado ao recém-chegado)

## Respostas ao moderador que decidiu

admissions-decided = { $verb ->
        [denied] Recusado
       *[approved] Aprovado
    }: pedido #{ $number } de { $newcomer }.
admissions-dm-refused = Decisão registrada, mas não consegui mandar uma DM para { $newcomer } sobre ela: as DMs dessa pessoa estão fechadas.
admissions-dm-delayed = Decisão registrada, mas ainda não consegui mandar uma DM para { $newcomer } sobre ela; vou continuar tentando.

## Avisos no canal da moderação

admissions-dm-undelivered = ℹ️ Não consegui mandar uma DM para { $newcomer } sobre a decisão que { $moderator } tomou no pedido #{ $number }: as DMs dessa pessoa estão fechadas.
admissions-guessing-alert = 🚨 Muitas tentativas malsucedidas de `/redeem` { $minutes ->
        [one] no último minuto
       *[other] nos últimos { $minutes } minutos
    }: talvez alguém esteja tentando adivinhar códigos. Cada conta é bloqueada depois de { $attempts ->
        [one] { $attempts } falha
       *[other] { $attempts } falhas
    }; `/gate codes` mostra o que está ativo.

## Mensagens diretas

admissions-inviter-dm = { $newcomer } entrou em **{ $server }** com seu código { $code }.
admissions-approved-dm-welcome = ✅ Um moderador aprovou seu pedido de entrada em **{ $server }**. Boas-vindas!
admissions-approved-dm-roles-pending = ✅ Um moderador aprovou seu pedido de entrada em **{ $server }**. Ainda não foi possível atribuir seus cargos; a equipe de moderação foi avisada e isso será tentado de novo.
admissions-denied-dm = ❌ Seu pedido de entrada em **{ $server }** foi recusado por um moderador.
admissions-denied-dm-reason = Motivo: { $reason }

## O que o bot faz numa entrada, como a equipe de moderação vê num alerta

admissions-audit-reason = Entrada #{ $number } pelo Doorman: código { $code } do usuário { $inviter }
# Completa "Não consegui …".
admissions-describe-grant = atribuir os cargos a { $newcomer } (entrada #{ $number }, código { $code } de { $inviter })
admissions-describe-request = mostrar o pedido de entrada #{ $number } no canal da moderação
admissions-describe-dm = mandar uma DM para { $user } sobre a entrada #{ $number }
admissions-describe-undelivered = avisar a equipe de moderação de que não foi possível mandar uma decisão por DM
admissions-describe-guessing = avisar a equipe de moderação sobre uma série de resgates malsucedidos
admissions-role-gone = o cargo de membro não existe mais; use `/gate setup` de novo
admissions-roles-refused = O Discord recusou: meu cargo precisa estar acima do cargo de membro, com a permissão Gerenciar cargos
admissions-closed-already = Nada a fazer: a entrada #{ $number } já está encerrada.
admissions-newcomer-left = { $newcomer } saiu do servidor; a entrada foi encerrada.
admissions-roles-granted = Pronto: { $newcomer } já tem os cargos.
admissions-no-one-to-tell = A pessoa saiu do servidor; não há ninguém para avisar.
admissions-dms-closed = As DMs dessa pessoa estão fechadas.
