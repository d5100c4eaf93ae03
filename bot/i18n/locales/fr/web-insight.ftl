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
        [0] Personne en dessous
        [one] Une personne en dessous
       *[other] { $count } personnes en dessous
    } (sur { $depth ->
        [one] un niveau
       *[other] { $depth } niveaux
    }).
web-tree-alone = Doorman n'a aucune trace, sur ce serveur, de quelqu'un qui se serait porté garant de cette personne, ni de personne dont elle se serait portée garante.
web-tree-graph-caption = Chaque case est une personne, avec sa situation actuelle ; un trait descend de qui s'est porté garant vers la personne invitée. Sélectionne quelqu'un pour centrer l'arbre sur cette personne.
web-tree-list-heading = Le même arbre sous forme de liste
# $shown : les personnes en dessous affichées ici ; $count : toutes, jusqu'à la profondeur choisie.
web-tree-cut = Seules les { $shown } plus proches des { $count } personnes en dessous sont affichées ici : sélectionne quelqu'un pour voir l'arbre sous cette personne.
web-tree-skip-graph = Passer le graphique et aller à la liste

## Les graphiques
web-charts-field-days = Période
# $days : 7, 30 ou 90.
web-charts-last-days = { $days ->
        [one] Dernier jour
       *[other] { $days } derniers jours
    }
web-charts-show = Afficher
web-charts-bad-days = Les graphiques couvrent les 7, 30 ou 90 derniers jours : choisis l'une de ces périodes.
web-charts-empty = Rien à afficher pour l'instant.
web-charts-total = Total

web-charts-per-day-heading = Codes utilisés, admissions et refus par jour
web-charts-redemptions = Codes utilisés
web-charts-admissions = Admissions
web-charts-denials = Refus
web-charts-day = Jour (UTC)
web-charts-per-day-table = Les chiffres, jour par jour
# $days : les jours affichés ; les autres variables sont des totaux sur ces jours.
web-charts-per-day-caption = Les { $days } derniers jours, comptés en UTC, aujourd'hui inclus jusqu'à maintenant. Au total : codes utilisés { $redemptions }, admissions { $admissions }, refus { $denials }. Un code utilisé compte le jour de son utilisation, une admission le jour où la personne a reçu ses rôles, un refus le jour de la décision.

web-charts-quota-heading = Utilisation du quota
web-charts-member = Membre
web-charts-spent = Utilisé
web-charts-default-limit = Quota par défaut
# $top : combien de membres au plus ; $limit : les utilisations par défaut du serveur par période ; $period : ses jours.
web-charts-quota-caption = Jusqu'à { $top } membres, ceux qui ont le plus utilisé leur quota { $period ->
        [one] le dernier jour
       *[other] ces { $period } derniers jours
    } (la période de quota du serveur), comparés au quota par défaut du serveur : { $limit } { $limit ->
        [one] utilisation
       *[other] utilisations
    }. La limite d'un membre peut être différente : un rôle avec son propre quota, un ajustement par un admin ou la permission « Gérer le serveur » (aucune limite) la changent. Laquelle s'applique dépend des rôles de chacun dans Discord, que cette page ne lit pas : les limites exactes ne figurent donc pas ici.
web-charts-quota-none = Personne n'a utilisé son quota sur cette période.

web-charts-retention-heading = Qui est resté
web-charts-inviter = Qui a invité
web-charts-admitted = Admis
web-charts-stayed = Restés
# $top : combien de personnes qui invitent au plus.
web-charts-retention-caption = Jusqu'à { $top } personnes, celles qui ont fait entrer le plus de monde depuis les débuts de Doorman : combien ont été admises avec leurs codes, et combien d'entre elles sont encore là à la connaissance de Doorman (pas bannies depuis, ni refusées ni parties lors d'un retour ultérieur). Doorman ne voit pas quand quelqu'un part de lui-même : cette personne compte donc toujours parmi celles qui sont restées.
web-charts-retention-none = Personne n'a encore été admis avec un code.
