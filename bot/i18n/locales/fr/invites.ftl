# /invite : les membres créent, listent et révoquent leurs codes d'invitation. Tout ici est une réponse
# que seul le membre qui a lancé la commande lit. (Contexte de chaque message : en/invites.ftl.)

## Descriptions des commandes (100 caractères au plus)

invites-cmd-group = Inviter des nouveaux arrivants avec des codes d'invitation
invites-cmd-create = Créer un code d'invitation pour quelqu'un dont tu te portes garant
invites-cmd-create-uses = Combien de personnes peuvent l'utiliser (1 par défaut)
invites-cmd-create-expires-in = Durée de validité, par ex. 30m, 12h ou 7d (par défaut : la durée des codes du serveur)
invites-cmd-create-for-user = Seul ce compte pourra l'utiliser : son nom d'utilisateur exact, son ID ou une @mention
invites-cmd-create-note = Une note pour l'équipe de modération qui examinera la demande (200 caractères max.)
invites-cmd-list = Tes codes, qui les a utilisés, et ton quota
invites-cmd-revoke = Révoquer un de tes codes ; ses utilisations restantes reviennent dans ton quota
invites-cmd-revoke-code = Le code à révoquer
invites-revoke-choice = { $code } ({ $uses }/{ $max } utilisations)
invites-cmd-regenerate = Remplacer un code perdu ou qui a fuité : mêmes utilisations et expiration, sans quota en plus
invites-cmd-regenerate-code = Le code à remplacer

## Quota

invites-quota-unlimited = Quota : illimité (tu as la permission « Gérer le serveur »).
invites-quota = Quota : { $used ->
        [one] { $used } utilisation sur { $limit } consommée
       *[other] { $used } utilisations sur { $limit } consommées
    } { $days ->
        [one] ces dernières 24 heures
       *[other] ces { $days } derniers jours
    } ; { $remaining ->
        [0] il ne t'en reste plus
       *[other] il t'en reste { $remaining }
    }.
invites-quota-next-free = { $quota } La prochaine utilisation se libérera { $when }.

## Réponse à /invite create

invites-created-code = Ton code d'invitation : **{ $code }**
invites-created-uses = Utilisations : { $uses } · Expire le { $expires } ({ $relative })
invites-created-reserved-id = Réservé à { $who } : seul ce compte peut l'utiliser.
invites-created-reserved-username = Réservé à { $who } : vérifie que c'est bien son nom d'utilisateur exact (celui affiché sous son nom dans son profil), et non son nom d'affichage ou son pseudo sur un serveur.
invites-created-note = Note pour l'équipe de modération : { $note }
invites-created-tell = Dis à la personne que tu invites : rejoins le serveur, puis tape `/redeem { $code }` dans { $channel }.

## /invite list

invites-list-title = Tes codes d'invitation
invites-list-empty = Tu n'as encore aucun code. Crée-en un avec `/invite create`.
invites-list-quota = Quota

## Réponse à /invite revoke

invites-revoked = Code { $code } révoqué. Plus personne ne peut l'utiliser ; { $count ->
        [0] aucune utilisation ne revient
        [one] { $count } utilisation restante revient
       *[other] { $count } utilisations restantes reviennent
    } dans ton quota.

## The reply to /invite regenerate: this line, then the new code as the reply to /invite create shows it.

invites-regenerated-old = Code { $old } remplacé : { $link ->
        [yes] il ne fonctionne plus, et son lien d'invitation non plus.
       *[no] il ne fonctionne plus.
    }

## Invite links (SPEC section 11): a Discord invite to the welcome channel, made with each code when the
## server's policy allows it, and deleted when the code is revoked, used up or expires.

# Beside the code in the reply to /invite create. $link is the link's address (https://discord.gg/…).
invites-created-link = Lien d'invitation : { $link }
# The line to forward, when the code has an invite link: it replaces invites-created-tell. /redeem is the
# command name and stays English; $link the link's address, $code the code, $channel the welcome channel.
invites-created-tell-link = Dis à la personne que tu invites : rejoins le serveur avec { $link }, puis tape `/redeem { $code }` dans { $channel }.
# Why a new code has no invite link. "Create Invite" is the Discord permission, as Discord's client names it in
# this language; $channel the welcome channel.
invites-no-link-permission = Pas de lien d'invitation : il me manque la permission « Créer une invitation » dans { $channel }. Le code fonctionne quand même ; un admin peut me donner cette permission.
invites-no-link-channel = Pas de lien d'invitation : le salon de bienvenue n'existe plus. Le code fonctionne quand même ; un admin peut en choisir un autre avec `/gate setup`.
invites-no-link-failed = Pas encore de lien d'invitation : Discord n'en a pas créé pour l'instant. Le code fonctionne quand même ; je réessaierai, et `/invite list` affichera le lien dès qu'il sera créé.
# The reason shown in the server's audit log for the link. $code: the code; $inviter: the inviter's user ID.
invites-link-audit-reason = Lien d'invitation Doorman pour le code { $code } de l'utilisateur { $inviter }
# Completes "I could not …" in the moderators' alerts. $link: the link's address.
invites-describe-delete-link = supprimer le lien d'invitation { $link } d'un code qui n'est plus valable
# Why nothing was deleted: the link had been deleted already (by hand, or by Discord when it expired).
invites-link-gone = Le lien d'invitation n'existait déjà plus ; je ne peux rien faire de plus.
invites-describe-make-link = créer le lien d'invitation du code { $code }
invites-link-note-not-needed = Le code { $code } n'a plus besoin de lien : il en a déjà un, ou il n'est plus valable.
invites-link-note-policy-off = Les liens d'invitation sont désactivés sur ce serveur.
invites-link-note-no-channel = Le salon de bienvenue n'existe plus.
invites-link-note-no-permission = Il me manque la permission « Créer une invitation » dans le salon de bienvenue.
