# Questions d'arrivée (SPEC section 13).
questions-cmd-questions = Définis les questions auxquelles les nouveaux arrivants répondent en utilisant un code (5 au plus)
questions-admin-form-title = Questions d'arrivée
questions-admin-form-label = Question { $number }
questions-admin-form-placeholder = Comment nous as-tu connus ? (facultatif)
questions-saved = { $count ->
        [one] Enregistré : les nouveaux arrivants répondent désormais à cette question en utilisant un code.
       *[other] Enregistré : les nouveaux arrivants répondent désormais à ces { $count } questions en utilisant un code.
    }
questions-cleared = Enregistré : aucune question n'est plus posée aux nouveaux arrivants ; `/redeem` utilise leur code tout de suite.
questions-settings-title = Questions d'arrivée
questions-settings-none = Aucune : `/redeem` utilise le code tout de suite.
questions-form-title = Quelques questions avant d'entrer
questions-too-slow = L'affichage des questions a pris trop de temps. Utilise `/redeem` à nouveau ; ton code n'a pas été utilisé.
questions-request-no-answer = (pas de réponse)
questions-whois-answer = ↳ { $question } : { $answer }
questions-refusal-changed = Les questions du serveur ont changé pendant que tu répondais. Rien n'a été enregistré et ton code n'a pas été utilisé : utilise `/redeem` à nouveau.
questions-refusal-missing = Réponds à « { $question } » : cette question est obligatoire. Ton code n'a pas été utilisé.
questions-refusal-too-long = La question { $number } dépasse 45 caractères, le maximum qu'un formulaire Discord peut afficher. Rien n'a été enregistré.
questions-refusal-code-gone = Tes réponses n'ont pas été enregistrées et rien n'a été utilisé : le code a changé pendant que tu répondais. Cela ne compte pas comme une tentative échouée.
