## O histórico de quem convidou (SPEC seção 12): em cada pedido de entrada e no /gate whois

vouching-request-record = Histórico de quem convidou
# Rótulo antes de cada número: "1 admitidos" não funcionaria sem uma seleção de plural para cada contagem.
vouching-record-line = { $inviter } (admitidos: { $admitted }, recusados: { $denied }, saíram: { $left }, banidos: { $banned })
vouching-whois-heading = Histórico de convites
vouching-whois-record = Códigos criados: { $codes } · Admitidos: { $admitted } · Recusados: { $denied } · Saíram em até 30 dias: { $left } · Banidos: { $banned }

## /gate tree: como no /gate whois, "convidar" é o vínculo de quem se responsabilizou por alguém

vouching-cmd-tree = Ver quem convidou um membro, até o primeiro da cadeia, e todos abaixo na árvore
vouching-cmd-tree-member = O membro cuja árvore você quer ver
vouching-cmd-tree-depth = Quantos níveis abaixo do membro mostrar (de 1 a 5, padrão: 3)
vouching-tree-title = Árvore de convites de { $name }
vouching-tree-above = **Quem convidou, desde o primeiro**
vouching-tree-below = **Convidados por essa pessoa, direta ou indiretamente ({ $count })**
# Depois de "nome: ".
vouching-tree-line = { $person }: { $standing }
vouching-tree-line-top = { $person }: { $standing } (ninguém se responsabilizou por essa pessoa)
# Situações, depois de "nome: " (rótulos curtos, como os status de entrada "admitido", "recusado").
vouching-standing-member = membro
vouching-standing-awaiting = aguardando aprovação
vouching-standing-denied = pedido recusado
vouching-standing-left = saiu do servidor
vouching-standing-banned = banido
vouching-standing-suspended = suspenso
