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

# Suspensions.
suspension-refusal-suspended = Você está suspenso neste servidor, então não pode criar nem gerar de novo códigos de convite.
suspension-refusal-suspended-reason = Você está suspenso neste servidor, então não pode criar nem gerar de novo códigos de convite. Motivo: { $reason }
suspension-refusal-already = { $member } já está suspenso.
suspension-refusal-not-suspended = { $member } não está suspenso.
suspension-no-reason = nenhum motivo informado
suspension-cmd-suspend = Suspender um membro: ele não cria mais códigos e os códigos ativos dele são revogados
suspension-cmd-suspend-member = O membro a suspender
suspension-cmd-suspend-reason = Por quê (ele vê quando for recusado, e fica no registro)
suspension-cmd-suspend-branch = Suspender também quem ele convidou, quem esses convidaram, e assim por diante
suspension-cmd-unsuspend = Retirar a suspensão de um membro
suspension-cmd-unsuspend-member = O membro cuja suspensão será retirada
suspension-done = 🚫 { $member } está suspenso. Códigos revogados: { $codes }. Pedidos pendentes marcados: { $requests }.
suspension-done-branch = 🚫 { $member } está suspenso, junto com { $vouched ->
        [one] { $vouched } membro
       *[other] { $vouched } membros
    } que entraram pelo convite dele. Códigos revogados: { $codes }. Pedidos pendentes marcados: { $requests }.
suspension-lifted = ✅ { $member } não está mais suspenso. Os membros que ele convidou continuam como estão.
suspension-log-suspended = 🚫 { $actor } suspendeu { $member } ({ $count ->
        [one] { $count } código revogado
       *[other] { $count } códigos revogados
    }). Motivo: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } suspendeu { $member } e { $vouched ->
        [one] { $vouched } membro convidado
       *[other] { $vouched } membros convidados
    }: { $others } ({ $count ->
        [one] { $count } código revogado
       *[other] { $count } códigos revogados
    }). Motivo: { $reason }
suspension-log-unsuspended = ✅ { $actor } retirou a suspensão de { $member }.
suspension-whois = 🚫 **Suspenso** { $when } por { $by }. Motivo: { $reason }
suspension-whois-branch = 🚫 **Suspenso** { $when } por { $by }, junto com todos que { $via } convidou. Motivo: { $reason }
suspension-request-flag = ⚠️ Quem convidou está suspenso
suspension-request-flag-value = O membro que convidou esta pessoa foi suspenso { $when }.
suspension-pending-flag = ⚠️ quem convidou está suspenso
