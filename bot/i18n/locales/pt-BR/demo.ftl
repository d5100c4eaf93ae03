# `python -m bot demo`: the offline walkthrough printed in a terminal (not Discord). Its reader is
# someone trying Doorman out. Plain text: no Discord markup. $who is a username such as "@alice" or
# "alice"; $channel a channel name with its "#", e.g. "#welcome".

## The simulated server: its name, roles, channels, and what people type in it.
demo-guild-name = Clube de Escalada
demo-role-member = Membro
demo-role-newcomer = Recém-chegado
demo-role-moderators = Moderadores
demo-role-admins = Admins
# Channel names: lowercase, no spaces (Discord's rule for text channels); hyphens between words.
demo-channel-welcome = boas-vindas
demo-channel-general = geral
demo-channel-mod-queue = pedidos-de-entrada
demo-channel-log = registro-doorman
# The note a member attaches to the code they create for their friend Bob.
demo-invite-note = Bob, do grupo de boulder de terça
# The reason a moderator types when denying a request.
demo-deny-reason = Ninguém do clube conhece esta conta
# What a newcomer types instead of a code: must not look like a code (12 letters or digits).
demo-bad-code = Me deixa entrar?

## Narration lines.
# The heading of each step: $number is 1, 2, 3...; $title one of the step titles below.
demo-step = ━━ Passo { $number }: { $title }
# Someone does something: $action is a slash command as typed, or one of the actions below.
demo-does = { $who } em { $channel }: { $action }
# What someone sees, followed by the text on the next lines.
demo-sees = { $who } vê:
# The same, for an answer Discord shows only to the person who used the command.
demo-sees-ephemeral = { $who } vê (só essa pessoa pode ver isto):
# Who sees: a person's direct messages; $who is a username.
demo-who-dm = { $who } (DM)
# Who sees: the moderators' channel after the bot edited the request in it.
demo-who-request-edited = { $channel } (o pedido, editado)
demo-who-alert-edited = { $channel } (o alerta, editado)
# An action: clicking a button; $label is the button's label as the bot wrote it.
demo-clicks = clica em [ { $label } ]
# An action: typing the reason into the deny form; $reason is demo-deny-reason.
demo-types-reason = digita o motivo: { $reason }
# A member's roles, listed; $roles is a comma-separated list of role names.
demo-roles-before = Cargos de { $who } antes: { $roles }
demo-roles-after = Cargos de { $who } depois: { $roles }   (digitado em minúsculas e com espaços: o código funciona mesmo assim)
demo-roles = Cargos de { $who }: { $roles }
# In place of the list of roles, for a member who has none.
demo-no-roles = nenhum cargo

## Step titles and notes, in the order of the story.
demo-step-setup = Um admin configura o Doorman
# $everyone is "@everyone"; $member "@Member" (demo-role-member); $welcome and $modqueue channel names with "#".
demo-note-setup = { $everyone } só vê { $welcome }; { $member } vê o resto; { $modqueue } é para a equipe de moderação.
demo-step-invite = Um membro cria um código de convite para um amigo
demo-step-redeem = O recém-chegado resgata o código em { $welcome } e é admitido
demo-step-approval-on = O admin ativa a aprovação pela equipe de moderação
demo-step-request = Um segundo recém-chegado resgata um código: o pedido vai para a equipe de moderação
# $label is the Approve button's label as the bot wrote it.
demo-step-refused = Alguém que não é moderador clica em { $label }: sem permissão
# $who is "eve"; $modqueue the moderators' channel with its "#".
demo-note-refused = { $who } é um membro comum que consegue ver { $modqueue } por causa de uma permissão mal configurada.
demo-step-approved = Um moderador aprova o pedido
demo-step-denied = Um terceiro recém-chegado é recusado, com um motivo
demo-step-lockout = Um código inválido, depois um bloqueio
demo-step-whois = Quem convidou quem
# Introduces the lines of the log channel; $log is its name with "#".
demo-note-log = { $log }, uma linha por evento:

