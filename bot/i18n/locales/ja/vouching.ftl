## 招待した人の実績（SPEC 12章）

vouching-request-record = 招待した人の実績
vouching-record-line = { $inviter }：参加済み { $admitted } 人、却下 { $denied } 人、退出 { $left } 人、BAN { $banned } 人
vouching-whois-heading = 招待した人としての実績
vouching-whois-record = 作成したコード：{ $codes } 件 · 参加済み：{ $admitted } 人 · 却下：{ $denied } 人 · 30日以内に退出：{ $left } 人 · BAN：{ $banned } 人

## /gate tree

vouching-cmd-tree = メンバーを招待した人を最初までたどり、そのメンバーが招待した人を全員表示します
vouching-cmd-tree-member = 招待ツリーを表示するメンバー
vouching-cmd-tree-depth = メンバーの下に表示する階層の数（1〜5、既定は3）
vouching-tree-title = { $name } の招待ツリー
vouching-tree-above = **招待した人（最初から）**
vouching-tree-below = **このメンバーが招待した人（{ $count }）**
vouching-tree-line = { $person }：{ $standing }
vouching-tree-line-top = { $person }：{ $standing }（招待した人なし）
vouching-standing-member = メンバー
vouching-standing-awaiting = 承認待ち
vouching-standing-denied = 却下済み
vouching-standing-left = 退出
vouching-standing-banned = BAN
vouching-standing-suspended = 停止中
