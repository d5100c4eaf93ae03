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
invites-cmd-regenerate = Substituir um código seu que se perdeu ou vazou: mesmos usos e validade, sem gastar cota
invites-cmd-regenerate-code = O código a substituir

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

## The reply to /invite regenerate: this line, then the new code as the reply to /invite create shows it.

invites-regenerated-old = Código { $old } substituído: { $link ->
        [yes] ele não funciona mais, e o link de convite dele também não.
       *[no] ele não funciona mais.
    }

## Invite links (SPEC section 11): a Discord invite to the welcome channel, made with each code when the
## server's policy allows it, and deleted when the code is revoked, used up or expires.

# Beside the code in the reply to /invite create. $link is the link's address (https://discord.gg/…).
invites-created-link = Link de convite: { $link }
# The line to forward, when the code has an invite link: it replaces invites-created-tell. /redeem is the
# command name and stays English; $link the link's address, $code the code, $channel the welcome channel.
invites-created-tell-link = Diga à pessoa que você convidar: entre pelo link { $link } e digite `/redeem { $code }` em { $channel }.
# Why a new code has no invite link. "Create Invite" is the Discord permission, as Discord's client names it in
# this language; $channel the welcome channel.
invites-no-link-permission = Sem link de convite: não tenho a permissão Criar convite em { $channel }. O código funciona mesmo assim; um admin pode me dar essa permissão.
invites-no-link-channel = Sem link de convite: o canal de boas-vindas não existe mais. O código funciona mesmo assim; um admin pode escolher outro com `/gate setup`.
invites-no-link-failed = Ainda sem link de convite: o Discord não conseguiu criá-lo agora. O código funciona mesmo assim; vou tentar de novo, e o `/invite list` vai mostrar o link assim que ele for criado.
# The reason shown in the server's audit log for the link. $code: the code; $inviter: the inviter's user ID.
invites-link-audit-reason = Link de convite do Doorman para o código { $code } do usuário { $inviter }
# Completes "I could not …" in the moderators' alerts. $link: the link's address.
invites-describe-delete-link = apagar o link de convite { $link } de um código que não vale mais
# Why nothing was deleted: the link had been deleted already (by hand, or by Discord when it expired).
invites-link-gone = O link de convite já não existia; não há mais nada a tentar.
invites-describe-make-link = criar o link de convite do código { $code }
invites-link-note-not-needed = O código { $code } não precisa mais de link: já tem um ou não vale mais.
invites-link-note-policy-off = Os links de convite estão desativados neste servidor.
invites-link-note-no-channel = O canal de boas-vindas não existe mais.
invites-link-note-no-permission = Não tenho a permissão Criar convite no canal de boas-vindas.
