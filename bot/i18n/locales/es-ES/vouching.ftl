## El historial de quien invitó (SPEC sección 12)

vouching-request-record = Historial de quien invitó
vouching-record-line = { $inviter }: admitidos { $admitted }, rechazados { $denied }, se fueron { $left }, baneados { $banned }
vouching-whois-heading = Historial como persona que invita
vouching-whois-record = Códigos creados: { $codes } · Admitidos: { $admitted } · Rechazados: { $denied } · Se fueron en 30 días: { $left } · Baneados: { $banned }
