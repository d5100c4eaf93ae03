## La salle d'attente (SPEC section 13) : qui a rejoint sans être admis reçoit un rappel en MP, puis est expulsé.

waiting-cmd-policy-remind-after-hours = Heures après l'arrivée avant le MP de rappel à qui n'est pas admis (0 à 720, 0 = non)
waiting-cmd-policy-kick-after-hours = Heures après l'arrivée avant d'expulser qui n'est pas admis (0 à 720, 0 = non)
waiting-settings-remind = MP de rappel : { $count ->
        [0] désactivé
        [one] { $count } heure après l'arrivée
       *[other] { $count } heures après l'arrivée
    }
waiting-settings-kick = Expulsion sans admission : { $count ->
        [0] désactivée
        [one] { $count } heure après l'arrivée
       *[other] { $count } heures après l'arrivée
    }
waiting-refusal-needs-intent = Je ne peux pas régler { $options } : la salle d'attente a besoin du **Server Members Intent** de Discord, et je tourne sans lui. La personne qui m'héberge doit l'activer pour le bot dans le Discord Developer Portal, mettre members_intent = true sous [bot] dans mon fichier de configuration, puis me redémarrer. Rien n'a été enregistré.
waiting-warning-no-kick-permission = ⚠️ Il me manque la permission Expulser des membres : tant que je ne l'ai pas, personne ne sera expulsé { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    } après son arrivée, et chaque expulsion impossible alertera l'équipe de modération.
waiting-reminder = 👋 Tu as rejoint **{ $server }**, mais tu n'as pas encore été admis. Si tu as un code d'invitation, utilise-le avec `/redeem` dans { $channel }.
waiting-reminder-waitlist = Pas de code ? Utilise `/waitlist join` là-bas pour en demander un à l'équipe de modération.
waiting-reminder-kick = Si tu attends encore à ce moment-là, tu seras retiré du serveur { $when }. Tu pourras le rejoindre à nouveau plus tard.
waiting-kick-reason = Pas admis dans les { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    } suivant l'arrivée (salle d'attente)
waiting-log-kicked = 👢 { $member } a été expulsé : pas admis dans les { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    } suivant son arrivée.
waiting-describe-remind = rappeler à { $user } en MP comment entrer
waiting-describe-kick = expulser { $user }, qui n'a pas été admis à temps
waiting-gone = Cette personne n'est plus sur le serveur.
waiting-rejoined = Cette personne est partie puis revenue entre-temps : ce sont les minuteurs de sa nouvelle arrivée qui comptent.
waiting-let-in = Cette personne n'attend plus : elle a été admise, a demandé à l'être ou est sur la liste d'attente.
waiting-timer-off = Ce minuteur de la salle d'attente a été désactivé entre-temps avec /gate policy.
waiting-postponed = Son nombre d'heures a été augmenté entre-temps avec /gate policy : il attend qu'elles soient écoulées.
