check-server-only = Cette commande ne fonctionne que sur un serveur.
check-failed = Tu ne peux pas utiliser cette commande ici.
shared-list-more = et { $count } de plus
