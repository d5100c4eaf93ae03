## Le bilan de la personne qui a invité (SPEC section 12) : dans chaque demande d'admission et dans /gate whois.
## Masculin générique dans les listes, comme « admis » et « refusé » ailleurs.

vouching-request-record = Bilan de la personne qui a invité
# $admitted, $denied, $left, $banned : des nombres (entiers).
vouching-record-line = { $inviter } : { $admitted } admis, { $denied ->
        [one] { $denied } refusé
       *[other] { $denied } refusés
    }, { $left ->
        [one] { $left } parti
       *[other] { $left } partis
    }, { $banned ->
        [one] { $banned } banni
       *[other] { $banned } bannis
    }
vouching-whois-heading = Bilan de ses invitations
vouching-whois-record = Codes créés : { $codes } · Admis : { $admitted } · Refusés : { $denied } · Partis sous 30 jours : { $left } · Bannis : { $banned }

## /gate tree : la chaîne des invitations jusqu'à un membre, puis tous ceux qu'il a invités

vouching-cmd-tree = Qui a invité un membre, en remontant jusqu'au premier, et tous ceux qu'il a invités
vouching-cmd-tree-member = Le membre dont tu veux voir l'arbre
vouching-cmd-tree-depth = Nombre de niveaux à afficher sous le membre (1 à 5, 3 par défaut)
# Pas « de { $name } » : « de alice » ne s'élide pas.
vouching-tree-title = Arbre des invitations : { $name }
vouching-tree-above = **Chaîne des invitations, depuis le premier**
vouching-tree-below = **Invités par ce membre, directement ou non ({ $count })**
# $standing : un des statuts ci-dessous, après « @alice : ».
vouching-tree-line = { $person } : { $standing }
vouching-tree-line-top = { $person } : { $standing }, personne ne s'en est porté garant
vouching-standing-member = membre
vouching-standing-awaiting = en attente d'approbation
vouching-standing-denied = refusé
vouching-standing-left = a quitté le serveur
vouching-standing-banned = banni
vouching-standing-suspended = suspendu
