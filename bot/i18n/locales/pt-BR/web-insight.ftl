# As páginas de análise do painel para admins (SPEC seção 16): a árvore de convites como gráfico, e os gráficos.
# A situação de cada pessoa na árvore usa as mesmas palavras do /gate tree (vouching-standing-*).

## A árvore de convites
web-tree-find-heading = Procurar alguém
web-tree-field-member = ID de usuário
web-tree-field-depth = Níveis abaixo
web-tree-show = Mostrar
web-tree-not-a-user-id = Isso não é um ID de usuário. Um ID de usuário é um número como 123456789012345678: no Discord, ative o modo desenvolvedor e copie o ID clicando com o botão direito na pessoa.
# $person: um nome de exibição, ou um ID de usuário quando o nome é desconhecido.
web-tree-of = Árvore de convites de { $person }
web-tree-graph-label = Árvore de convites de { $person } em forma de gráfico
# $count: as pessoas acima, de quem se responsabilizou por ela até alguém por quem ninguém se responsabilizou.
web-tree-count-above = { $count ->
        [0] Ninguém se responsabilizou por essa pessoa.
        [one] Uma pessoa acima na cadeia de convites.
       *[other] { $count } pessoas acima na cadeia de convites.
    }
# $count: as pessoas abaixo, até $depth níveis.
web-tree-count-below = { $count ->
        [0] Ninguém abaixo
        [one] Uma pessoa abaixo
       *[other] { $count } pessoas abaixo
    } (até { $depth ->
        [one] um nível
       *[other] { $depth } níveis
    }).
web-tree-alone = O Doorman não tem registro, neste servidor, de ninguém que tenha se responsabilizado por essa pessoa, nem de ninguém por quem ela tenha se responsabilizado.
web-tree-graph-caption = Cada caixa é uma pessoa, com a situação dela agora; uma linha desce de quem se responsabilizou até quem foi convidado. Selecione alguém para centralizar a árvore nessa pessoa.
web-tree-list-heading = A mesma árvore em forma de lista
# $shown: as pessoas abaixo mostradas aqui; $count: todas, até a profundidade escolhida.
web-tree-cut = Aqui aparecem só as { $shown } mais próximas das { $count } pessoas abaixo: selecione alguém para ver a árvore abaixo dessa pessoa.
web-tree-skip-graph = Pular o gráfico e ir para a lista

## Os gráficos
web-charts-field-days = Período
# $days: 7, 30 ou 90.
web-charts-last-days = { $days ->
        [one] Último dia
       *[other] Últimos { $days } dias
    }
web-charts-show = Mostrar
web-charts-bad-days = Os gráficos cobrem os últimos 7, 30 ou 90 dias: escolha um desses períodos.
web-charts-empty = Nada para mostrar ainda.
web-charts-total = Total

web-charts-per-day-heading = Resgates, admissões e recusas por dia
web-charts-redemptions = Resgates
web-charts-admissions = Admissões
web-charts-denials = Recusas
web-charts-day = Dia (UTC)
web-charts-per-day-table = Os números, dia a dia
# $days: os dias mostrados; as outras variáveis são totais desses dias.
web-charts-per-day-caption = Os últimos { $days } dias, por dia UTC, incluindo hoje até agora. No total: resgates { $redemptions }, admissões { $admissions }, recusas { $denials }. Um resgate conta no dia em que o código foi usado; uma admissão, no dia em que a pessoa recebeu os cargos; uma recusa, no dia da decisão.

web-charts-quota-heading = Uso da cota
web-charts-member = Membro
web-charts-spent = Gasto
web-charts-default-limit = Cota padrão
# $top: quantos membros aparecem no máximo; $limit: os usos padrão do servidor por período; $period: os dias dele.
web-charts-quota-caption = Até { $top } membros, os que mais gastaram da cota { $period ->
        [one] no último dia
       *[other] nos últimos { $period } dias
    } (o período de cota do servidor), comparados à cota padrão do servidor de { $limit } { $limit ->
        [one] uso
       *[other] usos
    }. O limite de cada membro pode ser outro: um cargo com cota própria, um ajuste feito por um admin ou a permissão Gerenciar servidor (sem limite) mudam esse valor. Qual vale depende dos cargos de cada membro no Discord, que esta página não consulta; por isso os limites exatos não aparecem aqui.
web-charts-quota-none = Ninguém gastou nada da cota neste período.

web-charts-retention-heading = Quem ficou
web-charts-inviter = Quem convidou
web-charts-admitted = Admitidos
web-charts-stayed = Ficaram
# $top: quantas pessoas que convidam aparecem no máximo.
web-charts-retention-caption = Até { $top } pessoas, as que mais trouxeram gente desde que o Doorman começou: quantas foram admitidas com os códigos delas e quantas dessas ainda estão aqui, até onde o Doorman sabe (não foram banidas desde então e não foram recusadas nem saíram numa volta posterior). O Doorman não vê quando alguém sai por conta própria, então essa pessoa continua contando como quem ficou.
web-charts-retention-none = Ninguém foi admitido com um código ainda.
