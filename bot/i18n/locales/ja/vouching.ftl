## 招待した人の実績（SPEC 12節）：すべての参加リクエストと /gate whois に表示されます。

# 参加リクエストのフィールド名。
vouching-request-record = 招待した人の実績
# 1行：$inviter はメンション、ほかは招待した人のコードを使った新規参加者の人数。
# 「招待した人の実績：」の後にも入るので、コロンを使わず括弧でまとめます。
vouching-record-line = { $inviter }（参加済み{ $admitted }人、却下{ $denied }人、退出{ $left }人、BAN済み{ $banned }人）
# /gate whois の見出し。
vouching-whois-heading = 招待した人としての実績
vouching-whois-record = 作成したコード：{ $codes }件 · 参加済み：{ $admitted }人 · 却下：{ $denied }人 · 30日以内に退出：{ $left }人 · BAN済み：{ $banned }人

## /gate tree：メンバーを招待した人の系統と、そのメンバーから下の全員

# コマンド・オプションの説明（100文字以内）
vouching-cmd-tree = メンバーを招待した人を最初の人までさかのぼり、そのメンバーが招待した人も全員表示します
vouching-cmd-tree-member = 招待ツリーを表示するメンバー
vouching-cmd-tree-depth = メンバーから下に表示する階層の数（1〜5、既定値：3）
# $name: ユーザー名
vouching-tree-title = { $name } の招待ツリー
# 一覧の見出し。$count: メンバーから下の人数。
vouching-tree-above = **招待の経路（最初の人から順に）**
vouching-tree-below = **このメンバーから続く招待（{ $count }人）**
# 一覧の行（メンションに「さん」は付けません）。$standing は下の状態のいずれか。
vouching-tree-line = { $person }：{ $standing }
# 系統の最初の人：Doorman経由で招待した人がいない（以前からいた人や管理者）。
vouching-tree-line-top = { $person }：{ $standing }（招待した人なし）
vouching-standing-member = メンバー
vouching-standing-awaiting = 承認待ち
vouching-standing-denied = 却下済み
vouching-standing-left = 退出済み
vouching-standing-banned = BAN済み
vouching-standing-suspended = 招待停止中
