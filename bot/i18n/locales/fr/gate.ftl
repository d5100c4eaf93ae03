# /gate : les commandes des admins. Chaque réponse est une réponse éphémère, lue par l'admin qui l'a lancée.

## Descriptions des commandes, options et choix (au plus 100 caractères)

gate-cmd-group = Configurer Doorman et contrôler les admissions
gate-cmd-setup = Choisir les salons et les rôles avec lesquels Doorman travaille
gate-cmd-setup-welcome-channel = Où les nouveaux arrivants lancent /redeem
gate-cmd-setup-mod-channel = Où arrivent les demandes d'admission et les alertes
gate-cmd-setup-member-role = Le rôle qu'un membre reçoit une fois admis
gate-cmd-setup-newcomer-role = Un rôle que les nouveaux arrivants gardent jusqu'à leur admission (retiré ensuite)
gate-cmd-setup-log-channel = Où publier une ligne par admission, refus, révocation et changement de paramètre
gate-cmd-setup-mod-role = Un rôle autorisé à approuver ou refuser les demandes (« Gérer les rôles » suffit toujours)
gate-cmd-setup-language = La langue du salon de modération, des alertes et des logs
gate-cmd-approval = Exiger ou non qu'un modérateur approuve chaque code utilisé
gate-cmd-policy = Modifier les quotas, la durée des codes et l'approbation sur ce serveur
gate-cmd-policy-invites-per-member = Utilisations qu'un membre peut distribuer par période (0 à 1000)
gate-cmd-policy-quota-period-days = Durée de la période glissante du quota, en jours (1 à 365)
gate-cmd-policy-code-ttl-days = Durée de validité par défaut d'un code, en jours (1 à 30)
gate-cmd-policy-max-uses-per-code = Nombre maximal d'utilisations d'un code (1 à 100)
gate-cmd-settings = Afficher tous les paramètres en vigueur sur ce serveur
gate-cmd-quota = Donner aux membres d'un rôle leur propre quota d'invitations
gate-cmd-quota-role = Le rôle
gate-cmd-quota-amount = Utilisations par période (0 : ces membres ne peuvent pas inviter)
gate-cmd-quota-period-days = Durée de la période, en jours
gate-cmd-grant = Augmenter (ou, en négatif, baisser) la limite d'invitations d'un membre
gate-cmd-grant-member = Le membre
gate-cmd-grant-amount = Utilisations ajoutées à sa limite (un nombre négatif la baisse, 0 la réinitialise)
gate-cmd-codes = Lister les codes de ce serveur, ou ceux d'un membre
gate-cmd-codes-member = Seulement les codes de ce membre
gate-cmd-revoke = Révoquer n'importe quel code de ce serveur
gate-cmd-revoke-code = Le code, par ex. 7KQ2-M9XD-4HBT
gate-cmd-revoke-all = Révoquer tous les codes actifs d'un membre
gate-cmd-revoke-all-member = Le membre dont les codes sont à révoquer
gate-cmd-pending = Demandes d'admission en attente et rôles pas encore attribués
gate-cmd-whois = Qui a invité un membre, et qui ce membre a invité
gate-cmd-whois-member = Le membre dont tu veux voir les invitations
gate-cmd-link = Un code et un lien d'invitation pour beaucoup de monde ; un modérateur approuve chaque arrivée
gate-cmd-link-uses = Combien de personnes peuvent l'utiliser (1 à 1000, 25 par défaut)

## /gate link's reply, read by the admin who ran it: one code to share with many people (an announcement,
## a website). Its Discord link allows at most 100 uses; every redemption waits for a moderator's approval.

gate-link-created-code = Code d'invitation partagé : **{ $code }**
gate-link-unlimited = Un lien Discord accepte au plus { $most } utilisations : ce lien n'a donc pas de limite propre, et le code cessera de fonctionner après { $count } utilisations.
gate-link-approval = Chaque utilisation de ce code attend l'approbation d'un modérateur, quel que soit le réglage `approval`.
gate-link-share = À partager : rejoins le serveur, puis tape `/redeem { $code }` dans { $channel }.
gate-link-share-link = À partager : rejoins le serveur avec { $link }, puis tape `/redeem { $code }` dans { $channel }.

## Langues : chaque langue porte son propre nom, le même dans tous les catalogues.

gate-language-server = La langue préférée du serveur
gate-language-en = English
gate-language-de = Deutsch
gate-language-es = Español
gate-language-fr = Français
gate-language-pt-br = Português (Brasil)
gate-language-ja = 日本語

## /gate setup, /gate policy, /gate settings

