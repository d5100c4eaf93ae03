## Banimentos (SPEC seção 12): o alerta aos moderadores quando alguém que entrou pelo Doorman é banido.

bans-alert-banned = 🔨 { $member } foi banido.
bans-alert-came = Entrou { $when } com o código { $code } de { $inviter }.
bans-alert-came-approved = Entrou { $when } com o código { $code } de { $inviter }, aprovado por { $moderator }.
bans-alert-came-through-link = Entrou { $when } pelo link compartilhado { $code } de { $admin }.
bans-alert-came-from-waitlist = Entrou { $when } pela lista de espera: { $moderator } enviou o convite com o código { $code }.
bans-alert-record = Histórico de quem convidou: { $record }
bans-alert-vouched-for = Se responsabilizou por { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }: { $people }
bans-alert-vouched-for-nobody = Não se responsabilizou por ninguém.
bans-alert-codes-revoked = Códigos ativos revogados: { $count }.
bans-alert-inviter-suspended = 🚫 { $inviter } foi suspenso { $when } por { $moderator }.
bans-button-suspend-inviter = Suspender quem convidou
bans-suspend-reason = Alguém que você convidou foi banido.
bans-describe-alert = um alerta de banimento
bans-log-banned = 🔨 { $member } foi banido (entrou com o código { $code } de { $inviter }). { $count ->
        [0] Não tinha códigos ativos.
        [one] { $count } código ativo revogado.
       *[other] { $count } códigos ativos revogados.
    }
