# Recusas: por que as regras disseram não e o que fazer em seguida. Resposta para quem pediu.

refusal-not-admin = Só admins (com a permissão Gerenciar servidor) podem usar os comandos `/gate`.
refusal-not-moderator = Só moderadores podem fazer isso (com a permissão Gerenciar cargos ou o cargo de moderador).
refusal-not-member = Só membros podem criar códigos de convite. Se você acabou de entrar, resgate primeiro o seu próprio código no canal de boas-vindas.
refusal-not-set-up = O Doorman ainda não foi configurado neste servidor. Um admin precisa usar `/gate setup` primeiro.

refusal-setup = Nada foi salvo. Corrija estes pontos primeiro e depois use `/gate setup` de novo:
    { $problems }
refusal-setup-manage-roles = Não tenho a permissão **Gerenciar cargos**, então não consigo atribuir cargos.
refusal-setup-role-everyone = `{ $option }` não pode ser @everyone.
refusal-setup-role-managed = `{ $option }` { $role } é gerenciado por uma integração e não pode ser atribuído.
refusal-setup-role-not-below = `{ $option }` { $role } não está abaixo do meu cargo mais alto, { $bot_role }: mova o meu cargo para cima dele em Configurações do servidor → Cargos.
refusal-setup-same-roles = `member_role` e `newcomer_role` precisam ser cargos diferentes.
refusal-setup-not-text = `{ $option }` { $channel } precisa ser um canal de texto.
refusal-setup-channel-permissions = Em `{ $option }` { $channel }, não tenho estas permissões: { $permissions }.
permission-view-channel = Ver canal
permission-send-messages = Enviar mensagens
permission-embed-links = Inserir links

refusal-policy = Nada foi salvo.
    { $problems }
refusal-policy-out-of-range = `{ $key }` precisa ser um número inteiro de { $low } a { $high }; você informou { $given }.
refusal-nothing-to-change = Informe pelo menos uma opção para alterar. `/gate settings` mostra as configurações atuais.

refusal-duration-format = `expires_in` precisa ser um número seguido de m, h ou d, por exemplo `30m`, `12h` ou `7d`.
refusal-duration-too-short = `expires_in` precisa ser de pelo menos `1m`.
refusal-duration-too-long = `expires_in` pode ser de no máximo { $days } dias (`30d`).
refusal-for-user-format = `for_user` precisa ser um nome de usuário do Discord (2 a 32 letras, números, `_` ou `.`, como `alice_99`: o nome de usuário exato, não o nome de exibição), um ID de usuário (um número como `123456789012345678`) ou uma menção.
refusal-for-user-unknown = `for_user`: nenhuma conta do Discord tem o ID { $id }. Confira o ID ou informe o nome de usuário.
refusal-for-user-bot = `for_user`: { $user } (ID { $id }) é um bot, e bots não podem resgatar códigos. Informe o nome de usuário ou o ID da pessoa que você está convidando.
refusal-for-user-unchecked = `for_user`: não consegui verificar o ID { $id } com o Discord agora, então nenhum código foi criado. Tente de novo daqui a pouco.
refusal-code-invalid = Esse código não é válido (formato incorreto): os códigos têm o formato `7KQ2-M9XD-4HBT`, com 12 letras e números.
refusal-text-too-long = `{ $option }` pode ter no máximo { $limit } caracteres; o seu tem { $length }.
refusal-not-a-number = `{ $option }` precisa ser um número inteiro.
refusal-number-out-of-range = `{ $option }` precisa estar entre { $low } e { $high }; você informou { $given }.
refusal-uses-out-of-range = Neste servidor, `uses` precisa estar entre 1 e { $maximum }; você pediu { $uses }.

refusal-quota-zero = Sua cota de convites neste servidor é 0, então você não pode criar códigos. Fale com um admin se isso estiver errado.
refusal-quota-exhausted = Esse código custaria { $cost ->
        [one] { $cost } uso
       *[other] { $cost } usos
    }, e você tem { $remaining } de { $limit } disponíveis no seu período de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
refusal-quota-next-free = O próximo uso será liberado { $when }.
refusal-quota-revoke-hint = Revogar um código não usado com `/invite revoke` devolve os usos dele.
refusal-everyone-role-quota = Defina a cota de todo mundo com `/gate policy invites_per_member`.

refusal-code-not-found = Não existe o código { $code } neste servidor. Confira com `/invite list`.
refusal-not-your-code = Esse código é de outra pessoa; você só pode revogar os seus próprios códigos.
refusal-not-revocable = O código { $code } já está { $status }; não há nada para revogar.
refusal-not-your-code-regenerate = Esse código é de outra pessoa; você só pode substituir os seus próprios códigos.
refusal-not-regenerable = O código { $code } está { $status }, então não há nada para substituir: só dá para substituir um código ativo. Crie um novo com `/invite create`.
refusal-regenerating-too-often = Você substituiu { $count ->
        [one] um código
       *[other] { $count } códigos
    } nas últimas 24 horas, o máximo por dia. Você poderá substituir outro { $relative }; até lá, `/invite revoke` e `/invite create` fazem o mesmo.

refusal-wrong-channel = Os códigos são resgatados em { $channel }. Use `/redeem` lá.
refusal-already-member = Você já é membro daqui; não há nada para resgatar.
refusal-locked-out = Muitas tentativas malsucedidas. Você pode tentar `/redeem` de novo { $when }.
refusal-still-awaiting-approval = Seu pedido ainda está aguardando um moderador; você vai receber uma DM quando houver uma decisão. Nenhum código foi usado.
refusal-still-roles-pending = Sua entrada foi aprovada e seus cargos ainda estão sendo atribuídos; a equipe de moderação foi avisada. Nenhum código foi usado.

refusal-code-malformed = Esse código está com formato incorreto: os códigos têm o formato `7KQ2-M9XD-4HBT`, com 12 letras e números.
refusal-code-unknown = Esse código não existe neste servidor. Confira com quem convidou você.
refusal-code-expired = Esse código expirou. Peça um novo para quem convidou você.
refusal-code-used-up = Esse código está esgotado. Peça um novo para quem convidou você.
refusal-code-revoked = Esse código foi revogado. Peça um novo para quem convidou você.
refusal-code-reserved = Esse código está reservado para outra pessoa. Peça um código só seu para quem convidou você.
refusal-code-locked-out = Muitas tentativas malsucedidas: você pode tentar de novo { $when }.
refusal-code-attempts-left = { $count ->
        [one] Resta { $count } tentativa
       *[other] Restam { $count } tentativas
    } antes do bloqueio.

refusal-request-not-found = Esse pedido de entrada não existe neste servidor.
refusal-request-closed = Este pedido está encerrado: o recém-chegado saiu do servidor.
refusal-request-needs-no-decision = Este pedido não precisa de decisão.
refusal-request-already-decided = Este pedido já foi { $decision ->
        [denied] recusado
       *[approved] aprovado
    } por { $moderator } { $when }.
refusal-nothing-to-retry = Nada para tentar novamente (status da entrada #{ $number }: { $status }).
refusal-nothing-to-redeliver = Nada para tentar novamente: isso já foi concluído.
