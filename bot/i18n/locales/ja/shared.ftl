# Doorman の各部分に共通する文言：チェック、お詫び、ステータス、リストの行、ページ。

check-server-only = このコマンドはサーバー内でのみ使えます。
check-failed = ここではこのコマンドを使えません。

shared-list-more = ほか{ $count }件

# 日本語では文と文の間にスペースを入れません。
sentences = { $first }{ $second }

code-status = { $status ->
        [active] 有効
        [used] 使い切り済み
        [expired] 期限切れ
       *[revoked] 取り消し済み
    }
code-status-icon = { $status ->
        [active] 🟢 有効
        [used] ⚪ 使い切り済み
        [expired] ⌛ 期限切れ
       *[revoked] ⛔ 取り消し済み
    }
admission-status = { $status ->
        [awaiting_approval] 承認待ち
        [roles_pending] ロール付与待ち
        [admitted] 参加済み
        [denied] 却下済み
       *[left] 退出済み
    }

line-reserved-for-id = { $user } (ID { $id })
line-reserved-for-username = ユーザー名 { $username }
line-code-uses = { $uses }/{ $max }回使用
line-code-by = 作成: { $inviter }
line-code-expires = { $when }に期限切れ
line-code-for = { $reserved } 専用
line-admission-from-inviter = { $inviter } のコード { $code }
line-admission = { $user } · { $inviter } のコード { $code }
line-admission-redeemed = { $when }に使用
line-admission-decided = { $moderator } が{ $when }に{ $decision ->
        [denied] 却下
       *[approved] 承認
    }

apology = 申し訳ありません、こちらで問題が発生しました。しばらくしてからもう一度お試しください。

pages-previous = 前へ
pages-next = 次へ
pages-footer = { $number } / { $count } ページ · 全{ $total }件
pages-expired = このページは有効期限が切れました。最新のリストを見るには、もう一度コマンドを実行してください。
