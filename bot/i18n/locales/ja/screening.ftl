# 新規参加者の審査（SPEC 13節）：判断材料（リスクの目安）、アカウント作成からの必要日数、戻ってきたメンバー。
# 用語：「判断材料」「アカウント作成からの必要日数」「戻ってきたメンバー」「再参加」。

## /gate policy と /gate settings（コマンド・オプション・選択肢の説明は100文字以内）
screening-cmd-policy-min-account-age-days = 作成からこの日数未満のアカウントはモデレーターの承認が必要です（0〜3650、0でオフ）
screening-cmd-policy-returning = 以前参加が認められて退出した人が、コードなしで /redeem したときの扱い
screening-returning-approve = モデレーターが判断する（以前の参加を表示）
screening-returning-readmit = すぐに再参加を認める
screening-returning-code = 新しいコードを求める
screening-settings-min-account-age = アカウント作成からの必要日数：{ $days ->
        [0] なし
       *[other] { $days }日
    }
# $returning: /gate policy の値（approve、readmit、code）
screening-settings-returning = 戻ってきたメンバー：{ $returning ->
        [readmit] すぐに再参加を認める
        [code] 新しいコードが必要
       *[approve] モデレーターが判断
    }

## 参加リクエスト：判断材料と、承認がオフでもモデレーターの確認が必要な理由
# フィールド名。値は下の screening-signal-* の行です。
screening-request-signals = 判断材料
# $days: コードを使った時点でのアカウント作成からの日数
screening-signal-account-age = { $days ->
        [0] アカウント作成から1日未満
       *[other] アカウント作成から{ $days }日
    }
screening-signal-avatar = アバター設定済み
screening-signal-no-avatar = ⚠️ アバター未設定
screening-signal-first-time = このサーバーへの過去の参加リクエストなし
# $count: このサーバーへの過去の参加リクエストの数；$denied: そのうち却下された数
screening-signal-earlier = このサーバーへの過去の参加リクエスト：{ $count }件（うち却下{ $denied }件）
screening-signal-came-back = コードなしで再参加（コードと招待した人は以前の参加のもの）
screening-log-readmitted = 🔁 { $member } さんがコードなしで再参加しました（以前の参加：{ $inviter } さんのコード { $code }）。
screening-log-readmitted-approved = 🔁 { $member } さんがコードなしで再参加しました（以前の参加：{ $inviter } さんのコード { $code }、{ $moderator } さんが承認）。
# フィールド名。値は下の screening-hold-* の文（1行に1つ）です。
screening-request-holds = モデレーターの確認が必要な理由
screening-hold-young-account = ⚠️ アカウント作成からの日数が、このサーバーで必要な日数に達していません。
# $number: 以前の参加リクエストの番号；$when: 日付（Discordのタイムスタンプ）
screening-hold-returning = 🔁 以前このサーバーへの参加が認められ（参加リクエスト #{ $number }、{ $when }）、その後退出しています。
screening-hold-denied-before = ⛔ このサーバーへの過去の参加リクエストが却下されています。
screening-hold-banned-before = ⛔ 以前このサーバーからBANされています。
screening-hold-suspended = ⛔ このサーバーで招待停止中です。
screening-hold-suspended-before = ⛔ 以前このサーバーで招待停止になったことがあります（現在は解除済み）。
screening-hold-inviter-suspended = ⛔ 前回この人の参加に使われたコードのメンバーは招待停止中です。

## コードなしの /redeem（実行した本人への返信）
screening-refusal-code-needed = 招待コードが必要です。メンバーからもらったコードを入力して `/redeem` を実行してください。
screening-refusal-code-returning = おかえりなさい！このサーバーでは、戻ってきたメンバーにも新しい招待コードが必要です。メンバーからもらったコードを入力して `/redeem` を実行してください。
screening-refusal-code-flagged = 戻ってくるには新しい招待コードが必要です。参加リクエストはモデレーターが確認します。メンバーからもらったコードを入力して `/redeem` を実行してください。
screening-back-received = おかえりなさい！**{ $server }**への再参加リクエストはモデレーターが確認します。結果はDMでお知らせします。
screening-welcome-back = **{ $server }**へおかえりなさい！サーバーのすべてのチャンネルがまた使えるようになりました。
