# O painel web (SPEC seção 16): as páginas comuns a todos que fizeram login, o login e os códigos do membro.
# Os títulos das páginas também são os links da navegação e o único título de cada página.
# Termos: fazer login / sair, link de login, sessão, painel ("entrar" continua sendo entrar no servidor).
# "Pedido" é sempre o pedido de entrada; uma requisição HTTP é uma "requisição". Quem lê pode ser de qualquer
# gênero: "você fez login", "sua sessão foi encerrada". (Contexto de cada mensagem: en/web.ftl.)

## /dashboard no Discord
dashboard-cmd = Abrir no navegador o painel do Doorman deste servidor
# A resposta efêmera: $link é um endereço de login que só vale uma vez; $minutes, por quanto tempo ele funciona.
dashboard-link = Aqui está seu link de login no painel: { $link }
    Ele funciona uma única vez, por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, e só para você: não o compartilhe.
dashboard-off = O painel não está ativado neste bot. Quem administra o bot pode ativá-lo na configuração (`[web] enabled` e uma chave secreta).

## Todas as páginas
web-skip-to-content = Pular para o conteúdo
web-nav-label = Painel
web-sign-out = Sair
web-back-home = Voltar ao painel
web-how-to-sign-in = Para fazer login, use `/dashboard` no servidor do Discord: você recebe um link de login que funciona uma única vez.
web-signed-out-title = Fazer login
web-home-title = Painel
web-home-signed-in-as = Você entrou como { $person } em { $server }.
web-home-nothing = Você ainda não tem páginas aqui: membros com o cargo de membro gerenciam seus códigos, a equipe de moderação vê os pedidos pendentes e os admins veem tudo.

## Títulos das páginas e para que serve cada uma
web-codes-title = Meus códigos
web-codes-about = Seus códigos de convite: criar, revogar, substituir e ver quem os usou.
web-queue-title = Pedidos pendentes
web-queue-about = Pedidos de entrada aguardando um moderador: aprovar ou recusar.
web-waitlist-title = Lista de espera
web-waitlist-about = Pessoas esperando sem código: convidar ou recusar.
web-settings-title = Configurações
web-settings-about = Como funciona a entrada neste servidor.
web-all-codes-title = Todos os códigos
web-all-codes-about = Todos os códigos deste servidor, com filtros.
web-tree-title = Árvore de convites
web-tree-about = Quem convidou quem, em forma de árvore.
web-audit-title = Registro de auditoria
web-audit-about = Tudo o que aconteceu, com busca e em CSV.
web-charts-title = Gráficos
web-charts-about = Resgates, admissões e recusas por dia; uso da cota; quem ficou.

## Recusas e erros
web-refused-title = Não é possível
web-error-title = Algo deu errado
web-sign-in-needed = Você não fez login ou sua sessão terminou.
web-not-in-server = Você não é mais membro deste servidor, então sua sessão foi encerrada.
web-form-expired = Não foi possível aceitar este formulário: ele não veio da sua sessão atual no painel. Recarregue a página e tente de novo.
web-link-used-or-expired = Este link de login já foi usado ou expirou. Use `/dashboard` no Discord para receber outro.
web-error-not-found = Esta página não existe.
web-error-too-large = O formulário era grande demais para ser aceito.
web-error-other = Não foi possível atender a esta requisição.
web-error-unexpected = Algo deu errado do nosso lado, e nada foi alterado. Tente de novo daqui a pouco.

## Meus códigos
web-codes-create-heading = Criar um código
web-codes-field-uses = Usos
web-codes-field-expires-in = Expira em (30m, 12h, 7d)
web-codes-field-for-user = Reservado para (nome de usuário ou ID de usuário, opcional)
web-codes-field-note = Nota (opcional)
web-codes-list-heading = Seus códigos
web-codes-none = Você ainda não tem códigos.
web-col-code = Código
web-col-status = Status
web-col-uses = Usos
web-col-expires = Expira
web-col-link = Link de convite
web-col-redeemed-by = Resgatado por
web-col-note = Nota
web-col-actions = Ações
web-link-pending = sendo criado…
web-button-create = Criar
web-button-revoke = Revogar
web-button-regenerate = Substituir
web-code-created = Código `{ $code }` criado. O link de convite dele aparece aqui assim que o Discord o criar.
web-code-revoked = Código `{ $code }` revogado.
web-code-regenerated = Código `{ $old }` substituído por `{ $new }`.
