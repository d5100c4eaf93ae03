## 招待した人の実績（SPEC 12章）

vouching-request-record = 招待した人の実績
vouching-record-line = { $inviter }：参加済み { $admitted } 人、却下 { $denied } 人、退出 { $left } 人、BAN { $banned } 人
vouching-whois-heading = 招待した人としての実績
vouching-whois-record = 作成したコード：{ $codes } 件 · 参加済み：{ $admitted } 人 · 却下：{ $denied } 人 · 30日以内に退出：{ $left } 人 · BAN：{ $banned } 人
