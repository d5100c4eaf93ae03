## Baneos (SPEC sección 12): el aviso a los moderadores cuando se banea a alguien que entró con Doorman.

bans-alert-banned = 🔨 Se ha baneado a { $member }.
bans-alert-came = Entró { $when } con el código { $code } de { $inviter }.
bans-alert-came-approved = Entró { $when } con el código { $code } de { $inviter }; lo aprobó { $moderator }.
bans-alert-came-through-link = Entró { $when } por el enlace compartido { $code } de { $admin }.
bans-alert-came-from-waitlist = Entró { $when } desde la lista de espera: { $moderator } le invitó con el código { $code }.
bans-alert-record = Historial de quien invitó: { $record }
bans-alert-vouched-for = Respondió por { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }: { $people }
bans-alert-vouched-for-nobody = No respondió por nadie.
bans-alert-codes-revoked = Se han revocado sus códigos activos: { $count }.
bans-alert-inviter-suspended = 🚫 { $moderator } suspendió a { $inviter } { $when }.
bans-button-suspend-inviter = Suspender a quien invitó
bans-suspend-reason = Se ha baneado a alguien a quien invitaste.
bans-describe-alert = un aviso de baneo
bans-log-banned = 🔨 Se ha baneado a { $member } (entró con el código { $code } de { $inviter }). { $count ->
        [0] No tenía códigos activos.
        [one] Se ha revocado { $count } código activo.
       *[other] Se han revocado { $count } códigos activos.
    }
