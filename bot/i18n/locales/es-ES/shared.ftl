# Lo que dicen todas las partes de Doorman: comprobaciones, disculpas, estados, líneas de listas, páginas.

check-server-only = Este comando solo funciona en un servidor.
check-failed = No puedes usar este comando aquí.

shared-list-more = y { $count } más

sentences = { $first } { $second }

code-status = { $status ->
        [active] activo
        [used] agotado
        [expired] caducado
       *[revoked] revocado
    }
code-status-icon = { $status ->
        [active] 🟢 activo
        [used] ⚪ agotado
        [expired] ⌛ caducado
       *[revoked] ⛔ revocado
    }
admission-status = { $status ->
        [awaiting_approval] pendiente de aprobación
        [roles_pending] roles pendientes
        [admitted] admitido
        [denied] rechazado
       *[left] salió del servidor
    }

line-reserved-for-id = { $user } (ID { $id })
# Tras «para»: «para el nombre de usuario `alice`».
line-reserved-for-username = el nombre de usuario { $username }
line-code-uses = { $uses }/{ $max } { $max ->
        [one] uso
       *[other] usos
    }
line-code-by = de { $inviter }
line-code-expires = caduca { $when }
line-code-for = para { $reserved }
line-code-kind = { $kind ->
        [link] 🔗 enlace compartido
       *[waitlist] de la lista de espera
    }
line-code-replaced-by = reemplazado por { $code }
line-code-replaces = reemplaza a { $code }
line-admission-from-inviter = { $inviter } con el código { $code }
line-admission = { $user } · código { $code } de { $inviter }
line-admission-redeemed = canjeado el { $when }
line-admission-decided = { $decision ->
        [denied] rechazado
       *[approved] aprobado
    } por { $moderator } { $when }

apology = Lo siento, algo falló por mi parte. Vuelve a intentarlo en un momento.

pages-previous = Anterior
pages-next = Siguiente
pages-footer = Página { $number } de { $count } · { $total } en total
pages-expired = Estas páginas han caducado: vuelve a usar el comando para ver la lista actualizada.

list-separator = {", "}
clause-separator = {"; "}

# A code's invite link in lists, shown while the code is active. $link: the link's address.
line-code-link = enlace: { $link }
