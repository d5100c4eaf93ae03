check-server-only = Este comando só funciona em um servidor.
check-failed = Você não pode usar este comando aqui.
shared-list-more = e mais { $count }
