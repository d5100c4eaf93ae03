# Questions d'admission (SPEC section 13) : /gate questions, le formulaire que le nouvel arrivant remplit après
# /redeem, et ses réponses. Termes : « questions d'admission », « réponses », « formulaire ».
# Une question est facultative si elle finit par « (facultatif) » ou « (optionnel) » (bot/core/questions.py).
questions-cmd-questions = Définir les questions auxquelles répondent les nouveaux arrivants qui utilisent un code (5 max.)
# Titre, étiquette et exemple du formulaire de l'admin (45 caractères au plus ; l'exemple, 100).
questions-admin-form-title = Questions d'admission
questions-admin-form-label = Question { $number }
questions-admin-form-placeholder = Comment as-tu connu le serveur ? (facultatif)
# Suivi des questions, une par ligne.
questions-saved = { $count ->
        [one] Enregistré : les nouveaux arrivants répondent désormais à cette question quand ils utilisent un code.
       *[other] Enregistré : les nouveaux arrivants répondent désormais à ces { $count } questions quand ils utilisent un code.
    }
questions-cleared = Enregistré : plus aucune question n'est posée aux nouveaux arrivants ; `/redeem` utilise leur code tout de suite.
questions-settings-title = Questions d'admission
questions-settings-none = Aucune : `/redeem` utilise le code tout de suite.
# Le formulaire du nouvel arrivant (45 caractères au plus).
questions-form-title = Quelques questions avant d'entrer
questions-too-slow = L'affichage des questions a pris trop de temps. Relance `/redeem` ; ton code n'a pas été utilisé.
# Dans la demande et dans /gate whois, pour une question facultative restée sans réponse.
questions-request-no-answer = (pas de réponse)
questions-whois-answer = ↳ **{ $question }** { $answer }
questions-refusal-changed = Les questions du serveur ont changé pendant que tu répondais. Rien n'a été enregistré et ton code n'a pas été utilisé : relance `/redeem`.
questions-refusal-edited-meanwhile = Un autre admin a enregistré d'autres questions d'admission après l'ouverture de ce formulaire. Rien n'a été enregistré : relance `/gate questions` pour partir des siennes.
questions-refusal-missing = Réponds à « { $question } » : cette question est obligatoire. Ton code n'a pas été utilisé.
questions-refusal-too-long = La question { $number } dépasse 45 caractères, le maximum qu'un formulaire Discord peut afficher. Rien n'a été enregistré.
# Suivi d'une des phrases refusal-code-*.
questions-refusal-code-gone = Tes réponses n'ont pas été enregistrées et rien n'a été utilisé : le code a changé pendant que tu répondais. Cela ne compte pas comme une tentative échouée.
