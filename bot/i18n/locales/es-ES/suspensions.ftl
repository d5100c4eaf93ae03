# Antigüedad y suspensiones (SPEC sección 12). Una suspensión (de Doorman: el miembro sigue en el servidor,
# pero no puede crear códigos) no es un baneo (de Discord). $when: tiempo relativo («dentro de 3 días»).
suspension-refusal-too-new = Para crear códigos de invitación tienes que llevar { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en el servidor: podrás hacerlo { $when }.
suspension-cmd-policy-invite-after-days = Días que un miembro debe llevar en el servidor antes de poder crear códigos (0 a 365)
suspension-settings-invite-after = Antigüedad mínima para crear códigos: { $days ->
        [0] ninguna
        [one] { $days } día
       *[other] { $days } días
    }

# Suspensiones. $reason: las palabras del administrador, o suspension-no-reason (tras «Motivo: »).
suspension-refusal-suspended = Se te ha suspendido en este servidor, así que no puedes crear ni reemplazar códigos de invitación.
suspension-refusal-suspended-reason = Se te ha suspendido en este servidor, así que no puedes crear ni reemplazar códigos de invitación. Motivo: { $reason }
suspension-refusal-already = Ya se había suspendido a { $member }.
suspension-refusal-not-suspended = { $member } no tiene ninguna suspensión que levantar.
suspension-no-reason = no se indicó
suspension-cmd-suspend = Suspender a un miembro: no podrá crear códigos y se revocarán los que tenga activos
suspension-cmd-suspend-member = El miembro que quieres suspender
suspension-cmd-suspend-reason = El motivo (lo verá al intentar crear un código y quedará en el registro)
suspension-cmd-suspend-branch = Suspender también a quienes invitó, a quienes estos invitaron, y así sucesivamente
suspension-cmd-unsuspend = Levantar la suspensión de un miembro
suspension-cmd-unsuspend-member = El miembro cuya suspensión quieres levantar
# $codes: códigos activos revocados; $requests: solicitudes pendientes hechas con sus códigos, ahora señaladas.
suspension-done = 🚫 Has suspendido a { $member }. Códigos revocados: { $codes }. Solicitudes pendientes marcadas: { $requests }.
suspension-done-branch = 🚫 Has suspendido a { $member } y { $vouched ->
        [one] al miembro que invitó, directa o indirectamente
       *[other] a los { $vouched } miembros que invitó, directa o indirectamente
    }. Códigos revocados: { $codes }. Solicitudes pendientes marcadas: { $requests }.
suspension-lifted = ✅ Has levantado la suspensión de { $member }. Los miembros que invitó siguen como estaban.
suspension-log-suspended = 🚫 { $actor } suspendió a { $member } ({ $count ->
        [one] { $count } código revocado
       *[other] { $count } códigos revocados
    }). Motivo: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } suspendió a { $member } y { $vouched ->
        [one] al miembro que invitó
       *[other] a los { $vouched } miembros que invitó
    }: { $others } ({ $count ->
        [one] { $count } código revocado
       *[other] { $count } códigos revocados
    }). Motivo: { $reason }
suspension-log-unsuspended = ✅ { $actor } levantó la suspensión de { $member }.
# En masculino genérico, como las líneas de /gate whois (waitlist-whois-*).
suspension-whois = 🚫 **Suspendido** { $when } por { $by }. Motivo: { $reason }
# $via: el miembro cuya rama se suspendió entera.
suspension-whois-branch = 🚫 **Suspendido** { $when } por { $by }, al suspender a { $via } y a quienes invitó. Motivo: { $reason }
suspension-request-flag = ⚠️ Suspensión de quien invitó
suspension-request-flag-value = Se suspendió a quien invitó a esta persona { $when }.
# En una línea de /gate pending, tras « · »: la solicitud se hizo con el código de un miembro suspendido.
suspension-pending-flag = ⚠️ suspensión de quien invitó
suspension-refusal-suspended-ban = Se te ha suspendido en este servidor, así que no puedes crear ni reemplazar códigos de invitación: se ha baneado a { $member }, a quien invitaste.
suspension-log-suspended-ban = 🚫 { $actor } suspendió a { $member } tras el baneo de { $banned }, a quien había invitado ({ $count ->
        [one] { $count } código revocado
       *[other] { $count } códigos revocados
    }).
suspension-whois-ban = 🚫 **Suspendido** { $when } por { $by }, tras el baneo de { $banned }, a quien había invitado.
