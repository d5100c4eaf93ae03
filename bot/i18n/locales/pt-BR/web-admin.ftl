## Configurações
web-settings-change-heading = Mudar as regras
web-settings-change-about = As mesmas configurações de `/gate policy`. Só o que você mudar é salvo, e cada mudança é publicada no canal de registro.
web-settings-save = Salvar
web-settings-saved = Salvo: { $changes }
web-settings-nothing-changed = Nada foi salvo: o formulário já tem as configurações em vigor.
web-settings-not-a-choice = `{ $key }` precisa ser uma das opções do formulário. Nada foi salvo.
web-settings-changed-meanwhile = Outro admin mudou as regras depois que você abriu esta página. Nada foi salvo: a página agora mostra as configurações em vigor; faça sua mudança de novo a partir delas.

## Buscar em listas longas, uma página por vez
web-filter-heading = Buscar
web-filter-any = Todos
web-filter-search = Buscar
web-filter-not-a-choice = `{ $field }`: escolha um dos valores que o formulário oferece.
web-filter-bad-date = `{ $field }` precisa ser uma data escrita como 2026-11-24.
web-filter-bad-page = Este endereço não foi gerado pelo painel. Comece de novo pela primeira página.
web-pager-label = Páginas
web-pager-newer = Mais recentes
web-pager-older = Mais antigas

## Registro de auditoria
web-filter-person = Pessoa (ID de usuário)
web-filter-since = De
web-filter-until = Até (inclusive)
web-audit-entries-heading = Entradas, das mais recentes para as mais antigas
web-audit-csv = Baixar estas entradas em CSV
web-audit-none = Nenhuma entrada encontrada.
web-col-time = Horário
web-col-kind = Tipo
web-col-entry = Entrada
web-audit-kind-admitted = Admissão
web-audit-kind-left = Saída antes da admissão
web-audit-kind-denied = Recusa
web-audit-kind-settings = Configurações alteradas
web-audit-kind-role-quota = Cota de cargo definida
web-audit-kind-grant = Cota ajustada
web-audit-kind-revoked = Código revogado
web-audit-kind-revoked-all = Todos os códigos de um membro revogados
web-audit-kind-link-code = Código de convite compartilhado criado
web-audit-kind-regenerated = Código substituído
web-audit-kind-waitlist-joined = Inscrição na lista de espera
web-audit-kind-waitlist-invited = Convite pela lista de espera
web-audit-kind-waitlist-declined = Recusa na lista de espera
web-audit-kind-suspended = Suspensão
web-audit-kind-unsuspended = Suspensão retirada
web-audit-kind-banned = Banimento
web-audit-kind-waiting-kicked = Expulsão da sala de espera

## Todos os códigos
web-filter-inviter = Quem convidou (ID de usuário)
web-all-codes-list-heading = Códigos, dos mais recentes para os mais antigos
web-all-codes-none = Nenhum código encontrado.
web-col-inviter = Quem convidou
web-col-for = Para
web-all-codes-kind-member = Código de membro
web-all-codes-kind-link = Link compartilhado
web-all-codes-kind-waitlist = Da lista de espera
