# A lista de espera no painel (SPEC 16): as inscrições em aberto, em ordem, cada uma como a sua mensagem no canal de
# moderação a mostra (esses textos são waitlist-entry-*), com Convidar e Recusar como no Discord.

# Acima da lista. $waiting: pessoas aguardando uma decisão; $invited: pessoas que receberam um código e ainda não o
# resgataram.
web-waitlist-count = Aguardando: { $waiting } · Convidadas, código ainda não resgatado: { $invited }
# Ao lado do título de uma inscrição aguardando. $position: a sua posição na fila.
web-waitlist-position = Posição { $position }
# Ao lado do título de uma inscrição convidada: um código foi enviado e ainda não foi resgatado.
web-waitlist-invited = Convite enviado
# Nomeia, para leitores de tela, os links entre as páginas da lista de espera.
web-waitlist-pages = Páginas da lista de espera
