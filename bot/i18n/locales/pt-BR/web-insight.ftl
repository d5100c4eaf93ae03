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
        [0] Essa pessoa não se responsabilizou por ninguém
        [one] Uma pessoa abaixo
       *[other] { $count } pessoas abaixo
    } (até { $depth ->
        [one] um nível
       *[other] { $depth } níveis
    }).
web-tree-alone = O Doorman não tem registro, neste servidor, de ninguém que tenha se responsabilizado por essa pessoa, nem de ninguém por quem ela tenha se responsabilizado.
web-tree-graph-caption = Cada caixa é uma pessoa, com a situação dela agora; uma linha desce de quem se responsabilizou até quem foi convidado. Selecione alguém para centralizar a árvore nessa pessoa.
web-tree-list-heading = A mesma árvore em forma de lista
