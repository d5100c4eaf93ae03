# Tempo de casa e suspensões (SPEC seção 12).
# Suspensão (do Doorman: a pessoa continua no servidor, mas não cria códigos) nunca é banimento (do Discord:
# a pessoa é expulsa do servidor). Quem recebe a suspensão pode ser de qualquer gênero: "recebeu uma
# suspensão", "suspensão de …", voz ativa, em vez de "está suspenso".
# $when: tempo relativo ("em 3 dias").
suspension-refusal-too-new = Você só poderá criar códigos de convite depois de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } no servidor, ou seja, { $when }.
suspension-cmd-policy-invite-after-days = Tempo mínimo no servidor, em dias, antes de um membro poder criar códigos (0 a 365)
suspension-settings-invite-after = Criar códigos: { $days ->
        [0] sem tempo mínimo no servidor
        [one] depois de { $days } dia no servidor
       *[other] depois de { $days } dias no servidor
    }

# Suspensões. $reason: as palavras do admin, ou suspension-no-reason.
suspension-refusal-suspended = Você recebeu uma suspensão neste servidor, então não pode criar nem substituir códigos de convite.
suspension-refusal-suspended-reason = Você recebeu uma suspensão neste servidor, então não pode criar nem substituir códigos de convite. Motivo: { $reason }
suspension-refusal-already = { $member } já está com uma suspensão em vigor.
suspension-refusal-not-suspended = { $member } não tem nenhuma suspensão em vigor.
suspension-no-reason = nenhum motivo informado
suspension-cmd-suspend = Suspender um membro: impede que crie códigos e revoga seus códigos ativos
suspension-cmd-suspend-member = O membro a suspender
suspension-cmd-suspend-reason = O motivo (aparece para a pessoa quando ela tentar criar um código, e no registro)
suspension-cmd-suspend-branch = Suspender também quem o membro convidou, quem esses convidaram, e assim por diante
suspension-cmd-unsuspend = Retirar a suspensão de um membro
suspension-cmd-unsuspend-member = O membro cuja suspensão será retirada
suspension-done = 🚫 Suspensão aplicada a { $member }. Códigos revogados: { $codes }. Pedidos pendentes marcados: { $requests }.
suspension-done-branch = 🚫 Suspensão aplicada a { $member } e a { $vouched ->
        [one] { $vouched } membro
       *[other] { $vouched } membros
    } abaixo na árvore de convites. Códigos revogados: { $codes }. Pedidos pendentes marcados: { $requests }.
suspension-lifted = ✅ Suspensão de { $member } retirada. Quem essa pessoa convidou continua como está.
suspension-log-suspended = 🚫 { $actor } suspendeu { $member } ({ $count ->
        [0] nenhum código revogado
        [one] { $count } código revogado
       *[other] { $count } códigos revogados
    }). Motivo: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } suspendeu { $member } e { $vouched ->
        [one] { $vouched } membro
       *[other] { $vouched } membros
    } abaixo na árvore de convites: { $others } ({ $count ->
        [0] nenhum código revogado
        [one] { $count } código revogado
       *[other] { $count } códigos revogados
    }). Motivo: { $reason }
suspension-log-unsuspended = ✅ { $actor } retirou a suspensão de { $member }.
suspension-whois = 🚫 **Suspensão** aplicada { $when } por { $by }. Motivo: { $reason }
suspension-whois-branch = 🚫 **Suspensão** aplicada { $when } por { $by }, junto com toda a árvore de convites de { $via }. Motivo: { $reason }
suspension-request-flag = ⚠️ Suspensão de quem convidou
suspension-request-flag-value = Quem convidou recebeu uma suspensão { $when }.
# Numa linha do /gate pending, depois de " · ".
suspension-pending-flag = ⚠️ suspensão de quem convidou
suspension-refusal-suspended-ban = Você recebeu uma suspensão neste servidor, então não pode criar nem substituir códigos de convite: { $member }, que você convidou, recebeu um banimento.
suspension-log-suspended-ban = 🚫 { $actor } suspendeu { $member } após o banimento de { $banned }, que entrou com convite dessa pessoa ({ $count ->
        [0] nenhum código revogado
        [one] { $count } código revogado
       *[other] { $count } códigos revogados
    }).
suspension-whois-ban = 🚫 **Suspensão** aplicada { $when } por { $by }, após o banimento de { $banned }, que entrou com convite dessa pessoa.