gate-saved = Enregistré.
gate-settings-title = Paramètres de Doorman
gate-settings-not-set-up = Pas encore configuré : lance `/gate setup`.
gate-settings-places = Salons et rôles
gate-settings-not-set = non défini
gate-settings-welcome-channel = Salon de bienvenue : { $place }
gate-settings-mod-channel = Salon de modération : { $place }
gate-settings-log-channel = Salon de logs : { $place }
gate-settings-member-role = Rôle de membre : { $place }
gate-settings-newcomer-role = Rôle de nouvel arrivant : { $place }
gate-settings-mod-role = Rôle de modérateur : { $place } (et toute personne ayant la permission « Gérer les rôles »)
gate-settings-language = Langue : { $language }
gate-settings-language-server = Langue : { $language } (la langue préférée du serveur)
gate-settings-policy = Règles
gate-settings-default = {" "}(par défaut)
gate-settings-approval = Approbation : { $approval ->
    [on] activée
   *[off] désactivée
}
gate-settings-invites-per-member = Invitations par membre : { $amount } { $period ->
    [one] par jour
   *[other] tous les { $period } jours
}
gate-settings-code-lifetime = Durée de validité des codes : { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
gate-settings-max-uses = Utilisations max. par code : { $uses }
gate-settings-lockout = Blocage : après { $attempts ->
    [one] { $attempts } échec
   *[other] { $attempts } échecs
}, /redeem est bloqué pendant { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} (fichier de configuration)
gate-settings-role-quotas = Quotas par rôle
gate-settings-role-quota = { $role } : { $amount } { $period ->
    [one] par jour
   *[other] tous les { $period } jours
}
gate-settings-no-role-quotas = Aucun : chaque membre a le quota par défaut.

## /gate quota et /gate grant

gate-quota-set = Les membres ayant { $role } peuvent désormais distribuer { $amount ->
    [one] { $amount } utilisation
   *[other] { $amount } utilisations
} { $period ->
    [one] par jour
   *[other] tous les { $period } jours
}. Un membre reçoit le quota le plus élevé parmi ses rôles.
gate-grant-set = L'ajustement de { $member } est maintenant de { $adjustment } : sa limite est de { $limit ->
    [one] { $limit } utilisation
   *[other] { $limit } utilisations
} { $period ->
    [one] par jour
   *[other] tous les { $period } jours
} (dont { $used ->
    [one] { $used } consommée
   *[other] { $used } consommées
}).
gate-grant-set-unlimited = L'ajustement de { $member } est maintenant de { $adjustment }, mais ce membre a la permission « Gérer le serveur » : ses utilisations { $period ->
    [one] par jour
   *[other] sur { $period } jours
} ne sont pas limitées ({ $used ->
    [one] { $used } consommée
   *[other] { $used } consommées
}).

## /gate codes, revoke, revoke-all, whois

gate-codes-title-member = Codes de { $member }
gate-codes-title = Codes de ce serveur
gate-codes-empty = Aucun code pour l'instant.
gate-revoked = Code { $code } de { $inviter } révoqué.
gate-revoke-all-none = { $member } n'a aucun code actif : rien n'a été révoqué.
gate-revoke-all-done = { $count ->
    [one] { $count } code de { $member } révoqué
   *[other] { $count } codes de { $member } révoqués
} : { $codes }.
gate-revoke-all-more = et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
} (`/gate codes` avec ce membre les liste tous)
gate-whois-title = Qui est { $name } ?
gate-whois-vouched-for-by = **Invité·e par ({ $count })**
gate-whois-invited = **A invité ({ $count })**
gate-whois-no-admission = Aucune admission via Doorman enregistrée.
gate-whois-nobody = Personne pour l'instant.

## /gate pending

gate-pending-title = Admissions en attente
gate-pending-empty = Rien n'est en attente.
gate-pending-open = ouvrir
gate-pending-reposted = { $link } (demande republiée : l'ancien message avait disparu)
gate-pending-not-posted = demande pas encore publiée (le salon de modération était inaccessible ; je continue d'essayer)
gate-pending-gave-up = demande non publiée : j'ai arrêté d'essayer après 7 jours d'échecs ; clique sur **Réessayer** sous mon alerte dans le salon de modération

## Invite links (SPEC section 11)

# The `invite_links` option of /gate policy.
gate-cmd-policy-invite-links = Si /invite create crée aussi un lien d'invitation Discord vers le salon de bienvenue
# A line of /gate settings' policy. $links: "on" or "off".
gate-settings-invite-links = Liens d'invitation : { $links ->
    [on] activés
   *[off] désactivés
}
# Under gate-saved, when invite links are on but the bot may not create invites in the welcome channel: a
# warning, nothing was refused. "Create Invite" as in invites-no-link-permission; $channel the welcome channel.
gate-warning-no-invite-permission = ⚠️ Il me manque la permission « Créer une invitation » dans { $channel } : les nouveaux codes n'auront pas de lien d'invitation tant que je ne l'aurai pas.
# After "Saved." when the bot may create invites in the welcome channel but not delete them (Discord asks the
# Manage Channels permission there, as Discord's client names it in this language). $channel: the welcome channel.
gate-warning-no-invite-deletion = ⚠️ Il me manque la permission « Gérer les salons » dans { $channel } : je peux y créer des liens d'invitation, mais pas les supprimer, donc chaque lien dont le code est révoqué, épuisé ou expiré déclenchera une alerte pour l'équipe de modération. Donne-moi « Gérer les salons » dans ce salon, ou désactive `invite_links` avec `/gate policy`.
