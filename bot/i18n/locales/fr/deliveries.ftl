# Ce que Doorman dit en livrant ce qu'il doit à Discord : alertes pour l'équipe de modération, réponse
# au bouton « Réessayer » et lignes du salon de logs. $what est un infinitif (« publier une ligne … ») qui suit
# « Je n'ai pas pu … » : il ne doit jamais suivre « de » (pas d'élision possible).

## Alertes dans le salon de modération

deliveries-alert-failing = ⚠️ Je n'ai pas pu { $what } : { $detail }. Corrige le problème, puis clique sur **Réessayer** ; en attendant, je continue d'essayer.
deliveries-alert-stopped = ⛔ J'ai arrêté d'essayer : je n'ai pas pu { $what } pendant 7 jours (dernière erreur : { $detail }). Corrige le problème, puis clique sur **Réessayer**.
deliveries-alert-retry-button = Réessayer
deliveries-alert-unknown-error = cause inconnue
deliveries-alert-no-mod-channel = le salon de modération n'est pas défini, ou je ne le vois pas ; lance `/gate setup`
deliveries-alert-closed = ☑️ Clos : { $reason }
deliveries-alert-resolved = ✅ Résolu : ça a fini par passer.
deliveries-alert-resolved-roles = ✅ Résolu : { $member } a reçu ses rôles (admission n° { $admission }).
deliveries-alert-closed-left = 🚪 Clos : { $member } a quitté le serveur (admission n° { $admission }).
deliveries-alert-channel-gone = Le salon de l'alerte n'existe plus.
deliveries-alert-revived = L'envoi a été relancé ou a abouti entre-temps.
deliveries-alert-describe-close = clore une alerte précédente
deliveries-alert-describe-notice = prévenir l'équipe de modération qu'un envoi a été abandonné

## Réponse au bouton « Réessayer »

deliveries-retry-trying-now = J'essaie en ce moment même ; reviens voir dans un instant.
deliveries-retry-still-failing = Ça échoue toujours : { $detail }.
deliveries-retry-done = C'est fait.

## Pourquoi un envoi a échoué ou a été abandonné

deliveries-failed-refused = Discord a refusé ({ $status }, { $error })
deliveries-failed-refused-permissions = Discord a refusé ({ $status }, permissions manquantes)
deliveries-failed-discord = Discord a rencontré une erreur ({ $status }) ; un nouvel essai pourrait fonctionner
deliveries-failed-unreachable = Discord est injoignable ({ $error })
deliveries-failed-unexpected = un problème est survenu de mon côté
deliveries-failed-no-carrier = je n'ai pas accès à ce serveur, ou rien ici ne prend en charge cet envoi
deliveries-done-dm-closed = Ses MP sont fermés ; je ne peux rien faire de plus.
deliveries-done-gone = Le message, le membre ou le salon concerné n'existe plus ; je ne peux rien faire de plus.
deliveries-dropped-superseded = Une tentative plus récente du même lot s'en charge.

## Le salon de logs

deliveries-log-channel-gone = Le salon de logs n'existe plus ou n'est pas défini ; la ligne est abandonnée.
deliveries-log-describe = publier une ligne dans le salon de logs { $channel }
deliveries-log-admitted = ✅ { $member } admis avec le code { $code } de { $inviter }.
deliveries-log-admitted-approved = ✅ { $member } admis avec le code { $code } de { $inviter }, approuvé par { $moderator }.
deliveries-log-admitted-shared-link = ✅ { $member } admis via le lien partagé de { $admin } (code { $code }), approuvé par { $moderator }.
deliveries-log-left = 🚪 { $member } est parti avant d'être admis.
deliveries-log-denied = ❌ { $member } refusé par { $moderator } (code { $code } de { $inviter }).
deliveries-log-denied-reason = ❌ { $member } refusé par { $moderator } (code { $code } de { $inviter }) : { $reason }
deliveries-log-settings = ⚙️ { $actor } a modifié les paramètres avec /gate { $command } : { $changes }
deliveries-log-settings-dashboard = ⚙️ { $actor } a modifié les paramètres sur le tableau de bord : { $changes }
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
    } { $days ->
        [one] par jour
       *[other] tous les { $days } jours
    }.
deliveries-log-grant = ⚙️ { $actor } : l'ajustement de { $member } est maintenant de { $amount } : sa limite est de { $limit ->
        [one] { $limit } utilisation
       *[other] { $limit } utilisations
    } { $days ->
        [one] par jour
       *[other] tous les { $days } jours
    }.
deliveries-log-grant-unlimited = ⚙️ { $actor } : l'ajustement de { $member } est maintenant de { $amount }, mais ce membre a la permission « Gérer le serveur » : ses utilisations { $days ->
        [one] par jour
       *[other] sur { $days } jours
    } ne sont pas limitées.
deliveries-log-revoked-own = ⛔ { $actor } a révoqué son code { $code }.
deliveries-log-revoked = ⛔ { $actor } a révoqué le code { $code } de { $inviter }.
deliveries-log-revoked-all = ⛔ { $actor } a révoqué tous les codes actifs de { $inviter } ({ $count }) : { $codes }.
deliveries-log-link-code = 🔗 { $actor } a créé le code d'invitation partagé { $code }, valable pour { $count ->
        [one] { $count } utilisation
       *[other] { $count } utilisations
    }.
deliveries-log-regenerated = 🔁 { $actor } a remplacé son code { $old } par { $new }.