## Times shown relative to now (Discord shows <t:...:R> this way).
demo-time-now = agora mesmo
# $unit is day, hour or minute; $count how many.
demo-time-future = em { $unit ->
    [day] { $count ->
        [one] 1 dia
       *[other] { $count } dias
    }
    [hour] { $count ->
        [one] 1 hora
       *[other] { $count } horas
    }
   *[minute] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
}
demo-time-past = há { $unit ->
    [day] { $count ->
        [one] 1 dia
       *[other] { $count } dias
    }
    [hour] { $count ->
        [one] 1 hora
       *[other] { $count } horas
    }
   *[minute] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
}

## The invitation lifecycle around the gate (SPEC sections 10 and 11)
demo-step-shared-link = O admin compartilha um link para um dia de portas abertas: cada resgate aguarda um moderador
demo-note-shared-link = A aprovação continua desativada, mas ninguém se responsabiliza pessoalmente por quem chega por um link compartilhado: um moderador confere cada recém-chegado.
demo-shared-link-note = Dia de portas abertas, sábado
demo-step-waitlist = Alguém que não conhece ninguém no clube entra na lista de espera em { $welcome }
demo-waitlist-about = Escalo no ginásio às sextas e adoraria participar das saídas do clube
demo-step-regenerate = Um membro substitui um código que vazou
demo-note-regenerate = { $who } postou um código num chat público sem querer: um novo código entra no lugar dele, com os mesmos usos e a mesma validade, sem gastar mais cota.

## Responsabilidade por quem se convida (SPEC seção 12)
demo-step-ban = Alguém por quem um membro se responsabilizou é banido: a equipe de moderação vê quem se responsabilizou e suspende esse membro
demo-note-ban = { $inviter } convida { $banned }, que acaba sendo uma conta de spam.
demo-bans = bane { $who } do servidor
demo-step-tree = A árvore de convites: quem convidou quem e a situação de cada um
demo-step-tenure = Tempo de casa: membros só convidam depois de uma semana no servidor

## Triagem de recém-chegados (SPEC seção 13)
# An action: typing into a form; $label is the input's label (a question), $text what is typed.
demo-types-into = digita em “{ $label }”: { $text }
# Actions in Discord itself, not Doorman commands.
demo-leaves = sai do servidor
demo-joins-again = entra no servidor de novo
demo-joins = entra no servidor por um link de convite que alguém postou, e nunca resgata um código
# The simulated clock jumps ahead; $count: how many hours.
demo-hours-later = ⏳ { $count ->
    [one] { $count } hora depois
   *[other] { $count } horas depois
}
demo-gone = { $who } não está mais no servidor.
demo-step-returning = Um membro que saiu volta sem código: a equipe de moderação vê que ele já esteve aqui
demo-note-returning = { $who } saiu do servidor há um tempo e quer voltar; o código que usou já está esgotado faz tempo.
demo-step-young-account = Aprovação desativada, mas com idade mínima de conta: uma conta recém-criada ainda aguarda um moderador
demo-note-young-account = Contas de spam costumam ser recém-criadas, assim como todas as contas desta demo.
demo-step-questions = Perguntas de entrada: um recém-chegado responde, e a equipe de moderação lê as respostas
# At most 45 characters each; the second ends in "(opcional)" as questions-admin-form-placeholder writes it.
demo-question-climbing = Há quanto tempo você escala?
demo-question-where = Onde você costuma escalar? (opcional)
demo-answer-climbing = Uns dois anos, principalmente boulder
demo-answer-where = No ginásio perto da estação, e em Fontainebleau toda primavera
demo-step-waiting-room = A sala de espera: quem entra mas nunca resgata um código recebe um lembrete e depois é expulso
demo-note-waiting-room = Para isso o bot precisa do Server Members Intent do Discord (members_intent = true na configuração dele); o bot da demo tem.
# With --web: the dashboard served on the demo's data until Ctrl+C, after /dashboard gave ada and mo a sign-in link each.
demo-step-dashboard = O painel: o mesmo controle de entrada, no navegador
demo-note-dashboard = Cada link acima serve para um único login, em até 10 minutos. Com o de { $admin } (admin), você vê as configurações, todos os códigos, a árvore de convites, o registro de auditoria e os gráficos; com o de { $moderator } (moderação), os pedidos pendentes, entre eles o de { $who }: aprove-o lá, e o bot dá os cargos a { $who } no servidor simulado. Pressione Ctrl+C para parar.
demo-dashboard-not-served = Não foi possível abrir o painel: a porta { $port } está em uso. Rode a demo de novo com `--port` e outro número.
