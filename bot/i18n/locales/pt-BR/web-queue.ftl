# Os pedidos pendentes no painel (SPEC 16): os pedidos de entrada em aberto, cada um como a sua mensagem no canal
# de moderação o mostra (esses textos são admissions-*), com Aprovar e Recusar como no Discord.

# Acima da lista. $count: os pedidos em aberto (aguardando decisão, ou aprovados com os cargos ainda pendentes).
web-queue-count = { $count ->
        [one] { $count } pedido pendente.
       *[other] { $count } pedidos pendentes.
    }
web-queue-empty = Nenhum pedido está aguardando a equipe de moderação.
# Abaixo de um pedido aprovado cujos cargos o Discord ainda não atribuiu: sem botões, nada a decidir.
web-queue-roles-pending = Aprovado. Os cargos estão sendo atribuídos no Discord; não há mais nada a decidir aqui.
# Nomeia, para leitores de tela, os links entre as páginas de pedidos pendentes.
web-queue-pages = Páginas de pedidos pendentes
