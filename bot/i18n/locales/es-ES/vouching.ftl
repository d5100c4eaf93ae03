## El historial de quien invitó (SPEC sección 12)

vouching-request-record = Historial de quien invitó
vouching-record-line = { $inviter }: admitidos { $admitted }, rechazados { $denied }, se fueron { $left }, baneados { $banned }
vouching-whois-heading = Historial como persona que invita
vouching-whois-record = Códigos creados: { $codes } · Admitidos: { $admitted } · Rechazados: { $denied } · Se fueron en 30 días: { $left } · Baneados: { $banned }

## /gate tree

vouching-cmd-tree = Quién invitó a un miembro, hasta el primero, y todos los que ha invitado
vouching-cmd-tree-member = El miembro cuyo árbol quieres ver
vouching-cmd-tree-depth = Cuántos niveles mostrar por debajo del miembro (de 1 a 5; por defecto, 3)
vouching-tree-title = Árbol de invitaciones de { $name }
vouching-tree-above = **Invitado por, desde el primero**
vouching-tree-below = **Invitados por este miembro ({ $count })**
vouching-tree-line = { $person }: { $standing }
vouching-tree-line-top = { $person }: { $standing }, nadie lo invitó
vouching-standing-member = miembro
vouching-standing-awaiting = pendiente de aprobación
vouching-standing-denied = rechazado
vouching-standing-left = se fue
vouching-standing-banned = baneado
vouching-standing-suspended = suspendido
