## Paramètres
web-settings-change-heading = Modifier les règles
web-settings-change-about = Les mêmes réglages que `/gate policy`. Seul ce que tu modifies est enregistré, et chaque modification est publiée dans le salon de logs.
web-settings-save = Enregistrer
web-settings-saved = Enregistré : { $changes }
web-settings-nothing-changed = Rien n'a été enregistré : le formulaire contient déjà les règles en vigueur.
web-settings-not-a-choice = `{ $key }` doit être l'un des choix proposés par le formulaire. Rien n'a été enregistré.
web-settings-changed-meanwhile = Un autre admin a modifié les règles après l'ouverture de cette page. Rien n'a été enregistré : la page affiche maintenant les règles en vigueur, refais ta modification à partir de là.

## Rechercher dans les longues listes, page par page
web-filter-heading = Rechercher
web-filter-any = Tous
web-filter-search = Rechercher
web-filter-not-a-choice = `{ $field }` : choisis l'une des valeurs proposées par le formulaire.
web-filter-bad-date = `{ $field }` doit être une date écrite comme 2026-11-24.
web-filter-bad-page = Cette adresse ne vient pas du tableau de bord. Recommence depuis la première page.
web-pager-label = Pages
web-pager-newer = Plus récents
web-pager-older = Plus anciens

## Journal d'audit
web-filter-person = Personne (ID utilisateur)
web-filter-since = Du
web-filter-until = Au (inclus)
web-audit-entries-heading = Entrées, les plus récentes d'abord
web-audit-csv = Télécharger ces entrées en CSV
web-audit-none = Aucune entrée ne correspond.
web-col-time = Heure
web-col-kind = Type
web-col-entry = Entrée
web-audit-kind-admitted = Admission
web-audit-kind-left = Départ avant l'admission
web-audit-kind-denied = Refus
web-audit-kind-settings = Paramètres modifiés
web-audit-kind-role-quota = Quota de rôle défini
web-audit-kind-grant = Quota ajusté
web-audit-kind-revoked = Code révoqué
web-audit-kind-revoked-all = Tous les codes d'un membre révoqués
web-audit-kind-link-code = Code d'invitation partagé créé
web-audit-kind-regenerated = Code remplacé
web-audit-kind-waitlist-joined = Inscription sur la liste d'attente
web-audit-kind-waitlist-invited = Invitation depuis la liste d'attente
web-audit-kind-waitlist-declined = Refus sur la liste d'attente
web-audit-kind-suspended = Suspension
web-audit-kind-unsuspended = Suspension levée
web-audit-kind-banned = Bannissement
web-audit-kind-waiting-kicked = Expulsion de la salle d'attente

## Tous les codes
web-filter-inviter = Créé par (ID utilisateur)
web-all-codes-list-heading = Codes, les plus récents d'abord
web-all-codes-none = Aucun code ne correspond.
web-col-inviter = Créé par
web-col-for = Pour
web-all-codes-kind-member = Code d'un membre
web-all-codes-kind-link = Lien partagé
web-all-codes-kind-waitlist = Depuis la liste d'attente
