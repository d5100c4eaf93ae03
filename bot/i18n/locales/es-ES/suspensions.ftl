# Tenure and suspensions (SPEC section 12).
suspension-refusal-too-new = Podrás crear códigos de invitación cuando lleves { $days ->
        [one] { $days } día
       *[other] { $days } días
    } aquí: { $when }.
suspension-cmd-policy-invite-after-days = Días que un miembro debe llevar aquí antes de poder crear códigos (0 a 365)
suspension-settings-invite-after = Crear códigos: tras { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en el servidor

# Suspensions.
suspension-refusal-suspended = Estás suspendido en este servidor, así que no puedes crear ni regenerar códigos de invitación.
suspension-refusal-suspended-reason = Estás suspendido en este servidor, así que no puedes crear ni regenerar códigos de invitación. Motivo: { $reason }
suspension-refusal-already = { $member } ya está suspendido.
suspension-refusal-not-suspended = { $member } no está suspendido.
suspension-no-reason = sin motivo
suspension-cmd-suspend = Suspender a un miembro: no podrá crear códigos y se revocan sus códigos activos
suspension-cmd-suspend-member = El miembro que quieres suspender
suspension-cmd-suspend-reason = Por qué (lo verá si se le deniega algo y queda en el registro)
suspension-cmd-suspend-branch = Suspender también a quienes invitó, a quienes invitaron estos, y así sucesivamente
suspension-cmd-unsuspend = Levantar la suspensión de un miembro
suspension-cmd-unsuspend-member = El miembro al que quieres levantar la suspensión
suspension-done = 🚫 { $member } está suspendido. Códigos revocados: { $codes }. Solicitudes pendientes marcadas: { $requests }.
suspension-done-branch = 🚫 { $member } está suspendido, junto con { $vouched ->
        [one] { $vouched } miembro
       *[other] { $vouched } miembros
    } que entraron gracias a su invitación. Códigos revocados: { $codes }. Solicitudes pendientes marcadas: { $requests }.
suspension-lifted = ✅ { $member } ya no está suspendido. Los miembros que invitó siguen como estaban.
suspension-log-suspended = 🚫 { $actor } suspendió a { $member } ({ $count ->
        [one] { $count } código revocado
       *[other] { $count } códigos revocados
    }). Motivo: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } suspendió a { $member } y a { $vouched ->
        [one] { $vouched } miembro invitado
       *[other] { $vouched } miembros invitados
    }: { $others } ({ $count ->
        [one] { $count } código revocado
       *[other] { $count } códigos revocados
    }). Motivo: { $reason }
suspension-log-unsuspended = ✅ { $actor } levantó la suspensión de { $member }.
suspension-whois = 🚫 **Suspendido** { $when } por { $by }. Motivo: { $reason }
suspension-whois-branch = 🚫 **Suspendido** { $when } por { $by }, junto con todos los que invitó { $via }. Motivo: { $reason }
suspension-request-flag = ⚠️ Quien invitó está suspendido
suspension-request-flag-value = El miembro que lo invitó fue suspendido { $when }.
suspension-pending-flag = ⚠️ quien invitó está suspendido
