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
