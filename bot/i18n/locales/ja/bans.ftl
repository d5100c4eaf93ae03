## BAN（SPEC 12節）：Doorman経由で参加した人がBANされたときの、モデレーター用チャンネルへのアラート（サーバーの言語）。
## 各メッセージがアラートの1行です。文中のメンションには「さん」を付けます。
## 「BAN」（Discordの機能：サーバーから追放）と「招待停止」（Doormanの機能：サーバーには残るが招待コードを作れない）は
## 別のものです。混同しないでください。

bans-alert-banned = 🔨 { $member } さんがBANされました。
# $when: 相対時刻（「3日前」）なので、助詞を付けずに読点で区切ります。
bans-alert-came = { $when }、{ $inviter } さんのコード { $code } で参加しました。
bans-alert-came-approved = { $when }、{ $inviter } さんのコード { $code } で参加し、{ $moderator } さんが承認しました。
# 管理者の共有リンク（/gate link）は、特定の誰かを招待したことにはなりません。
bans-alert-came-through-link = { $when }、{ $admin } さんの共有リンク { $code } で参加しました。
bans-alert-came-from-waitlist = { $when }、ウェイトリストから { $moderator } さんの招待（コード { $code }）で参加しました。
# $record: 参加リクエストと同じ、招待した人の実績（vouching-record-line）。
bans-alert-record = 招待した人の実績：{ $record }
# $people: 読点区切りのメンション（多い場合は「ほか3件」が続きます）。
bans-alert-vouched-for = この人が招待した相手（{ $count }人）：{ $people }
bans-alert-vouched-for-nobody = この人は誰も招待していません。
bans-alert-codes-revoked = この人の有効なコード{ $count }件を取り消しました。
# 招待した人が招待停止になった後、アラートの最後に付きます。$when: 相対時刻。
bans-alert-inviter-suspended = 🚫 { $moderator } さんが { $inviter } さんを招待停止にしました（{ $when }）。
# ボタン（80文字以内）
bans-button-suspend-inviter = 招待した人を招待停止
# 「{ $what }ことができませんでした」に入る、動詞の辞書形で終わる句。
bans-describe-alert = メンバーがBANされたことをお知らせする
bans-log-banned = 🔨 { $member } さんがBANされました（{ $inviter } さんのコード { $code } で参加）。{ $count ->
        [0] 有効なコードはありませんでした。
       *[other] 有効なコード{ $count }件を取り消しました。
    }
bans-log-banned-unvouched = 🔨 { $member } さんがBANされました（Doorman経由の参加ではありません）。有効なコード{ $count }件を取り消しました。
