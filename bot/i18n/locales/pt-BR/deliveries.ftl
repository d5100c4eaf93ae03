# O que o Doorman diz ao entregar o que deve ao Discord: alertas para a equipe de moderação, a resposta
# ao botão "Tentar novamente" e as linhas do canal de registro. $what é um infinitivo ("publicar uma linha …").

## Alertas no canal da moderação

deliveries-alert-failing = ⚠️ Não consegui { $what }: { $detail }. Corrija o problema e clique em **Tentar novamente**; enquanto isso, continuo tentando.
deliveries-alert-stopped = ⛔ Desisti de { $what } depois de 7 dias de falhas (última: { $detail }). Corrija o problema e clique em **Tentar novamente**.
deliveries-alert-retry-button = Tentar novamente
deliveries-alert-unknown-error = desconhecida
deliveries-alert-no-mod-channel = o canal da moderação não está definido ou não consigo vê-lo; use `/gate setup`
deliveries-alert-closed = ☑️ Encerrado: { $reason }
deliveries-alert-resolved = ✅ Resolvido: no fim deu certo.
deliveries-alert-resolved-roles = ✅ Resolvido: { $member } já tem seus cargos (entrada #{ $admission }).
deliveries-alert-closed-left = 🚪 Encerrado: { $member } saiu do servidor (entrada #{ $admission }).
deliveries-alert-channel-gone = O canal do alerta não existe mais.
deliveries-alert-revived = A entrega foi retomada ou deu certo nesse meio-tempo.
deliveries-alert-describe-close = encerrar um alerta anterior
deliveries-alert-describe-notice = avisar a equipe de moderação sobre uma entrega abandonada

## Resposta ao botão "Tentar novamente"

deliveries-retry-trying-now = Estou tentando isso agora mesmo; confira de novo daqui a pouco.
deliveries-retry-still-failing = Ainda está falhando: { $detail }.
deliveries-retry-done = Feito.

## Por que uma entrega falhou ou foi descartada

deliveries-failed-refused = O Discord recusou ({ $status }, { $error })
deliveries-failed-refused-permissions = O Discord recusou ({ $status }, faltam permissões)
deliveries-failed-discord = O Discord falhou ({ $status }); pode funcionar numa nova tentativa
deliveries-failed-unreachable = Não consegui me conectar ao Discord ({ $error })
deliveries-failed-unexpected = algo deu errado do meu lado
deliveries-failed-no-carrier = não consigo acessar esse servidor, ou nada aqui cuida disso
deliveries-done-dm-closed = As DMs dessa pessoa estão fechadas; não há mais nada a tentar.
deliveries-done-gone = A mensagem, o membro ou o canal em questão não existe mais; não há mais nada a tentar.
deliveries-dropped-superseded = uma tentativa posterior no mesmo lote cuida disso.

## O canal de registro

deliveries-log-channel-gone = O canal de registro não existe mais ou não está definido; a linha foi descartada.
deliveries-log-describe = publicar uma linha no canal de registro { $channel }
deliveries-log-admitted = ✅ { $member } entrou com o código { $code } de { $inviter }.
deliveries-log-admitted-approved = ✅ { $member } entrou com o código { $code } de { $inviter }, com aprovação de { $moderator }.
deliveries-log-admitted-shared-link = ✅ { $member } entrou pelo link compartilhado de { $admin } (código { $code }), com aprovação de { $moderator }.
deliveries-log-left = 🚪 { $member } saiu do servidor antes de concluir a entrada.
deliveries-log-denied = ❌ Pedido de { $member } recusado por { $moderator } (código { $code } de { $inviter }).
deliveries-log-denied-reason = ❌ Pedido de { $member } recusado por { $moderator } (código { $code } de { $inviter }): { $reason }
deliveries-log-settings = ⚙️ { $actor } alterou as configurações com /gate { $command }: { $changes }
deliveries-log-settings-dashboard = ⚙️ { $actor } alterou as configurações no painel: { $changes }
deliveries-log-change = { $setting }: { $old } → { $new }
deliveries-log-no-change = nenhuma alteração
deliveries-log-value-none = nenhum
deliveries-log-value-on = ativado
deliveries-log-value-off = desativado
deliveries-log-value-server-language = o idioma principal do servidor
deliveries-language-name = Português do Brasil
deliveries-log-role-quota = ⚙️ { $actor }: quem tem { $role } agora pode distribuir { $amount ->
        [0] 0 usos
        [one] { $amount } uso
       *[other] { $amount } usos
    } { $days ->
        [one] por dia
       *[other] a cada { $days } dias
    }.
deliveries-log-grant = ⚙️ { $actor }: o ajuste de { $member } agora é { $amount }: o limite é de { $limit ->
        [0] 0 usos
        [one] { $limit } uso
       *[other] { $limit } usos
    } { $days ->
        [one] por dia
       *[other] a cada { $days } dias
    }.
deliveries-log-grant-unlimited = ⚙️ { $actor }: o ajuste de { $member } agora é { $amount }: sem limite de usos (tem Gerenciar servidor) por período de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
deliveries-log-revoked-own = ⛔ { $actor } revogou o próprio código { $code }.
deliveries-log-revoked = ⛔ { $actor } revogou o código { $code } de { $inviter }.
deliveries-log-revoked-all = ⛔ { $actor } revogou todos os códigos ativos de { $inviter } ({ $count }): { $codes }.
deliveries-log-link-code = 🔗 { $actor } criou um link compartilhado com o código { $code }, válido para { $count ->
        [one] { $count } uso
       *[other] { $count } usos
    }.
deliveries-log-regenerated = 🔁 { $actor } substituiu o próprio código { $old } por { $new }.
