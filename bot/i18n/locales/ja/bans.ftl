## BAN（SPEC 12節）：Doorman 経由で参加した人が BAN されたときのモデレーターへの通知。

bans-alert-banned = 🔨 { $member } さんが BAN されました。
bans-alert-came = { $when }、{ $inviter } さんのコード { $code } で参加しました。
bans-alert-came-approved = { $when }、{ $inviter } さんのコード { $code } で参加しました（承認：{ $moderator } さん）。
bans-alert-came-through-link = { $when }、{ $admin } さんの共有リンク { $code } で参加しました。
bans-alert-came-from-waitlist = { $when }、ウェイトリストから参加しました：{ $moderator } さんがコード { $code } で招待。
bans-alert-record = 招待した人の実績：{ $record }
bans-alert-vouched-for = この人が推薦した人（{ $count } 人）：{ $people }
bans-alert-vouched-for-nobody = この人は誰も推薦していません。
bans-alert-codes-revoked = この人の有効なコードを取り消しました：{ $count } 件。
bans-alert-inviter-suspended = 🚫 { $inviter } さんは { $when }、{ $moderator } さんにより利用停止になりました。
bans-button-suspend-inviter = 招待した人を利用停止
bans-suspend-reason = あなたが招待した人が BAN されました。
bans-describe-alert = BAN の通知
bans-log-banned = 🔨 { $member } さんが BAN されました（{ $inviter } さんのコード { $code } で参加）。{ $count ->
        [0] 有効なコードはありませんでした。
       *[other] 有効なコード { $count } 件を取り消しました。
    }
