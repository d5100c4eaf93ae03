# Preguntas de acceso (SPEC sección 13).
questions-cmd-questions = Define las preguntas que responden las personas nuevas al canjear un código (hasta 5)
questions-admin-form-title = Preguntas de acceso
questions-admin-form-label = Pregunta { $number }
questions-admin-form-placeholder = ¿Cómo nos conociste? (opcional)
questions-saved = { $count ->
        [one] Guardado: ahora las personas nuevas responden esta pregunta al canjear un código.
       *[other] Guardado: ahora las personas nuevas responden estas { $count } preguntas al canjear un código.
    }
questions-cleared = Guardado: ya no se hacen preguntas a las personas nuevas; `/redeem` canjea su código al momento.
questions-settings-title = Preguntas de acceso
questions-settings-none = Ninguna: `/redeem` canjea el código al momento.
questions-form-title = Unas preguntas antes de entrar
questions-too-slow = Mostrar las preguntas tardó demasiado. Vuelve a usar `/redeem`; tu código no se ha usado.
questions-request-no-answer = (sin respuesta)
questions-whois-answer = ↳ { $question }: { $answer }
questions-refusal-changed = Las preguntas del servidor cambiaron mientras respondías. No se guardó nada y tu código no se ha usado: vuelve a usar `/redeem`.
questions-refusal-missing = Responde a «{ $question }»: es obligatoria. Tu código no se ha usado.
questions-refusal-too-long = La pregunta { $number } tiene más de 45 caracteres, lo máximo que muestra un formulario de Discord. No se guardó nada.
questions-refusal-code-gone = Tus respuestas no se guardaron y no se usó nada: el código cambió mientras respondías. Esto no cuenta como intento fallido.
