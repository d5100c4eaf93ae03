check-server-only = Este comando solo funciona en un servidor.
check-failed = No puedes usar este comando aquí.
shared-list-more = y { $count } más
