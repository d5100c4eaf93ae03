# La lista de espera en el panel (SPEC 16): las entradas abiertas en orden, cada una tal como la muestra su mensaje
# en el canal de moderación (esos textos son waitlist-entry-*), con Invitar y Rechazar como en Discord.

# Sobre la lista. $waiting: personas que esperan una decisión; $invited: personas que recibieron un código y aún no
# lo han canjeado.
web-waitlist-count = En espera: { $waiting } · Invitadas, sin canjear el código aún: { $invited }
# Junto al título de una entrada en espera. $position: su puesto en la lista.
web-waitlist-position = Puesto { $position }
# Junto al título de una entrada invitada: se envió un código y aún no se ha canjeado.
web-waitlist-invited = Invitación enviada
# Nombra, para los lectores de pantalla, los enlaces entre las páginas de la lista de espera.
web-waitlist-pages = Páginas de la lista de espera
