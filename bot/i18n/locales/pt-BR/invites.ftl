# /invite: os membros criam, listam e revogam seus códigos de convite. Tudo aqui é uma resposta que só o
# membro que usou o comando lê. (Contexto de cada mensagem: en/invites.ftl.)

## Descrições dos comandos (no máximo 100 caracteres)

invites-cmd-group = Convidar recém-chegados com códigos de convite
invites-cmd-create = Criar um código de convite para alguém por quem você se responsabiliza
invites-cmd-create-uses = Quantas pessoas podem usá-lo (padrão: 1)
invites-cmd-create-expires-in = Por quanto tempo vale, como 30m, 12h ou 7d (padrão: a validade de códigos do servidor)
invites-cmd-create-for-user = Só esta conta poderá resgatá-lo: o nome de usuário exato, o ID de usuário ou uma @menção
invites-cmd-create-note = Uma nota para a equipe de moderação que vai analisar o pedido (até 200 caracteres)
invites-cmd-list = Seus códigos, quem os usou e sua cota
invites-cmd-revoke = Revogar um dos seus códigos; os usos que sobraram voltam para sua cota
invites-cmd-revoke-code = O código a revogar
invites-revoke-choice = { $code } ({ $uses }/{ $max } usados)

## Cota

invites-quota-unlimited = Cota: ilimitada (você tem a permissão Gerenciar servidor).
invites-quota = Cota: { $used } de { $limit ->
        [0] 0 usos gastos
        [one] { $limit } uso gasto
       *[other] { $limit } usos gastos
    } { $days ->
        [one] nas últimas 24 horas
       *[other] nos últimos { $days } dias
    }; { $remaining ->
        [0] não resta nenhum
        [one] resta { $remaining }
       *[other] restam { $remaining }
    }.
invites-quota-next-free = { $quota } O próximo uso será liberado { $when }.

## Resposta ao /invite create

invites-created-code = Seu código de convite: **{ $code }**
invites-created-uses = Usos: { $uses } · Expira: { $expires } ({ $relative })
invites-created-reserved-id = Reservado para { $who }: só essa conta pode resgatá-lo.
invites-created-reserved-username = Reservado para { $who }: precisa ser o nome de usuário exato (o que aparece abaixo do nome no perfil), não um nome de exibição nem um apelido no servidor.
invites-created-note = Nota para a equipe de moderação: { $note }
invites-created-tell = Diga à pessoa que você convidar: entre no servidor e digite `/redeem { $code }` em { $channel }.

## /invite list

invites-list-title = Seus códigos de convite
invites-list-empty = Você ainda não tem códigos. Crie um com `/invite create`.
invites-list-quota = Cota

## Resposta ao /invite revoke

invites-revoked = Código { $code } revogado. Ninguém mais pode resgatá-lo; { $count ->
        [0] nenhum uso voltou
        [one] { $count } uso não utilizado voltou
       *[other] { $count } usos não utilizados voltaram
    } para sua cota.
