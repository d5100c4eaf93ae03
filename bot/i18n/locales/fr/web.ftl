# Le tableau de bord (SPEC section 16) : les pages communes à toute personne connectée, la connexion et les
# codes du membre. Les titres des pages sont aussi les liens de la navigation et le seul titre de chaque page.
# Termes : se connecter / se déconnecter, lien de connexion, session, tableau de bord. « Demande » reste la
# demande d'admission ; une requête HTTP est une « requête ». (Contexte de chaque message : en/web.ftl.)

## /dashboard dans Discord
dashboard-cmd = Ouvrir dans ton navigateur le tableau de bord Doorman de ce serveur
# La réponse éphémère : $link est une adresse de connexion à usage unique ; $minutes, sa durée de validité.
dashboard-link = Voici ton lien de connexion au tableau de bord : { $link }
    Il ne fonctionne qu'une fois, pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, et seulement pour toi : ne le partage pas.
dashboard-off = Le tableau de bord n'est pas activé pour ce bot. La personne qui gère le bot peut l'activer dans la configuration (`[web] enabled` et une clé secrète).

## Toutes les pages
web-skip-to-content = Aller au contenu
web-nav-label = Tableau de bord
web-sign-out = Se déconnecter
web-back-home = Retour au tableau de bord
web-how-to-sign-in = Pour te connecter, lance `/dashboard` sur le serveur Discord : tu recevras un lien de connexion valable une seule fois.
web-signed-out-title = Connexion
web-home-title = Tableau de bord
web-home-signed-in-as = Tu es connecté·e en tant que { $person } sur { $server }.
web-home-nothing = Tu n'as encore aucune page ici : les membres qui ont le rôle de membre gèrent leurs codes, l'équipe de modération voit les demandes en attente, et les admins voient tout.

## Titres des pages, et à quoi sert chacune
web-codes-title = Mes codes
web-codes-about = Tes codes d'invitation : créer, révoquer, remplacer, et voir qui les a utilisés.
web-queue-title = Demandes en attente
web-queue-about = Les demandes d'admission qui attendent un modérateur : approuver ou refuser.
web-waitlist-title = Liste d'attente
web-waitlist-about = Les personnes qui attendent sans code : inviter ou refuser.
web-settings-title = Paramètres
web-settings-about = Le fonctionnement de l'accès à ce serveur.
web-all-codes-title = Tous les codes
web-all-codes-about = Tous les codes de ce serveur, avec des filtres.
web-tree-title = Arbre des invitations
web-tree-about = Qui a invité qui, sous forme d'arbre.
web-audit-title = Journal d'audit
web-audit-about = Tout ce qui s'est passé, avec recherche et export CSV.
web-charts-title = Graphiques
web-charts-about = Codes utilisés, admissions et refus par jour ; consommation du quota ; qui est resté.

## Refus et erreurs
web-refused-title = Impossible
web-error-title = Un problème est survenu
web-sign-in-needed = Tu n'es pas connecté·e, ou ta session a expiré.
web-not-in-server = Tu n'es plus membre de ce serveur : tu as donc été déconnecté·e.
web-form-expired = Ce formulaire n'a pas pu être accepté : il ne vient pas de ta session actuelle sur le tableau de bord. Recharge la page et réessaie.
web-link-used-or-expired = Ce lien de connexion a déjà été utilisé ou a expiré. Lance `/dashboard` dans Discord pour en obtenir un nouveau.
web-error-not-found = Cette page n'existe pas.
web-error-too-large = Ce formulaire était trop volumineux pour être accepté.
web-error-other = Cette requête n'a pas pu aboutir.
web-error-unexpected = Un problème est survenu de notre côté, et rien n'a été modifié. Réessaie dans un instant.

## Mes codes
web-codes-create-heading = Créer un code
web-codes-field-uses = Utilisations
web-codes-field-expires-in = Expire dans (30m, 12h, 7d)
web-codes-field-for-user = Réservé à (nom d'utilisateur ou ID d'utilisateur, facultatif)
web-codes-field-note = Note (facultative)
web-codes-list-heading = Tes codes
web-codes-none = Tu n'as encore aucun code.
web-col-code = Code
web-col-status = Statut
web-col-uses = Utilisations
web-col-expires = Expiration
web-col-link = Lien d'invitation
web-col-redeemed-by = Utilisé par
web-col-note = Note
web-col-actions = Actions
web-link-pending = en cours de création…
web-button-create = Créer
web-button-revoke = Révoquer
web-button-regenerate = Remplacer
web-code-created = Code `{ $code }` créé. Son lien d'invitation s'affichera ici dès que Discord l'aura créé.
web-code-revoked = Code `{ $code }` révoqué.
web-code-regenerated = Code `{ $old }` remplacé par `{ $new }`.
