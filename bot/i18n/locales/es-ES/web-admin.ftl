## Ajustes
web-settings-change-heading = Cambiar las reglas
web-settings-change-about = Los mismos ajustes que `/gate policy`. Solo se guarda lo que cambies, y cada cambio se publica en el canal de registro.
web-settings-save = Guardar
web-settings-saved = Guardado: { $changes }
web-settings-nothing-changed = No se ha guardado nada: el formulario ya contiene los ajustes vigentes.
web-settings-not-a-choice = `{ $key }` debe ser una de las opciones que ofrece el formulario. No se ha guardado nada.
web-settings-changed-meanwhile = Otro admin cambió las reglas después de que abrieras esta página. No se ha guardado nada: la página muestra ahora los ajustes vigentes; vuelve a hacer tu cambio desde ahí.
