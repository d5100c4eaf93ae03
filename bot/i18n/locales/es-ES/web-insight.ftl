# Las páginas de análisis del panel para administradores (SPEC sección 16): el árbol de invitaciones como gráfico, y las gráficas.
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
        [one] Hay una persona por encima en la cadena de avales.
       *[other] Hay { $count } personas por encima en la cadena de avales.
    }
# $count: las personas por debajo, hasta $depth niveles.
web-tree-count-below = { $count ->
        [0] No ha respondido por nadie
        [one] Una persona por debajo
       *[other] { $count } personas por debajo
    } (hasta { $depth ->
        [one] un nivel
       *[other] { $depth } niveles
    }).
web-tree-alone = Doorman no tiene constancia en este servidor de nadie que respondiera por esta persona, ni de que ella respondiera por nadie.
web-tree-graph-caption = Cada recuadro es una persona, con su situación actual; una línea baja de quien respondió a la persona por la que respondió. Selecciona a alguien para centrar el árbol en esa persona.
web-tree-list-heading = El mismo árbol como lista
