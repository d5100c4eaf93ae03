# Filtrer les nouveaux arrivants (SPEC section 13) : indicateurs de risque, âge minimum du compte, membres qui
# reviennent. Tournures neutres comme dans bans.ftl (« Cette personne … »).

## /gate policy et /gate settings (descriptions et choix : 100 caractères au plus)
screening-cmd-policy-min-account-age-days = Âge minimum du compte en jours ; en dessous, un modérateur doit approuver (0 à 3650, 0 : désactivé)
screening-cmd-policy-returning = Ce que fait /redeem sans code pour une personne déjà admise ici, puis partie
screening-returning-approve = Demander à l'équipe de modération (en signalant l'admission précédente)
screening-returning-readmit = Réadmettre tout de suite
screening-returning-code = Exiger un nouveau code
screening-settings-min-account-age = Âge minimum du compte : { $days ->
        [0] aucun
        [one] { $days } jour
       *[other] { $days } jours
    }
screening-settings-returning = Membres qui reviennent : { $returning ->
        [readmit] réadmis tout de suite
        [code] nouveau code exigé
       *[approve] l'équipe de modération décide
    }

## La demande d'admission : indicateurs, puis pourquoi un modérateur doit décider même sans approbation
screening-request-signals = Indicateurs
# $days : l'âge du compte au moment de /redeem.
screening-signal-account-age = Âge du compte : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
screening-signal-avatar = Avatar personnalisé
screening-signal-no-avatar = ⚠️ Pas d'avatar personnalisé
screening-signal-first-time = Aucune demande précédente sur ce serveur
# $count : ses demandes précédentes ici ; $denied : combien ont été refusées (entiers).
screening-signal-earlier = { $count ->
        [one] { $count } demande précédente
       *[other] { $count } demandes précédentes
    } sur ce serveur, { $denied ->
        [0] aucune refusée
        [one] dont { $denied } refusée
       *[other] dont { $denied } refusées
    }
screening-signal-came-back = Revenu·e sans code : le code et la personne qui a invité sont ceux de l'admission précédente
screening-log-readmitted = 🔁 { $member } est revenu·e sans code, sur son admission précédente (code { $code } de { $inviter }).
screening-log-readmitted-approved = 🔁 { $member } est revenu·e sans code, sur son admission précédente (code { $code } de { $inviter }), approuvé par { $moderator }.
# Titre d'un champ ; en dessous, une raison par ligne (screening-hold-*).
screening-request-holds = Pourquoi un modérateur doit décider
screening-hold-young-account = ⚠️ Le compte n'a pas l'âge minimum exigé sur ce serveur.
# $number : le numéro de la demande précédente ; $when : une date.
screening-hold-returning = 🔁 Cette personne a déjà été admise ici (demande n° { $number }, le { $when }), puis est partie.
screening-hold-denied-before = ⛔ Une de ses demandes précédentes sur ce serveur a été refusée.
screening-hold-banned-before = ⛔ Cette personne a déjà été bannie de ce serveur.
screening-hold-suspended = ⛔ Cette personne est suspendue sur ce serveur.
screening-hold-suspended-before = ⛔ Cette personne a déjà été suspendue sur ce serveur (suspension levée depuis).
screening-hold-inviter-suspended = ⛔ Le membre dont le code avait permis à cette personne d'entrer est suspendu.

## /redeem sans code
screening-refusal-code-needed = Il te faut un code d'invitation : utilise `/redeem` avec le code qu'un membre t'a donné.
screening-refusal-code-returning = Bon retour ! Ce serveur demande un nouveau code d'invitation aux membres qui reviennent : utilise `/redeem` avec le code qu'un membre t'a donné.
screening-refusal-code-flagged = Pour revenir, il te faut un nouveau code d'invitation, et un modérateur examinera ta demande : utilise `/redeem` avec le code qu'un membre t'a donné.
screening-back-received = Bon retour ! Un modérateur va examiner ta demande pour revenir sur **{ $server }** ; tu recevras un MP dès qu'une décision sera prise.
screening-welcome-back = Bon retour sur **{ $server }** ! Le reste du serveur t'est de nouveau ouvert.
