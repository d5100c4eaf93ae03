check-server-only = このコマンドはサーバー内でのみ使えます。
check-failed = ここではこのコマンドを使えません。
shared-list-more = ほか{ $count }件
