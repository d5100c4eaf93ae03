# Las páginas de análisis del panel para administradores (SPEC sección 16): el árbol de invitaciones como gráfico, y los gráficos.
# La situación de cada persona en el árbol usa las mismas palabras que /gate tree (vouching-standing-*).

## El árbol de invitaciones
web-tree-find-heading = Buscar a alguien
web-tree-field-member = ID de usuario
web-tree-field-depth = Niveles por debajo
web-tree-show = Mostrar
web-tree-not-a-user-id = Eso no es un ID de usuario. Un ID de usuario es un número como 123456789012345678: en Discord, activa el modo desarrollador y podrás copiarlo haciendo clic derecho sobre la persona.
# $person: un nombre visible, o un ID de usuario si no se conoce el nombre.
web-tree-of = Árbol de invitaciones de { $person }
web-tree-graph-label = Árbol de invitaciones de { $person } como gráfico
# $count: las personas por encima, desde quien respondió por ella hasta alguien por quien nadie respondió.
web-tree-count-above = { $count ->
        [0] Nadie respondió por esta persona.
        [one] Una persona por encima en la cadena de invitaciones.
       *[other] { $count } personas por encima en la cadena de invitaciones.
    }
# $count: las personas por debajo, hasta $depth niveles.
web-tree-count-below = { $count ->
        [0] Nadie por debajo
        [one] Una persona por debajo
       *[other] { $count } personas por debajo
    } (hasta { $depth ->
        [one] un nivel
       *[other] { $depth } niveles
    }).
web-tree-alone = Doorman no tiene constancia en este servidor de nadie que respondiera por esta persona, ni de que ella respondiera por nadie.
web-tree-graph-caption = Cada recuadro es una persona, con su situación actual; una línea baja de quien respondió a la persona por la que respondió. Selecciona a alguien para centrar el árbol en esa persona.
web-tree-list-heading = El mismo árbol como lista
# $shown: las personas por debajo que se muestran aquí; $count: todas, hasta la profundidad elegida.
web-tree-cut = Aquí solo se muestran las { $shown } más cercanas de las { $count } personas por debajo: selecciona a alguien para ver el árbol que cuelga de esa persona.
web-tree-skip-graph = Saltar el gráfico e ir a la lista

## Los gráficos
web-charts-field-days = Periodo
# $days: 7, 30 o 90.
web-charts-last-days = { $days ->
        [one] Último día
       *[other] Últimos { $days } días
    }
web-charts-show = Mostrar
web-charts-bad-days = Los gráficos abarcan los últimos 7, 30 o 90 días: elige uno de esos periodos.
web-charts-empty = Todavía no hay nada que mostrar.
web-charts-total = Total

web-charts-per-day-heading = Canjes, admisiones y rechazos por día
web-charts-redemptions = Canjes
web-charts-admissions = Admisiones
web-charts-denials = Rechazos
web-charts-day = Día (UTC)
web-charts-per-day-table = Las cifras, día a día
# $days: los días mostrados; las demás variables son totales de esos días.
web-charts-per-day-caption = Los últimos { $days } días, contados en UTC, incluido lo que va de hoy. En total: canjes { $redemptions }, admisiones { $admissions }, rechazos { $denials }. Un canje cuenta el día en que se usó el código; una admisión, el día en que la persona recibió sus roles; un rechazo, el día en que se decidió.

web-charts-quota-heading = Uso del cupo
web-charts-member = Miembro
web-charts-spent = Gastado
web-charts-default-limit = Cupo por defecto
# $top: cuántos miembros se muestran como máximo; $limit: los usos por defecto del servidor en cada periodo; $period: sus días.
web-charts-quota-caption = Hasta { $top } miembros, los que más cupo han gastado { $period ->
        [one] en el último día
       *[other] en los últimos { $period } días
    } (el periodo del cupo en este servidor), frente al cupo por defecto del servidor de { $limit } { $limit ->
        [one] uso
       *[other] usos
    }. El límite de cada miembro puede ser otro: un rol con cupo propio, un ajuste de un administrador o el permiso Gestionar servidor (sin límite) lo cambian. Cuál se aplica depende de los roles de cada miembro en Discord, que esta página no consulta, así que aquí no se muestran los límites exactos.
web-charts-quota-none = Nadie ha gastado nada de su cupo en este periodo.

web-charts-retention-heading = Quién se quedó
web-charts-inviter = Quien invitó
web-charts-admitted = Admitidos
web-charts-stayed = Se quedaron
# $top: cuántas personas que invitan se muestran como máximo.
web-charts-retention-caption = Hasta { $top } personas, las que más gente han traído desde que Doorman empezó: cuántas fueron admitidas con sus códigos y cuántas de ellas siguen aquí, hasta donde sabe Doorman (sin baneos desde entonces, y sin rechazo ni salida en una vuelta posterior). Doorman no ve cuándo alguien se va por su cuenta, así que esa persona sigue contando como que se quedó.
web-charts-retention-none = Todavía nadie ha sido admitido con un código.
