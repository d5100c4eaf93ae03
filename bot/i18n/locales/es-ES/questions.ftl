# Preguntas de acceso (SPEC sección 13): /gate questions, el formulario que responde la persona nueva tras /redeem
# y sus respuestas. Términos: «preguntas de acceso», «respuesta», «formulario».
questions-cmd-questions = Definir las preguntas que responden las personas nuevas al canjear un código (hasta 5)
questions-admin-form-title = Preguntas de acceso
questions-admin-form-label = Pregunta { $number }
# Una pregunta que termina en «(opcional)» no es obligatoria.
questions-admin-form-placeholder = ¿Cómo nos conociste? (opcional)
# Seguido de las preguntas, una por línea.
questions-saved = { $count ->
        [one] Guardado: a partir de ahora, las personas nuevas responderán esta pregunta al canjear un código.
       *[other] Guardado: a partir de ahora, las personas nuevas responderán estas { $count } preguntas al canjear un código.
    }
questions-cleared = Guardado: las personas nuevas ya no tendrán que responder preguntas; `/redeem` canjea su código al momento.
questions-settings-title = Preguntas de acceso
questions-settings-none = Ninguna: `/redeem` canjea el código al momento.
# Título del formulario (45 caracteres como máximo).
questions-form-title = Unas preguntas antes de entrar
questions-too-slow = Las preguntas tardaron demasiado en mostrarse. Vuelve a usar `/redeem`; tu código sigue sin usar.
questions-request-no-answer = (sin respuesta)
questions-whois-answer = ↳ **{ $question }** { $answer }
questions-refusal-changed = Las preguntas del servidor cambiaron mientras respondías. No se guardó nada y tu código sigue sin usar: vuelve a usar `/redeem`.
questions-refusal-edited-meanwhile = Otro admin guardó otras preguntas de acceso después de que abrieras este formulario. No se ha guardado nada: vuelve a usar `/gate questions` para partir de las suyas.
questions-refusal-missing = La pregunta «{ $question }» es obligatoria: respóndela. Tu código sigue sin usar.
questions-refusal-too-long = La pregunta { $number } tiene más de 45 caracteres, el máximo que muestra un formulario de Discord. No se guardó nada.
# Seguido de una de las frases refusal-code-* («Ese código ha caducado. …»).
questions-refusal-code-gone = No se guardaron tus respuestas ni se usó el código: cambió mientras respondías. Esto no cuenta como intento fallido.
