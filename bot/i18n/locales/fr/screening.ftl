# Filtrer les nouveaux arrivants (SPEC section 13) : signaux de risque, âge minimum du compte, membres qui reviennent.

## /gate policy et /gate settings
screening-cmd-policy-min-account-age-days = Comptes plus récents (en jours) : un modérateur doit approuver (0 à 3650, 0 : désactivé)
screening-cmd-policy-returning = Ce que fait /redeem sans code pour quelqu'un déjà admis ici puis parti
screening-returning-approve = Demander à l'équipe de modération (en signalant l'admission précédente)
screening-returning-readmit = Le laisser revenir tout de suite
screening-returning-code = Demander un nouveau code
screening-settings-min-account-age = Âge minimum du compte : { $days ->
        [0] aucun
        [one] { $days } jour
       *[other] { $days } jours
    }
screening-settings-returning = Membres qui reviennent : { $returning ->
        [readmit] retour immédiat
        [code] nouveau code nécessaire
       *[approve] l'équipe de modération décide
    }

## La demande d'admission
screening-request-signals = Signaux
screening-signal-account-age = Âge du compte : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
screening-signal-avatar = A son propre avatar
screening-signal-no-avatar = ⚠️ Pas d'avatar personnel
screening-signal-first-time = Aucune demande précédente sur ce serveur
screening-signal-earlier = ⚠️ { $count ->
        [one] { $count } demande précédente
       *[other] { $count } demandes précédentes
    } sur ce serveur, dont { $denied } refusée(s)
screening-signal-came-back = Revenu·e sans code : le code et la personne qui a invité sont ceux de l'admission précédente
screening-request-holds = Un modérateur doit décider, car
screening-hold-young-account = ⚠️ Le compte est plus récent que l'âge minimum de ce serveur.
screening-hold-returning = 🔁 Déjà admis·e ici (demande n° { $number }, { $when }), puis parti·e.
screening-hold-returning-unknown = 🔁 Déjà admis·e ici, puis parti·e.
screening-hold-denied-before = ⛔ Une de ses demandes précédentes sur ce serveur a été refusée.
screening-hold-banned-before = ⛔ A déjà été banni·e de ce serveur.
screening-hold-suspended = ⛔ Est suspendu·e sur ce serveur.

## /redeem sans code
screening-refusal-code-needed = Il te faut un code d'invitation : utilise `/redeem` avec le code qu'un membre t'a donné.
screening-refusal-code-returning = Content de te revoir ! Ce serveur demande un nouveau code d'invitation aux membres qui reviennent : utilise `/redeem` avec le code qu'un membre t'a donné.
screening-refusal-code-flagged = Pour revenir, il te faut un nouveau code d'invitation, et un modérateur examinera ta demande : utilise `/redeem` avec le code qu'un membre t'a donné.
screening-back-received = Content de te revoir ! Un modérateur va examiner ta demande pour revenir sur **{ $server }** ; tu recevras un MP dès qu'une décision sera prise.
screening-welcome-back = Re-bienvenue sur **{ $server }** ! Le reste du serveur t'est de nouveau ouvert.
