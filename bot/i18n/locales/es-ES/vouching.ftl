## El historial de quien invitó (SPEC sección 12): en cada solicitud de acceso y en /gate whois.
## «Responder por» traduce «vouch», como en admissions-request-shared-link y waitlist-log-vouched.

vouching-request-record = Historial de quien invitó
# Sustantivos (admisión, rechazo, salida, baneo) para no dar género a las personas contadas.
vouching-record-line = { $inviter }: { $admitted ->
        [one] { $admitted } admisión
       *[other] { $admitted } admisiones
    }, { $denied ->
        [one] { $denied } rechazo
       *[other] { $denied } rechazos
    }, { $left ->
        [one] { $left } salida
       *[other] { $left } salidas
    }, { $banned ->
        [one] { $banned } baneo
       *[other] { $banned } baneos
    }
vouching-whois-heading = Historial de sus invitaciones
vouching-whois-record = Códigos creados: { $codes } · Admisiones: { $admitted } · Rechazos: { $denied } · Salidas en menos de 30 días: { $left } · Baneos: { $banned }

## /gate tree

vouching-cmd-tree = Ver quién respondió por un miembro, hasta el primero de la cadena, y por quién ha respondido
vouching-cmd-tree-member = El miembro cuyo árbol quieres ver
vouching-cmd-tree-depth = Cuántos niveles mostrar por debajo del miembro (de 1 a 5; por defecto, 3)
vouching-tree-title = Árbol de invitaciones de { $name }
vouching-tree-above = **Quién respondió por quién, desde el principio**
vouching-tree-below = **Por quién ha respondido ({ $count })**
vouching-tree-line = { $person }: { $standing }
vouching-tree-line-top = { $person }: { $standing }; nadie respondió por esta persona
# Tras «@nombre: ». En masculino genérico, como admission-status.
vouching-standing-member = miembro
vouching-standing-awaiting = pendiente de aprobación
vouching-standing-denied = rechazado
vouching-standing-left = salió del servidor
vouching-standing-banned = baneado
vouching-standing-suspended = suspendido
