## O histórico de quem convidou (SPEC seção 12)

vouching-request-record = Histórico de quem convidou
vouching-record-line = { $inviter }: admitidos { $admitted }, recusados { $denied }, saíram { $left }, banidos { $banned }
vouching-whois-heading = Histórico como quem convida
vouching-whois-record = Códigos criados: { $codes } · Admitidos: { $admitted } · Recusados: { $denied } · Saíram em até 30 dias: { $left } · Banidos: { $banned }

## /gate tree

vouching-cmd-tree = Quem convidou um membro, até o primeiro, e todos que ele convidou
vouching-cmd-tree-member = O membro cuja árvore você quer ver
vouching-cmd-tree-depth = Quantos níveis abaixo do membro mostrar (de 1 a 5, padrão 3)
vouching-tree-title = Árvore de convites de { $name }
vouching-tree-above = **Convidado por, desde o primeiro**
vouching-tree-below = **Convidados por este membro ({ $count })**
vouching-tree-line = { $person }: { $standing }
vouching-tree-line-top = { $person }: { $standing }, ninguém convidou
vouching-standing-member = membro
vouching-standing-awaiting = aguardando aprovação
vouching-standing-denied = recusado
vouching-standing-left = saiu
vouching-standing-banned = banido
vouching-standing-suspended = suspenso
