## O histórico de quem convidou (SPEC seção 12)

vouching-request-record = Histórico de quem convidou
vouching-record-line = { $inviter }: admitidos { $admitted }, recusados { $denied }, saíram { $left }, banidos { $banned }
vouching-whois-heading = Histórico como quem convida
vouching-whois-record = Códigos criados: { $codes } · Admitidos: { $admitted } · Recusados: { $denied } · Saíram em até 30 dias: { $left } · Banidos: { $banned }
