# Liste d'attente : /waitlist join, leave et status ; l'entrée dans le salon de modération avec Inviter et Refuser,
# le formulaire de refus, les MP, les lignes des logs, /gate waitlist, /gate whois et les deux règles.
# Comme dans les autres catalogues : « Motif » pour la raison d'un refus, masculin générique dans les listes
# et les logs (« admis », « refusé »), et de préférence des tournures sans accord (« { $by } a invité … »).
# $since et $when sont des dates relatives (« il y a 3 jours ») sauf là où le texte dit « le » ou « jusqu'au ».

## Descriptions des commandes (100 caractères au plus)

waitlist-cmd-group = La liste d'attente, pour qui n'a pas de code d'invitation
waitlist-cmd-join = Rejoindre la liste d'attente : demander à l'équipe de modération d'entrer sans code
waitlist-cmd-join-about = Quelques mots sur toi pour l'équipe de modération (300 caractères max.)
waitlist-cmd-leave = Quitter la liste d'attente
waitlist-cmd-status = Ta place sur la liste d'attente, ou le code qu'on t'a envoyé
waitlist-cmd-gate = La liste d'attente : qui attend, dans quel ordre et depuis quand
waitlist-cmd-policy-waitlist = Autoriser ou non les personnes sans code à rejoindre la liste d'attente
waitlist-cmd-policy-cooldown-days = Jours à attendre après un refus pour rejoindre à nouveau la liste d'attente (0 à 365)

## Réponses à la personne sur la liste d'attente

waitlist-joined = Tu es sur la liste d'attente de **{ $server }**, en position **{ $position }**. L'équipe de modération va examiner ta demande ; tu recevras un MP dès qu'une décision sera prise.
waitlist-left = Tu as quitté la liste d'attente.
waitlist-status-waiting = Tu es sur la liste d'attente, en position **{ $position }**. Tu l'as rejointe { $since }.
waitlist-status-invited = { $inviter } t'a envoyé un code d'invitation : **{ $code }**
waitlist-status-expires = Il est valable jusqu'au { $when } ({ $relative }).
waitlist-status-code-ended = Ce code est désormais { $status }. Pour recevoir une nouvelle invitation, rejoins de nouveau la liste d'attente avec `/waitlist join`.
waitlist-status-declined = Ta demande sur la liste d'attente a été refusée { $when }. Tu pourras rejoindre à nouveau la liste d'attente à partir du { $again }.
waitlist-status-none = Tu n'es pas sur la liste d'attente. Pour la rejoindre, tape `/waitlist join` dans le salon de bienvenue.
waitlist-how-to-redeem-link = Pour entrer : si tu n'es plus sur le serveur, rejoins-le avec { $link } ; tape ensuite `/redeem { $code }` dans { $channel }.
waitlist-how-to-redeem = Pour entrer : tape `/redeem { $code }` dans { $channel }.
waitlist-the-welcome-channel = le salon de bienvenue

## Refus de /waitlist

waitlist-refusal-wrong-channel = La liste d'attente se rejoint dans { $channel }. Lance `/waitlist join` là-bas.
waitlist-refusal-member = Tu es déjà membre ici ; la liste d'attente est réservée aux personnes qui n'ont aucun moyen d'entrer.
waitlist-refusal-closed = La liste d'attente de ce serveur est fermée. Demande un code d'invitation à un membre.
waitlist-refusal-admission-open = Tu as déjà utilisé un code et ton admission est toujours en cours ; tu n'as pas besoin de la liste d'attente.
waitlist-refusal-already-waiting = Tu es déjà sur la liste d'attente, en position **{ $position }**.
waitlist-refusal-already-invited = Tu es déjà sur la liste d'attente et on t'a envoyé un code : retrouve-le avec `/waitlist status`.
waitlist-refusal-declined = Ta dernière demande sur la liste d'attente a été refusée. Tu pourras rejoindre à nouveau la liste d'attente à partir du { $when } ({ $relative }).
waitlist-refusal-too-often = Tu as rejoint la liste d'attente { $count ->
        [one] une fois
       *[other] { $count } fois
    } ces dernières 24 heures. Tu pourras la rejoindre à nouveau { $relative }.
waitlist-refusal-not-on-it = Tu n'es pas sur la liste d'attente.
waitlist-refusal-entry-not-found = Cette entrée de la liste d'attente n'existe plus.
waitlist-refusal-already-decided = Cette personne a déjà été { $decision ->
        [invited] invitée
       *[declined] refusée
    } par { $moderator } { $when }.
waitlist-refusal-closed-entry = { $status ->
        [redeemed] Cette personne a déjà utilisé un code { $when } ; son entrée est close.
        [lapsed] Le code envoyé à cette personne n'a jamais servi et elle a rejoint à nouveau la liste d'attente { $when } ; cette entrée est close.
       *[left] Cette personne a quitté la liste d'attente { $when } ; son entrée est close.
    }

## L'entrée dans le salon de modération (dans la langue du serveur)

waitlist-entry-title = Entrée n° { $number } de la liste d'attente
waitlist-entry-person = Personne
waitlist-entry-joined = Inscription
waitlist-entry-about = Présentation
waitlist-entry-status = Statut
waitlist-entry-reason = Motif
waitlist-entry-person-value =
    { $person } ({ $id })
    Compte créé { $created }
