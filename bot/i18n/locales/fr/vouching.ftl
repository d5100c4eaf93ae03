## Le bilan de la personne qui a invité (SPEC section 12)

vouching-request-record = Bilan de la personne qui a invité
vouching-record-line = { $inviter } : admis { $admitted }, refusés { $denied }, partis { $left }, bannis { $banned }
vouching-whois-heading = Bilan en tant que personne qui invite
vouching-whois-record = Codes créés : { $codes } · Admis : { $admitted } · Refusés : { $denied } · Partis sous 30 jours : { $left } · Bannis : { $banned }

## /gate tree

vouching-cmd-tree = Qui a invité un membre, jusqu'au premier, et tous ceux que ce membre a invités
vouching-cmd-tree-member = Le membre dont tu veux voir l'arbre
vouching-cmd-tree-depth = Combien de niveaux sous le membre (de 1 à 5, 3 par défaut)
vouching-tree-title = Arbre d'invitations de { $name }
vouching-tree-above = **Invité par, depuis le premier**
vouching-tree-below = **Invités par ce membre ({ $count })**
vouching-tree-line = { $person } : { $standing }
vouching-tree-line-top = { $person } : { $standing }, invité par personne
vouching-standing-member = membre
vouching-standing-awaiting = en attente d'approbation
vouching-standing-denied = refusé
vouching-standing-left = parti
vouching-standing-banned = banni
vouching-standing-suspended = suspendu
