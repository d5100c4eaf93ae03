# Perguntas de entrada (SPEC seção 13): /gate questions, o formulário que o recém-chegado responde depois do
# /redeem e as respostas. Termos: "perguntas de entrada", "respostas", "formulário".
questions-cmd-questions = Definir as perguntas que os recém-chegados respondem ao resgatar um código (até 5)
questions-admin-form-title = Perguntas de entrada
questions-admin-form-label = Pergunta { $number }
# Um admin marca uma pergunta como opcional terminando-a com "(opcional)".
questions-admin-form-placeholder = Como você conheceu o servidor? (opcional)
# Seguido das perguntas, uma por linha. $count é sempre 1 ou mais.
questions-saved = { $count ->
        [one] Salvo: agora os recém-chegados respondem a esta pergunta ao resgatar um código.
       *[other] Salvo: agora os recém-chegados respondem a estas { $count } perguntas ao resgatar um código.
    }
questions-cleared = Salvo: os recém-chegados não respondem mais a perguntas; o `/redeem` usa o código na hora.
questions-settings-title = Perguntas de entrada
questions-settings-none = Nenhuma: o `/redeem` usa o código na hora.
# O formulário que o recém-chegado responde (no máximo 45 caracteres).
questions-form-title = Algumas perguntas antes de você entrar
questions-too-slow = As perguntas demoraram demais para aparecer. Use `/redeem` de novo; seu código não foi usado.
questions-request-no-answer = (sem resposta)
questions-whois-answer = ↳ **{ $question }** { $answer }
questions-refusal-changed = As perguntas do servidor mudaram enquanto você respondia. Nada foi salvo e seu código não foi usado: use `/redeem` de novo.
questions-refusal-edited-meanwhile = Outro admin salvou outras perguntas de entrada depois que você abriu este formulário. Nada foi salvo: use `/gate questions` de novo para partir das perguntas dele.
questions-refusal-missing = Responda à pergunta “{ $question }”: ela é obrigatória. Seu código não foi usado.
questions-refusal-too-long = A pergunta { $number } tem mais de 45 caracteres, o máximo que um formulário do Discord mostra. Nada foi salvo.
# Seguido de uma das frases refusal-code-*.
questions-refusal-code-gone = Suas respostas não foram salvas e nada foi usado: o código mudou enquanto você respondia. Isso não conta como tentativa malsucedida.