waitlist-entry-waiting = ⏳ En attente d'un modérateur
waitlist-entry-invited-by = 📨 Invitation envoyée par { $by } le { $when } avec le code { $code }
waitlist-entry-declined-by = ❌ Refusée par { $by } le { $when }
waitlist-entry-redeemed = ✅ Code utilisé le { $when }
waitlist-entry-left = 👋 A quitté la liste d'attente le { $when }
waitlist-entry-lapsed = ⌛ Code jamais utilisé ; nouvelle inscription le { $when }
waitlist-button-invite = Inviter
waitlist-button-decline = Refuser

## Le formulaire de refus (45 caractères au plus)

waitlist-decline-form-title = Refuser l'entrée de la liste d'attente
waitlist-decline-form-reason = Motif (envoyé à la personne)

## Réponses au modérateur qui a cliqué

waitlist-invited = Tu as invité { $person } : le code { $code } lui a été envoyé.
waitlist-invited-no-link = Je n'ai pas pu créer de lien d'invitation pour ce code ; la personne n'a reçu que le code.
waitlist-declined = Demande de { $person } refusée.
waitlist-dm-refused = Je n'ai pas pu envoyer de MP à { $person } : ses MP sont fermés. La personne peut retrouver la réponse avec `/waitlist status`.
waitlist-dm-delayed = Je n'ai pas encore pu envoyer de MP à { $person } ; je continue d'essayer. La personne peut retrouver la réponse avec `/waitlist status`.
waitlist-person-gone = { $person } a quitté le serveur : son entrée est close et aucun code n'a été créé.

## À un membre dont le nouveau code est réservé à une personne de la liste d'attente

waitlist-vouched = { $person } était sur la liste d'attente : je lui ai envoyé ce code en MP.
waitlist-vouched-dm-refused = { $person } était sur la liste d'attente, mais je n'ai pas pu lui envoyer ce code en MP (ses MP sont fermés) ; la personne peut le retrouver avec `/waitlist status`.
waitlist-vouched-dm-delayed = { $person } était sur la liste d'attente ; je n'ai pas encore pu lui envoyer ce code en MP et je continue d'essayer. La personne peut le retrouver avec `/waitlist status`.

## MP à la personne (dans sa langue)

waitlist-invited-dm = 🎉 Tu étais sur la liste d'attente de **{ $server }** : { $inviter } t'a invité·e ! Ton code d'invitation : { $code }, valable jusqu'au { $expires }.
waitlist-declined-dm = Ta demande sur la liste d'attente de **{ $server }** a été refusée.
waitlist-declined-dm-reason = Motif : { $reason }
waitlist-declined-dm-again = Tu pourras rejoindre à nouveau la liste d'attente à partir du { $when }.

## Lignes des logs (dans la langue du serveur)

waitlist-log-joined = 📝 { $person } a rejoint la liste d'attente (entrée n° { $number }).
waitlist-log-invited = 📨 { $by } a invité { $person } depuis la liste d'attente avec le code { $code }.
waitlist-log-vouched = 📨 { $by } se porte garant de { $person }, qui était sur la liste d'attente, et lui a envoyé le code { $code }.
waitlist-log-declined = ❌ { $by } a refusé la demande de { $person } sur la liste d'attente.
waitlist-log-declined-reason = ❌ { $by } a refusé la demande de { $person } sur la liste d'attente : { $reason }

## Livraisons : ce qui a échoué (« Je n'ai pas pu … ») et pourquoi rien n'a été envoyé

waitlist-describe-entry = afficher l'entrée n° { $number } de la liste d'attente dans le salon de modération
waitlist-describe-dm = envoyer un MP à { $user } au sujet de l'entrée n° { $number } de la liste d'attente
waitlist-nothing-to-send = L'entrée a été close, ou son code n'était plus valable, avant l'envoi du MP.

## /gate waitlist

waitlist-gate-title = Liste d'attente
waitlist-gate-empty = Personne n'est sur la liste d'attente.
waitlist-gate-waiting = **{ $position }.** { $person } · en attente · inscription { $since }
waitlist-gate-invited = 📨 { $person } · inscription { $since } · invité par { $by } { $when }

## /gate whois : la liste d'attente de la personne (masculin générique, comme « admis » dans les listes)

waitlist-whois-heading = **Liste d'attente ({ $count })**
waitlist-whois-joined = Inscription le { $when }
waitlist-whois-invited = invité par { $by } { $when } avec le code { $code }
waitlist-whois-waiting = en attente
waitlist-whois-declined = refusé par { $by } { $when }
waitlist-whois-redeemed = a utilisé un code { $when }
waitlist-whois-left = a quitté la liste d'attente { $when }
waitlist-whois-lapsed = code jamais utilisé, nouvelle inscription { $when }

## /gate settings

waitlist-settings-waitlist = Liste d'attente : { $state ->
    [on] ouverte
   *[off] fermée
}
waitlist-settings-cooldown = Retour sur la liste d'attente après un refus : { $days ->
    [0] immédiat
    [one] au bout de { $days } jour
   *[other] au bout de { $days } jours
}

waitlist-undelivered-invited = ⚠️ Je n'ai pas pu envoyer en MP à { $person } le code reçu depuis la liste d'attente : ses MP sont fermés. La personne peut le retrouver avec `/waitlist status` dans { $channel }.
waitlist-undelivered-declined = ⚠️ Je n'ai pas pu prévenir { $person } que sa demande sur la liste d'attente a été refusée : ses MP sont fermés. `/waitlist status` le lui indique.
waitlist-describe-undelivered = te prévenir qu'un MP de la liste d'attente n'a pas pu être envoyé
