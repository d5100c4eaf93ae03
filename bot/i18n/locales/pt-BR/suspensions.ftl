# Tenure and suspensions (SPEC section 12).
suspension-refusal-too-new = Você poderá criar códigos de convite quando estiver aqui há { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }: { $when }.
suspension-cmd-policy-invite-after-days = Dias que um membro precisa estar aqui antes de poder criar códigos (0 a 365)
suspension-settings-invite-after = Criar códigos: depois de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } no servidor
