# Admissions : /redeem, la demande d'admission dans le salon de modération, les MP au nouvel arrivant et à la personne qui a invité.
# Contexte de chaque message : en/admissions.ftl. « n° » devant un numéro d'admission, partout.

## Descriptions des commandes

admissions-cmd-redeem = Rejoindre le serveur avec le code d'invitation qu'un membre t'a donné
admissions-cmd-redeem-code = Ton code d'invitation, par ex. 7KQ2-M9XD-4HBT

## Réponses au nouvel arrivant après /redeem

admissions-request-received = Ton code a été accepté. Un modérateur va examiner ta demande pour rejoindre **{ $server }** ; tu recevras un MP dès qu'une décision sera prise.
admissions-welcome = Bienvenue sur **{ $server }** ! Tu as été invité·e par { $inviter } ; le reste du serveur t'est maintenant ouvert.
admissions-roles-delayed = Ton code a été accepté, mais je n'ai pas encore pu te donner tes rôles. L'équipe de modération a été prévenue et va régler ça ; tu n'as pas besoin de réutiliser ton code.

## La demande d'admission dans le salon de modération

admissions-request-title = Demande d'admission n° { $number }
admissions-request-newcomer = Nouvel arrivant
admissions-request-invited-by = Invité·e par
admissions-request-shared-link = { $admin }, via un lien partagé (`/gate link`) : personne ne s'est porté personnellement garant de ce nouvel arrivant
admissions-request-code = Code
admissions-request-note = Note de la personne qui a invité
admissions-request-redeemed = Date d'utilisation
admissions-request-decision = Décision
admissions-request-reason = Motif
admissions-request-closed = Clôture
admissions-request-newcomer-value =
    { $newcomer } ({ $id })
    Compte créé { $created }
admissions-request-denied-by = ❌ Refusée par { $moderator } le { $when }
admissions-request-approved-by = ✅ Approuvée par { $moderator } le { $when }
admissions-request-roles-pending = ⚠️ Rôles pas encore attribués : consulte l'alerte ci-dessous et clique sur **Réessayer**.
admissions-request-left = Le nouvel arrivant a quitté le serveur avant d'être admis.
admissions-button-approve = Approuver
admissions-button-deny = Refuser
admissions-moved-to = 📦 Demande déplacée dans { $channel }, le nouveau salon de modération : c'est là-bas qu'il faut décider.

## Le formulaire de refus (45 caractères au plus)

admissions-deny-form-title = Refuser la demande d'admission
admissions-deny-form-reason = Motif (envoyé au nouvel arrivant)

## Réponses au modérateur qui a décidé

admissions-decided = Demande n° { $number } de { $newcomer } { $verb ->
        [denied] refusée
       *[approved] approuvée
    }.
admissions-dm-refused = Décision enregistrée, mais je n'ai pas pu envoyer de MP à { $newcomer } à ce sujet : ses MP sont fermés.
admissions-dm-delayed = Décision enregistrée, mais je n'ai pas encore pu envoyer de MP à { $newcomer } à ce sujet ; je vais continuer d'essayer.

## Avis dans le salon de modération

admissions-dm-undelivered = ℹ️ Je n'ai pas pu envoyer de MP à { $newcomer } au sujet de la décision de { $moderator } sur la demande n° { $number } : ses MP sont fermés.
admissions-guessing-alert = 🚨 Beaucoup d'échecs de `/redeem` { $minutes ->
        [one] au cours de la dernière minute
       *[other] au cours des { $minutes } dernières minutes
    } : quelqu'un essaie peut-être de deviner des codes. Chaque compte est bloqué après { $attempts ->
        [one] { $attempts } échec
       *[other] { $attempts } échecs
    } ; `/gate codes` affiche les codes actifs.

## Messages privés

admissions-inviter-dm = { $newcomer } a rejoint **{ $server }** avec ton code { $code }.
admissions-approved-dm-welcome = ✅ Un modérateur a approuvé ta demande pour rejoindre **{ $server }**. Bienvenue !
admissions-approved-dm-roles-pending = ✅ Un modérateur a approuvé ta demande pour rejoindre **{ $server }**. Tes rôles n'ont pas encore pu être attribués ; l'équipe de modération a été prévenue et une nouvelle tentative aura lieu.
admissions-denied-dm = ❌ Ta demande pour rejoindre **{ $server }** a été refusée par un modérateur.
admissions-denied-dm-reason = Motif : { $reason }

## Ce que le bot fait pour une admission, tel que l'équipe de modération le voit dans une alerte

admissions-audit-reason = Admission Doorman n° { $number } : code { $code } de l'utilisateur { $inviter }
# Complète « Je n'ai pas pu … ».
admissions-describe-grant = attribuer ses rôles à { $newcomer } (admission n° { $number }, code { $code } de { $inviter })
admissions-describe-request = afficher la demande d'admission n° { $number } dans le salon de modération
admissions-describe-dm = envoyer un MP à { $user } au sujet de l'admission n° { $number }
admissions-describe-undelivered = prévenir l'équipe de modération qu'une décision n'a pas pu être envoyée en MP
admissions-describe-guessing = prévenir l'équipe de modération d'une série d'échecs de `/redeem`
admissions-role-gone = le rôle de membre n'existe plus ; relance `/gate setup`
admissions-roles-refused = Discord a refusé : mon rôle doit être au-dessus du rôle de membre, avec la permission « Gérer les rôles »
admissions-closed-already = Rien à faire : l'admission n° { $number } est déjà close.
admissions-newcomer-left = { $newcomer } a quitté le serveur ; l'admission est close.
admissions-roles-granted = C'est fait : { $newcomer } a maintenant ses rôles.
admissions-no-one-to-tell = Cette personne a quitté le serveur ; il n'y a plus personne à prévenir.
admissions-dms-closed = Ses MP sont fermés.
