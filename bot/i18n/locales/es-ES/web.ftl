# El panel web (SPEC sección 16): las páginas que comparte cualquiera que haya iniciado sesión, el inicio de
# sesión y los códigos del miembro. Los títulos de página son también los enlaces de la navegación y el único
# encabezado de cada página. Términos: iniciar sesión / cerrar sesión, enlace de inicio de sesión, sesión, panel.
# «Solicitud» es siempre la de acceso; una petición HTTP es una «petición». (Contexto: en/web.ftl.)

## /dashboard en Discord
dashboard-cmd = Abrir en el navegador el panel de Doorman de este servidor
# La respuesta efímera: $link es una dirección de inicio de sesión de un solo uso; $minutes, cuánto tiempo funciona.
dashboard-link = Aquí tienes tu enlace para iniciar sesión en el panel: { $link }
    Funciona una sola vez, durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, y solo para ti: no lo compartas.
dashboard-off = El panel no está activado en este bot. La persona que lo gestiona puede activarlo en la configuración (`[web] enabled` y una clave secreta).

## Todas las páginas
web-skip-to-content = Saltar al contenido
web-nav-label = Panel
web-sign-out = Cerrar sesión
web-back-home = Volver al panel
web-how-to-sign-in = Para iniciar sesión, usa `/dashboard` en el servidor de Discord: te da un enlace de inicio de sesión que solo funciona una vez.
web-signed-out-title = Iniciar sesión
web-home-title = Panel
web-home-signed-in-as = Has iniciado sesión como { $person } en { $server }.
web-home-nothing = Todavía no tienes páginas aquí: los miembros con el rol de miembro gestionan sus códigos, el equipo de moderación ve las solicitudes pendientes y los administradores lo ven todo.

## Títulos de las páginas y para qué sirve cada una
web-codes-title = Mis códigos
web-codes-about = Tus códigos de invitación: crear, revocar, reemplazar y ver quién los usó.
web-queue-title = Solicitudes pendientes
web-queue-about = Solicitudes de acceso que esperan a un moderador: aprobar o rechazar.
web-waitlist-title = Lista de espera
web-waitlist-about = Personas que esperan sin código: invitar o rechazar.
web-settings-title = Ajustes
web-settings-about = Cómo funciona el acceso a este servidor.
web-all-codes-title = Todos los códigos
web-all-codes-about = Todos los códigos de este servidor, con filtros.
web-tree-title = Árbol de invitaciones
web-tree-about = Quién invitó a quién, en forma de árbol.
web-audit-title = Registro de auditoría
web-audit-about = Todo lo que ha pasado, con búsqueda y en CSV.
web-charts-title = Gráficos
web-charts-about = Canjes, admisiones y rechazos por día; uso del cupo; quién se ha quedado.

## Rechazos y errores
web-refused-title = No es posible
web-error-title = Algo ha fallado
web-sign-in-needed = No has iniciado sesión o tu sesión ha terminado.
web-not-in-server = Ya no eres miembro de este servidor, así que se ha cerrado tu sesión.
web-form-expired = No se ha podido aceptar este formulario: no viene de tu sesión actual en el panel. Recarga la página y vuelve a intentarlo.
web-link-used-or-expired = Este enlace de inicio de sesión ya se ha usado o ha caducado. Usa `/dashboard` en Discord para conseguir otro.
web-error-not-found = Aquí no existe esa página.
web-error-too-large = El formulario era demasiado grande para aceptarlo.
web-error-other = No se ha podido atender esta petición.
web-error-unexpected = Algo ha fallado por nuestra parte y no se ha cambiado nada. Vuelve a intentarlo en un momento.

## Mis códigos
web-codes-create-heading = Crear un código
web-codes-field-uses = Usos
web-codes-field-expires-in = Caduca en (30m, 12h, 7d)
web-codes-field-for-user = Reservado para (nombre de usuario o ID de usuario, opcional)
web-codes-field-note = Nota (opcional)
web-codes-list-heading = Tus códigos
web-codes-none = Aún no tienes códigos.
web-col-code = Código
web-col-status = Estado
web-col-uses = Usos
web-col-expires = Caduca
web-col-link = Enlace de invitación
web-col-redeemed-by = Canjeado por
web-col-note = Nota
web-col-actions = Acciones
web-link-pending = creándose…
web-button-create = Crear
web-button-revoke = Revocar
web-button-regenerate = Reemplazar
web-code-created = Has creado el código `{ $code }`. Su enlace de invitación aparecerá aquí en cuanto Discord lo cree.
web-code-revoked = Has revocado el código `{ $code }`.
web-code-regenerated = Has reemplazado el código `{ $old }` por `{ $new }`.
