# 在籍期間と招待停止（SPEC 12節）。
# 「招待停止」は Doorman の機能です（サーバーには残るが、招待コードを作成・差し替えできない）。
# Discord の「BAN」（サーバーから追放）とは別のものなので、必ず「招待停止」と書きます。

# $days: invite_after_days；$when: 作成できるようになる日時（相対時刻：「3日後」）
suspension-refusal-too-new = このサーバーでは、参加して{ $days }日たつと招待コードを作成できます。作成できるようになるのは{ $when }です。
suspension-cmd-policy-invite-after-days = 参加してから招待コードを作成できるようになるまでの日数（0〜365）
# $days: 0 なら参加直後から作成できます。
suspension-settings-invite-after = コードの作成：{ $days ->
        [0] 参加直後から
       *[other] サーバー参加の{ $days }日後から
    }

# 招待停止。$reason: 管理者が書いた理由、または suspension-no-reason（「理由：」の後に入ります）。
suspension-refusal-suspended = このサーバーでは招待停止中のため、招待コードの作成や差し替えはできません。
suspension-refusal-suspended-reason = このサーバーでは招待停止中のため、招待コードの作成や差し替えはできません。理由：{ $reason }
suspension-refusal-already = { $member } さんはすでに招待停止中です。
suspension-refusal-not-suspended = { $member } さんは招待停止中ではありません。
suspension-no-reason = 記載なし
# コマンド・オプションの説明（100文字以内）
suspension-cmd-suspend = メンバーを招待停止にします：コードを作成できなくなり、有効なコードは取り消されます
suspension-cmd-suspend-member = 招待停止にするメンバー
suspension-cmd-suspend-reason = 理由（コードの作成を断られたときに本人に表示され、ログにも残ります）
suspension-cmd-suspend-branch = このメンバーが招待した人、さらにその人たちが招待した人…と、下に続く全員も招待停止にします
suspension-cmd-unsuspend = メンバーの招待停止を解除します
suspension-cmd-unsuspend-member = 招待停止を解除するメンバー
# $codes: 取り消した有効なコードの数；$requests: このメンバーのコードで出された承認待ちのリクエストのうち、警告を付けた数。
suspension-done = 🚫 { $member } さんを招待停止にしました。取り消したコード：{ $codes }件。警告を付けた承認待ちのリクエスト：{ $requests }件。
# $vouched: 一緒に招待停止にした、このメンバーが（直接または間接に）招待した人の数。
suspension-done-branch = 🚫 { $member } さんと、このメンバーが（直接または間接に）招待したメンバー{ $vouched }人を招待停止にしました。取り消したコード：{ $codes }件。警告を付けた承認待ちのリクエスト：{ $requests }件。
suspension-lifted = ✅ { $member } さんの招待停止を解除しました。このメンバーが招待した人たちはそのままです。
# ログ。$count: 取り消した有効なコードの数。
suspension-log-suspended = 🚫 { $actor } さんが { $member } さんを招待停止にしました（{ $count ->
        [0] 取り消したコードなし
       *[other] コード{ $count }件を取り消し
    }）。理由：{ $reason }
# $others: 一緒に招待停止になった人のメンション（読点区切り）。
suspension-log-suspended-branch = 🚫 { $actor } さんが { $member } さんと、このメンバーが招待したメンバー{ $vouched }人を招待停止にしました：{ $others }（{ $count ->
        [0] 取り消したコードなし
       *[other] コード{ $count }件を取り消し
    }）。理由：{ $reason }
suspension-log-unsuspended = ✅ { $actor } さんが { $member } さんの招待停止を解除しました。
# /gate whois の最初の行（一覧の行なのでメンションに「さん」は付けません）。$when: 相対時刻；$via: まとめて招待停止にした起点のメンバー。
suspension-whois = 🚫 **招待停止中**（{ $when }、{ $by } による）。理由：{ $reason }
suspension-whois-branch = 🚫 **招待停止中**（{ $when }、{ $by } による。{ $via } 以下の招待ツリー全員が対象）。理由：{ $reason }
# 参加リクエストのフィールド名と値（承認待ちの間だけ表示）。$when: 相対時刻。
suspension-request-flag = ⚠️ 招待した人は招待停止中
suspension-request-flag-value = この新規参加者を招待したメンバーは招待停止になりました（{ $when }）。
# /gate pending の一覧の行で " · " の後に付きます。
suspension-pending-flag = ⚠️ 招待した人は招待停止中
suspension-refusal-suspended-ban = このサーバーでは招待停止中のため、招待コードの作成や差し替えはできません。あなたが招待した { $member } さんがBANされました。
suspension-log-suspended-ban = 🚫 { $actor } さんが { $member } さんを招待停止にしました。{ $member } さんが招待した { $banned } さんがBANされたためです（{ $count ->
        [0] 取り消したコードなし
       *[other] コード{ $count }件を取り消し
    }）。
suspension-whois-ban = 🚫 **招待停止中**（{ $when }、{ $by } による）。この人が招待した { $banned } さんがBANされたため。
