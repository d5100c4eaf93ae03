# Las solicitudes pendientes en el panel (SPEC 16): las solicitudes de acceso abiertas, cada una tal como la muestra su
# mensaje en el canal de moderación (esos textos son admissions-*), con Aprobar y Rechazar como en Discord.

# Sobre la lista. $count: las solicitudes abiertas (pendientes de decisión, o aprobadas con los roles aún pendientes).
web-queue-count = { $count ->
        [one] Hay una solicitud pendiente.
       *[other] Hay { $count } solicitudes pendientes.
    }
web-queue-empty = Ninguna solicitud está esperando al equipo de moderación.
# Bajo una solicitud aprobada cuyos roles Discord aún no ha asignado: sin botones, nada que decidir.
web-queue-roles-pending = Aprobada. Los roles se están asignando en Discord; aquí ya no queda nada por decidir.
# Nombra, para los lectores de pantalla, los enlaces entre las páginas de solicitudes pendientes.
web-queue-pages = Páginas de solicitudes pendientes
