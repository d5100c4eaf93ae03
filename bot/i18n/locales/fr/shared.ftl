# Ce que disent toutes les parties de Doorman : vérifications, excuses, statuts, lignes de listes, pages.

check-server-only = Cette commande ne fonctionne que sur un serveur.
check-failed = Tu ne peux pas utiliser cette commande ici.

shared-list-more = et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }

sentences = { $first } { $second }

code-status = { $status ->
        [active] actif
        [used] épuisé
        [expired] expiré
       *[revoked] révoqué
    }
code-status-icon = { $status ->
        [active] 🟢 actif
        [used] ⚪ épuisé
        [expired] ⌛ expiré
       *[revoked] ⛔ révoqué
    }
# Dans les listes, le statut se rapporte à la personne arrivée : « admis », « refusé ».
admission-status = { $status ->
        [awaiting_approval] en attente d'approbation
        [roles_pending] rôles en attente
        [admitted] admis
        [denied] refusé
       *[left] a quitté le serveur
    }

line-reserved-for-id = { $user } (ID { $id })
# Suit « pour » (listes) et « Réservé à » (/invite create) : « Réservé à `alice` (nom d'utilisateur) ».
line-reserved-for-username = { $username } (nom d'utilisateur)
line-code-uses = { $uses }/{ $max ->
        [one] { $max } utilisation
       *[other] { $max } utilisations
    }
line-code-by = par { $inviter }
line-code-expires = expire { $when }
line-code-for = pour { $reserved }
line-code-kind = { $kind ->
        [link] 🔗 lien partagé
       *[waitlist] via la liste d'attente
    }
line-code-replaced-by = remplacé par { $code }
line-code-replaces = remplace { $code }
line-admission-from-inviter = { $inviter } avec le code { $code }
line-admission = { $user } · code { $code } de { $inviter }
line-admission-redeemed = utilisé le { $when }
line-admission-decided = { $decision ->
        [denied] refusé
       *[approved] approuvé
    } par { $moderator } { $when }

apology = Désolé, un problème est survenu de mon côté. Réessaie dans un instant.

pages-previous = Précédent
pages-next = Suivant
pages-footer = Page { $number } sur { $count } · { $total } au total
pages-expired = Ces pages ont expiré : relance la commande pour voir la liste à jour.

list-separator = {", "}
clause-separator = {" ; "}

# A code's invite link in lists, shown while the code is active. $link: the link's address.
line-code-link = lien : { $link }
