# Ce que Doorman dit en livrant ce qu'il doit à Discord : alertes pour l'équipe de modération, réponse
# au bouton « Réessayer » et lignes du salon de logs. $what est un infinitif (« publier une ligne … »).

## Alertes dans le salon de modération

deliveries-alert-failing = ⚠️ Je n'ai pas pu { $what } : { $detail }. Corrige le problème, puis clique sur **Réessayer** ; en attendant, je continue d'essayer.
deliveries-alert-stopped = ⛔ J'ai abandonné : impossible de { $what } après 7 jours d'échecs (dernier : { $detail }). Corrige le problème, puis clique sur **Réessayer**.
deliveries-alert-retry-button = Réessayer
deliveries-alert-unknown-error = inconnu
deliveries-alert-no-mod-channel = le salon de modération n'est pas défini, ou je ne le vois pas ; lance `/gate setup`
deliveries-alert-closed = ☑️ Clos : { $reason }
deliveries-alert-resolved = ✅ Résolu : ça a fini par passer.
deliveries-alert-resolved-roles = ✅ Résolu : { $member } a reçu ses rôles (admission n° { $admission }).
deliveries-alert-closed-left = 🚪 Clos : { $member } a quitté le serveur (admission n° { $admission }).
deliveries-alert-channel-gone = Le salon de l'alerte n'existe plus.
deliveries-alert-revived = Ça a été relancé ou c'est passé entre-temps.
deliveries-alert-describe-close = clore une alerte précédente
deliveries-alert-describe-notice = te prévenir qu'une livraison a été abandonnée

## Réponse au bouton « Réessayer »

deliveries-retry-trying-now = J'essaie justement en ce moment ; reviens voir dans un instant.
deliveries-retry-still-failing = Ça échoue toujours : { $detail }.
deliveries-retry-done = C'est fait.

## Pourquoi un envoi a échoué ou a été abandonné

deliveries-failed-refused = Discord a refusé ({ $status }, { $error })
deliveries-failed-refused-permissions = Discord a refusé ({ $status }, permissions manquantes)
deliveries-failed-discord = Discord a rencontré une erreur ({ $status }) ; un nouvel essai pourrait fonctionner
deliveries-failed-unreachable = Je n'ai pas pu joindre Discord ({ $error })
deliveries-failed-unexpected = quelque chose s'est mal passé de mon côté
deliveries-failed-no-carrier = je ne peux pas joindre ce serveur, ou rien ici ne s'en charge
deliveries-done-dm-closed = Ses MP sont fermés ; je ne peux rien faire de plus.
deliveries-done-gone = Ce que ça concernait n'existe plus ; je ne peux rien faire de plus.
deliveries-dropped-superseded = une tentative plus récente du même lot s'en charge.

## Le salon de logs

deliveries-log-channel-gone = Le salon de logs n'existe plus ou n'est pas défini ; la ligne est abandonnée.
deliveries-log-describe = publier une ligne dans le salon de logs { $channel }
deliveries-log-admitted = ✅ { $member } admis avec le code { $code } de { $inviter }.
deliveries-log-admitted-approved = ✅ { $member } admis avec le code { $code } de { $inviter }, approuvé par { $moderator }.
deliveries-log-left = 🚪 { $member } est parti avant d'être admis.
deliveries-log-denied = ❌ { $member } refusé par { $moderator } (code { $code } de { $inviter }).
deliveries-log-denied-reason = ❌ { $member } refusé par { $moderator } (code { $code } de { $inviter }) : { $reason }
deliveries-log-settings = ⚙️ { $actor } a modifié les paramètres avec /gate { $command } : { $changes }
deliveries-log-change = { $setting } : { $old } → { $new }
deliveries-log-no-change = aucun changement
deliveries-log-value-none = aucun
deliveries-log-value-on = activé
deliveries-log-value-off = désactivé
deliveries-log-value-server-language = la langue préférée du serveur
deliveries-language-name = Français
deliveries-log-role-quota = ⚙️ { $actor } : les membres ayant { $role } peuvent désormais distribuer { $amount ->
        [one] { $amount } utilisation
       *[other] { $amount } utilisations
    } tous les { $days ->
        [one] jours
       *[other] { $days } jours
    }.
deliveries-log-grant = ⚙️ { $actor } : l'ajustement de { $member } est maintenant de { $amount } : sa limite est de { $limit ->
        [one] { $limit } utilisation
       *[other] { $limit } utilisations
    } tous les { $days ->
        [one] jours
       *[other] { $days } jours
    }.
deliveries-log-grant-unlimited = ⚙️ { $actor } : l'ajustement de { $member } est maintenant de { $amount } : sa limite ne s'applique pas (Gérer le serveur) sur une période de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
deliveries-log-revoked-own = ⛔ { $actor } a révoqué son code { $code }.
deliveries-log-revoked = ⛔ { $actor } a révoqué le code { $code } de { $inviter }.
deliveries-log-revoked-all = ⛔ { $actor } a révoqué tous les codes actifs de { $inviter } ({ $count }) : { $codes }.
