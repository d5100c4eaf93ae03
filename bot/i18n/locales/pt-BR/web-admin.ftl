## Configurações
web-settings-change-heading = Mudar as regras
web-settings-change-about = As mesmas configurações de `/gate policy`. Só o que você mudar é salvo, e cada mudança é publicada no canal de registro.
web-settings-save = Salvar
web-settings-saved = Salvo: { $changes }
web-settings-nothing-changed = Nada foi salvo: o formulário já tem as configurações em vigor.
web-settings-not-a-choice = `{ $key }` precisa ser uma das opções do formulário. Nada foi salvo.
web-settings-changed-meanwhile = Outro admin mudou as regras depois que você abriu esta página. Nada foi salvo: a página agora mostra as configurações em vigor; faça sua mudança de novo a partir delas.
