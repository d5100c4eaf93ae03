## Baneos (SPEC sección 12): la alerta al equipo de moderación cuando se banea a alguien que entró con Doorman.
## Un baneo (de Discord: la persona sale del servidor) no es una suspensión (de Doorman: no puede crear códigos).

bans-alert-banned = 🔨 Se ha baneado a { $member }.
bans-alert-came = Entró { $when } con el código { $code } de { $inviter }.
bans-alert-came-approved = Entró { $when } con el código { $code } de { $inviter }, con la aprobación de { $moderator }.
bans-alert-came-through-link = Entró { $when } por el enlace compartido de { $admin } (código { $code }).
bans-alert-came-from-waitlist = Entró { $when } desde la lista de espera: { $moderator } le envió el código { $code }.
bans-alert-record = Historial de quien invitó: { $record }
# «A su vez»: habla de la persona baneada, no de quien la invitó (la línea anterior).
bans-alert-vouched-for = A su vez, respondió por { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }: { $people }
bans-alert-vouched-for-nobody = A su vez, no respondió por nadie.
bans-alert-codes-revoked = Se han revocado sus códigos activos: { $count }.
bans-alert-inviter-suspended = 🚫 { $moderator } suspendió a { $inviter } { $when }.
bans-button-suspend-inviter = Suspender a quien invitó
# Completa «No pude …», como admissions-describe-guessing.
bans-describe-alert = avisarte de un baneo
bans-log-banned = 🔨 Se ha baneado a { $member } (entró con el código { $code } de { $inviter }). { $count ->
        [0] No tenía códigos activos.
        [one] Se ha revocado { $count } código activo.
       *[other] Se han revocado { $count } códigos activos.
    }
bans-log-banned-unvouched = 🔨 Se ha baneado a { $member } (no entró con Doorman). { $count ->
        [one] Se ha revocado { $count } código activo.
       *[other] Se han revocado { $count } códigos activos.
    }
