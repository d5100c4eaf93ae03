## Paramètres
web-settings-change-heading = Modifier les règles
web-settings-change-about = Les mêmes réglages que `/gate policy`. Seul ce que tu modifies est enregistré, et chaque modification est publiée dans le salon de logs.
web-settings-save = Enregistrer
web-settings-saved = Enregistré : { $changes }
web-settings-nothing-changed = Rien n'a été enregistré : le formulaire contient déjà les règles en vigueur.
web-settings-not-a-choice = `{ $key }` doit être l'un des choix proposés par le formulaire. Rien n'a été enregistré.
web-settings-changed-meanwhile = Un autre admin a modifié les règles après l'ouverture de cette page. Rien n'a été enregistré : la page affiche maintenant les règles en vigueur, refais ta modification à partir de là.
