# O que todas as partes do Doorman dizem: verificações, desculpas, status, linhas de listas, páginas.

check-server-only = Este comando só funciona em um servidor.
check-failed = Você não pode usar este comando aqui.

shared-list-more = e mais { $count }

sentences = { $first } { $second }

code-status = { $status ->
        [active] ativo
        [used] esgotado
        [expired] expirado
       *[revoked] revogado
    }
code-status-icon = { $status ->
        [active] 🟢 ativo
        [used] ⚪ esgotado
        [expired] ⌛ expirado
       *[revoked] ⛔ revogado
    }
admission-status = { $status ->
        [awaiting_approval] aguardando aprovação
        [roles_pending] cargos pendentes
        [admitted] admitido
        [denied] recusado
       *[left] saiu do servidor
    }

line-reserved-for-id = { $user } (ID { $id })
# Depois de "reservado para": "reservado para o nome de usuário `alice`".
line-reserved-for-username = o nome de usuário { $username }
line-code-uses = { $uses }/{ $max } usos
line-code-by = de { $inviter }
line-code-expires = expira { $when }
line-code-for = reservado para { $reserved }
line-code-kind = { $kind ->
        [link] 🔗 link compartilhado
       *[waitlist] da lista de espera
    }
line-code-replaced-by = substituído por { $code }
line-code-replaces = substitui { $code }
line-admission-from-inviter = { $inviter } com o código { $code }
line-admission = { $user } · código { $code } de { $inviter }
line-admission-redeemed = resgatado em { $when }
line-admission-decided = { $decision ->
        [denied] recusado
       *[approved] aprovado
    } por { $moderator } { $when }

apology = Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco.

pages-previous = Anterior
pages-next = Próxima
pages-footer = Página { $number } de { $count } · { $total } no total
pages-expired = Estas páginas expiraram: use o comando de novo para ver a lista atualizada.

list-separator = {", "}
clause-separator = {"; "}

# A code's invite link in lists, shown while the code is active. $link: the link's address.
line-code-link = link: { $link }
