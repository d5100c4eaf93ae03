## Ajustes
web-settings-change-heading = Cambiar las reglas
web-settings-change-about = Los mismos ajustes que `/gate policy`. Solo se guarda lo que cambies, y cada cambio se publica en el canal de registro.
web-settings-save = Guardar
web-settings-saved = Guardado: { $changes }
web-settings-nothing-changed = No se ha guardado nada: el formulario ya contiene los ajustes vigentes.
web-settings-not-a-choice = `{ $key }` tiene que ser una de las opciones que ofrece el formulario. No se ha guardado nada.
web-settings-changed-meanwhile = Otro administrador ha cambiado las reglas después de que abrieras esta página. No se ha guardado nada: la página muestra ahora los ajustes vigentes; vuelve a hacer tu cambio desde ahí.

## Buscar en listas largas, página a página
web-filter-heading = Buscar
web-filter-any = Cualquiera
web-filter-search = Buscar
web-filter-not-a-choice = `{ $field }`: elige uno de los valores que ofrece el formulario.
web-filter-bad-date = `{ $field }` tiene que ser una fecha escrita así: 2026-11-24.
web-filter-bad-page = Esta dirección no la ha generado el panel. Vuelve a empezar desde la primera página.
web-pager-label = Páginas
web-pager-newer = Más recientes
web-pager-older = Más antiguas

## Registro de auditoría
web-filter-person = Persona (ID de usuario)
web-filter-since = Desde
web-filter-until = Hasta (incluido)
web-audit-entries-heading = Entradas, de la más reciente a la más antigua
web-audit-csv = Descargar estas entradas en CSV
web-audit-none = Ninguna entrada coincide.
web-col-time = Hora
web-col-kind = Tipo
web-col-entry = Entrada
web-audit-kind-admitted = Admisión
web-audit-kind-left = Salida antes de la admisión
web-audit-kind-denied = Rechazo
web-audit-kind-settings = Cambio de ajustes
web-audit-kind-role-quota = Cupo de rol fijado
web-audit-kind-grant = Cupo ajustado
web-audit-kind-revoked = Código revocado
web-audit-kind-revoked-all = Todos los códigos de un miembro revocados
web-audit-kind-link-code = Código de invitación compartido creado
web-audit-kind-regenerated = Código reemplazado
web-audit-kind-waitlist-joined = Alta en la lista de espera
web-audit-kind-waitlist-invited = Invitación desde la lista de espera
web-audit-kind-waitlist-declined = Rechazo en la lista de espera
web-audit-kind-suspended = Suspensión
web-audit-kind-unsuspended = Suspensión levantada
web-audit-kind-banned = Baneo
web-audit-kind-waiting-kicked = Expulsión de la sala de espera

## Todos los códigos
web-filter-inviter = Quien invita (ID de usuario)
web-all-codes-list-heading = Códigos, del más reciente al más antiguo
web-all-codes-none = Ningún código coincide.
web-col-inviter = Quien invita
web-col-for = Para
web-all-codes-kind-member = Código de un miembro
web-all-codes-kind-link = Enlace compartido
web-all-codes-kind-waitlist = De la lista de espera
