# Perguntas de entrada (SPEC seção 13).
questions-cmd-questions = Defina as perguntas que recém-chegados respondem ao resgatar um código (até 5)
questions-admin-form-title = Perguntas de entrada
questions-admin-form-label = Pergunta { $number }
questions-admin-form-placeholder = Como você conheceu a gente? (opcional)
questions-saved = { $count ->
        [one] Salvo: agora os recém-chegados respondem esta pergunta ao resgatar um código.
       *[other] Salvo: agora os recém-chegados respondem estas { $count } perguntas ao resgatar um código.
    }
questions-cleared = Salvo: nenhuma pergunta é feita aos recém-chegados; o `/redeem` resgata o código na hora.
questions-settings-title = Perguntas de entrada
questions-settings-none = Nenhuma: o `/redeem` resgata o código na hora.
questions-form-title = Algumas perguntas antes de entrar
questions-too-slow = As perguntas demoraram demais para aparecer. Use `/redeem` de novo; seu código não foi usado.
questions-request-no-answer = (sem resposta)
questions-whois-answer = ↳ { $question }: { $answer }
questions-refusal-changed = As perguntas do servidor mudaram enquanto você respondia. Nada foi salvo e seu código não foi usado: use `/redeem` de novo.
questions-refusal-missing = Responda “{ $question }”: essa pergunta é obrigatória. Seu código não foi usado.
questions-refusal-too-long = A pergunta { $number } tem mais de 45 caracteres, o máximo que um formulário do Discord mostra. Nada foi salvo.
questions-refusal-code-gone = Suas respostas não foram salvas e nada foi usado: o código mudou enquanto você respondia. Isso não conta como tentativa falha.
