## Banimentos (SPEC seção 12): o alerta aos moderadores quando alguém que entrou pelo Doorman é banido.
## Quem foi banido, quem convidou e quem recebe a suspensão podem ser de qualquer gênero: "essa pessoa",
## voz ativa ("@mo suspendeu @bob") ou substantivos ("Banimento de …") em vez de "banido/suspenso".

bans-alert-banned = 🔨 Banimento de { $member }.
bans-alert-came = Essa pessoa entrou { $when } com o código { $code } de { $inviter }.
bans-alert-came-approved = Essa pessoa entrou { $when } com o código { $code } de { $inviter }, com aprovação de { $moderator }.
bans-alert-came-through-link = Essa pessoa entrou { $when } pelo link compartilhado de { $admin } (código { $code }).
bans-alert-came-from-waitlist = Essa pessoa entrou { $when } pela lista de espera, convidada por { $moderator } com o código { $code }.
bans-alert-record = Histórico de quem convidou: { $record }
bans-alert-vouched-for = Essa pessoa se responsabilizou por { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }: { $people }
bans-alert-vouched-for-nobody = Essa pessoa não se responsabilizou por ninguém.
bans-alert-codes-revoked = Códigos ativos dessa pessoa revogados: { $count }.
# Voz ativa: quem convidou pode ser de qualquer gênero.
bans-alert-inviter-suspended = 🚫 { $moderator } suspendeu { $inviter } { $when }.
bans-button-suspend-inviter = Suspender quem convidou
# Completa "Não consegui …" / "Desisti de …".
bans-describe-alert = publicar um alerta de banimento
bans-log-banned = 🔨 Banimento de { $member } (entrou com o código { $code } de { $inviter }). { $count ->
        [0] Nenhum código ativo.
        [one] { $count } código ativo revogado.
       *[other] { $count } códigos ativos revogados.
    }
bans-log-banned-unvouched = 🔨 Banimento de { $member } (não entrou pelo Doorman). { $count ->
        [one] { $count } código ativo revogado.
       *[other] { $count } códigos ativos revogados.
    }
