check-server-only = Dieser Befehl funktioniert nur auf einem Server.
check-failed = Diesen Befehl kannst du hier nicht verwenden.
shared-list-more = und { $count } weitere
