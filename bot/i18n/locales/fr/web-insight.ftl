# Les pages d'analyse du tableau de bord pour les admins (SPEC section 16) : l'arbre des invitations en graphique, et les graphiques.
# La situation de chacun dans l'arbre reprend les mots de /gate tree (vouching-standing-*).

## L'arbre des invitations
web-tree-find-heading = Chercher quelqu'un
web-tree-field-member = ID utilisateur
web-tree-field-depth = Niveaux en dessous
web-tree-show = Afficher
web-tree-not-a-user-id = Ce n'est pas un ID utilisateur. Un ID utilisateur est un nombre comme 123456789012345678 : dans Discord, active le mode développeur, puis fais un clic droit sur la personne pour le copier.
# $person : un nom d'affichage, ou un ID utilisateur si le nom est inconnu.
web-tree-of = Arbre des invitations : { $person }
web-tree-graph-label = Arbre des invitations de { $person }, en graphique
# $count : les personnes au-dessus, de qui s'est porté garant de ce membre jusqu'à quelqu'un dont personne ne s'est porté garant.
web-tree-count-above = { $count ->
        [0] Personne ne s'est porté garant de ce membre.
        [one] Une personne au-dessus dans la chaîne des invitations.
       *[other] { $count } personnes au-dessus dans la chaîne des invitations.
    }
# $count : les personnes en dessous, sur $depth niveaux.
web-tree-count-below = { $count ->
        [0] Ce membre ne s'est porté garant de personne
        [one] Une personne en dessous
       *[other] { $count } personnes en dessous
    } (sur { $depth ->
        [one] un niveau
       *[other] { $depth } niveaux
    }).
web-tree-alone = Doorman n'a aucune trace, sur ce serveur, de quelqu'un qui se serait porté garant de cette personne, ni de personne dont elle se serait portée garante.
web-tree-graph-caption = Chaque case est une personne, avec sa situation actuelle ; un trait descend de qui s'est porté garant vers la personne invitée. Sélectionne quelqu'un pour centrer l'arbre sur cette personne.
web-tree-list-heading = Le même arbre sous forme de liste
