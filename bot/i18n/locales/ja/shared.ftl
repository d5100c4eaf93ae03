# Doorman の各部分に共通する文言：チェック、お詫び、ステータス、リストの行、ページ。

check-server-only = このコマンドはサーバー内でのみ使えます。
check-failed = ここではこのコマンドを使えません。

# 一覧の省略（「@a, @b, ほか3件」のように読点区切りの後に付きます）。
shared-list-more = ほか{ $count }件

# 日本語では文と文の間にスペースを入れません。
sentences = { $first }{ $second }

# コードのステータス。「すでに{ $status }のため」「{ $status }です」の形でも使われます。
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
# 参加リクエストのステータス。「参加リクエスト #3 は{ $status }です」の形でも使われます。
admission-status = { $status ->
        [awaiting_approval] 承認待ち
        [roles_pending] ロール付与待ち
        [admitted] 参加済み
        [denied] 却下済み
       *[left] 退出済み
    }

# 一覧の行の部品（" · " でつなげられます）。メンションの後に「さん」は付けません。
line-reserved-for-id = { $user }（ID { $id }）
line-reserved-for-username = ユーザー名 { $username }
line-code-uses = { $max }回中{ $uses }回使用
line-code-by = 作成者：{ $inviter }
# $when: 相対時刻（「7日後」）
line-code-expires = { $when }に期限切れ
line-code-for = { $reserved } 専用
line-code-kind = { $kind ->
        [link] 🔗 共有リンク
       *[waitlist] ウェイトリスト経由
    }
line-code-replaced-by = { $code } に差し替え済み
line-code-replaces = { $code } から差し替え
line-admission-from-inviter = { $inviter } のコード { $code }
line-admission = { $user } · { $inviter } のコード { $code }
line-admission-redeemed = 使用日時：{ $when }
# $when: 相対時刻（「3日前」「たった今」）なので、助詞を付けずに括弧に入れます。
line-admission-decided = { $moderator } が{ $decision ->
        [denied] 却下
       *[approved] 承認
    }（{ $when }）

apology = 申し訳ありません。こちらで問題が発生しました。しばらくしてからもう一度お試しください。

pages-previous = 前へ
pages-next = 次へ
pages-footer = { $number } / { $count } ページ · 全{ $total }件
pages-expired = このページは有効期限が切れました。最新の一覧を見るには、もう一度コマンドを実行してください。

list-separator = 、
clause-separator = ／

# A code's invite link in lists, shown while the code is active. $link: the link's address.
line-code-link = リンク：{ $link }
