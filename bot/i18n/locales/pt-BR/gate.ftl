# /gate: os comandos dos admins. Cada resposta é efêmera e lida pelo admin que executou o comando.

## Descrições de comandos, opções e escolhas (no máximo 100 caracteres)

gate-cmd-group = Configurar o Doorman e auditar as entradas
gate-cmd-setup = Definir os canais e cargos com que o Doorman trabalha
gate-cmd-setup-welcome-channel = Onde os recém-chegados usam /redeem
gate-cmd-setup-mod-channel = Para onde vão os pedidos de entrada e os alertas
gate-cmd-setup-member-role = O cargo que um membro recebe ao ser admitido
gate-cmd-setup-newcomer-role = Um cargo que os recém-chegados têm até serem admitidos (removido depois)
gate-cmd-setup-log-channel = Para onde vai uma linha por entrada, recusa, revogação e mudança de configuração
gate-cmd-setup-mod-role = Cargo que pode aprovar ou recusar pedidos (quem tem Gerenciar cargos sempre pode)
gate-cmd-setup-language = O idioma do canal da moderação, dos alertas e do registro
gate-cmd-approval = Se um moderador precisa aprovar cada resgate de código
gate-cmd-policy = Mudar as cotas, a validade dos códigos e a aprovação neste servidor
gate-cmd-policy-invites-per-member = Usos que um membro pode distribuir por período (0 a 1000)
gate-cmd-policy-quota-period-days = Duração do período móvel da cota, em dias (1 a 365)
gate-cmd-policy-code-ttl-days = Validade padrão de um código, em dias (1 a 30)
gate-cmd-policy-max-uses-per-code = Máximo de usos de um código (1 a 100)
gate-cmd-settings = Mostrar tudo o que vale neste servidor
gate-cmd-quota = Dar uma cota de convites própria a quem tem um cargo
gate-cmd-quota-role = O cargo
gate-cmd-quota-amount = Usos por período (0: não podem convidar)
gate-cmd-quota-period-days = Duração do período, em dias
gate-cmd-grant = Aumentar (ou, negativo, diminuir) o limite de convites de um membro
gate-cmd-grant-member = O membro
gate-cmd-grant-amount = Usos somados ao limite (negativo diminui, 0 redefine)
gate-cmd-codes = Listar os códigos deste servidor, ou os de um membro
gate-cmd-codes-member = Só os códigos deste membro
gate-cmd-revoke = Revogar qualquer código deste servidor
gate-cmd-revoke-code = O código, por exemplo 7KQ2-M9XD-4HBT
gate-cmd-revoke-all = Revogar todos os códigos ativos de um membro
gate-cmd-revoke-all-member = De quem revogar os códigos
gate-cmd-pending = Ver pedidos de entrada abertos e atribuições de cargos pendentes
gate-cmd-whois = Ver quem convidou um membro e quem ele convidou
gate-cmd-whois-member = O membro a consultar
gate-cmd-link = Um código e um link de convite para muitas pessoas; um moderador aprova cada recém-chegado
gate-cmd-link-uses = Quantas pessoas podem usá-lo (de 1 a 1000, padrão: 25)

## /gate link's reply, read by the admin who ran it: one code to share with many people (an announcement,
## a website). Its Discord link allows at most 100 uses; every redemption waits for a moderator's approval.

gate-link-created-code = Código de convite compartilhado: **{ $code }**
gate-link-unlimited = Um link do Discord permite no máximo { $most } usos, então este link não tem limite próprio: o código deixa de funcionar depois de { $count } usos.
gate-link-approval = Cada resgate deste código aguarda a aprovação de um moderador, seja qual for a configuração `approval`.
gate-link-share = Compartilhe isto: entre no servidor e digite `/redeem { $code }` em { $channel }.
gate-link-share-link = Compartilhe isto: entre pelo link { $link } e digite `/redeem { $code }` em { $channel }.

## Idiomas: cada idioma tem o próprio nome, igual em todos os catálogos.

gate-language-server = O idioma principal do servidor
gate-language-en = English
gate-language-de = Deutsch
gate-language-es = Español
gate-language-fr = Français
gate-language-pt-br = Português (Brasil)
gate-language-ja = 日本語

## /gate setup, /gate policy, /gate settings

gate-saved = Salvo.
gate-settings-title = Configurações do Doorman
gate-settings-not-set-up = Ainda não configurado: use `/gate setup`.
gate-settings-places = Canais e cargos
gate-settings-not-set = não definido
gate-settings-welcome-channel = Canal de boas-vindas: { $place }
gate-settings-mod-channel = Canal da moderação: { $place }
gate-settings-log-channel = Canal de registro: { $place }
gate-settings-member-role = Cargo de membro: { $place }
gate-settings-newcomer-role = Cargo de recém-chegado: { $place }
gate-settings-mod-role = Cargo de moderador: { $place } (e qualquer pessoa com Gerenciar cargos)
gate-settings-language = Idioma: { $language }
gate-settings-language-server = Idioma: { $language } (o idioma principal do servidor)
gate-settings-policy = Regras
gate-settings-default = {" "}(padrão)
gate-settings-approval = Aprovação: { $approval ->
    [on] ativada
   *[off] desativada
}
gate-settings-invites-per-member = Convites por membro: { $amount } { $period ->
    [one] por dia
   *[other] a cada { $period } dias
}
gate-settings-code-lifetime = Validade dos códigos: { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
gate-settings-max-uses = Máximo de usos por código: { $uses }
gate-settings-lockout = Bloqueio: { $attempts ->
    [one] { $attempts } tentativa malsucedida bloqueia
   *[other] { $attempts } tentativas malsucedidas bloqueiam
} o /redeem por { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} (arquivo de configuração)
gate-settings-role-quotas = Cotas por cargo
gate-settings-role-quota = { $role }: { $amount } { $period ->
    [one] por dia
   *[other] a cada { $period } dias
}
gate-settings-no-role-quotas = Nenhuma: todo membro tem a cota padrão.

## /gate quota e /gate grant

gate-quota-set = Quem tem { $role } agora pode distribuir { $amount ->
    [0] 0 usos
    [one] { $amount } uso
   *[other] { $amount } usos
} { $period ->
    [one] por dia
   *[other] a cada { $period } dias
}. Cada membro recebe a maior cota entre os seus cargos.
gate-grant-set = O ajuste de { $member } agora é { $adjustment }: o limite é de { $limit ->
    [0] 0 usos
    [one] { $limit } uso
   *[other] { $limit } usos
} { $period ->
    [one] por dia
   *[other] a cada { $period } dias
} ({ $used } em uso).
gate-grant-set-unlimited = O ajuste de { $member } agora é { $adjustment }: sem limite de usos (tem Gerenciar servidor) por período de { $period ->
    [one] { $period } dia
   *[other] { $period } dias
} ({ $used } em uso).

## /gate codes, revoke, revoke-all, whois

gate-codes-title-member = Códigos de { $member }
gate-codes-title = Códigos deste servidor
gate-codes-empty = Nenhum código ainda.
gate-revoked = Código { $code } de { $inviter } revogado.
gate-revoke-all-none = { $member } não tem códigos ativos; nada foi revogado.
gate-revoke-all-done = { $count ->
    [one] { $count } código revogado
   *[other] { $count } códigos revogados
} de { $member }: { $codes }.
gate-revoke-all-more = e mais { $count } (`/gate codes` com este membro lista todos)
gate-whois-title = Quem é { $name }?
gate-whois-vouched-for-by = **Convidado por ({ $count })**
gate-whois-invited = **Convidou ({ $count })**
gate-whois-no-admission = Nenhuma entrada pelo Doorman registrada.
gate-whois-nobody = Ninguém ainda.

## /gate pending

gate-pending-title = Entradas pendentes
gate-pending-empty = Nada pendente.
gate-pending-open = abrir
gate-pending-reposted = { $link } (publicado de novo: a mensagem antiga tinha sumido)
gate-pending-not-posted = ainda não publicado (o canal da moderação estava inacessível; continuo tentando)
gate-pending-gave-up = não publicado: desisti após 7 dias de falhas; clique em **Tentar novamente** no meu aviso no canal da moderação

## Invite links (SPEC section 11)

# The `invite_links` option of /gate policy.
gate-cmd-policy-invite-links = Se /invite create também cria um link de convite do Discord para o canal de boas-vindas
# A line of /gate settings' policy. $links: "on" or "off".
gate-settings-invite-links = Links de convite: { $links ->
    [on] ativados
   *[off] desativados
}
# Under gate-saved, when invite links are on but the bot may not create invites in the welcome channel: a
# warning, nothing was refused. "Create Invite" as in invites-no-link-permission; $channel the welcome channel.
gate-warning-no-invite-permission = ⚠️ Não tenho a permissão Criar convite em { $channel }: os códigos novos virão sem link de convite até eu ter essa permissão.
gate-warning-no-invite-deletion = ⚠️ Não tenho a permissão Gerenciar canais em { $channel }: consigo criar links de convite lá, mas não apagá-los, então cada link cujo código for revogado, se esgotar ou expirar vai gerar um alerta para a equipe de moderação. Me dê a permissão Gerenciar canais nesse canal ou desative `invite_links` com `/gate policy`.
