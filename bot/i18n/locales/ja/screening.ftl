# 新規参加者の審査（SPEC 13章）：リスクの兆候、アカウントの最低経過日数、戻ってきたメンバー。

## /gate policy と /gate settings
screening-cmd-policy-min-account-age-days = 作成からこの日数未満のアカウントはモデレーターの承認が必要です（0〜3650、0でオフ）
screening-cmd-policy-returning = 以前参加して退出した人がコードなしで /redeem したときの扱い
screening-returning-approve = モデレーターに確認する（以前の参加を表示）
screening-returning-readmit = すぐに再参加を認める
screening-returning-code = 新しいコードを求める
screening-settings-min-account-age = アカウントの最低経過日数：{ $days ->
        [0] なし
       *[other] { $days }日
    }
screening-settings-returning = 戻ってきたメンバー：{ $returning ->
        [readmit] すぐに再参加
        [code] 新しいコードが必要
       *[approve] モデレーターが判断
    }

## 参加リクエスト
screening-request-signals = 兆候
screening-signal-account-age = アカウント作成から：{ $days ->
       *[other] { $days }日
    }
screening-signal-avatar = 自分のアバターあり
screening-signal-no-avatar = ⚠️ 自分のアバターなし
screening-signal-first-time = このサーバーでの過去のリクエストなし
screening-signal-earlier = ⚠️ このサーバーでの過去のリクエスト：{ $count ->
       *[other] { $count }件
    }（うち却下 { $denied }件）
screening-signal-came-back = コードなしで戻ってきました：コードと招待した人は以前の参加のものです
screening-request-holds = モデレーターの確認が必要な理由
screening-hold-young-account = ⚠️ アカウントがこのサーバーの最低経過日数に達していません。
screening-hold-returning = 🔁 以前ここに参加し（リクエスト #{ $number }、{ $when }）、退出しています。
screening-hold-returning-unknown = 🔁 以前ここに参加し、退出しています。
screening-hold-denied-before = ⛔ このサーバーでの過去のリクエストが却下されています。
screening-hold-banned-before = ⛔ 以前このサーバーからBANされています。
screening-hold-suspended = ⛔ このサーバーで招待停止中です。

## コードなしの /redeem
screening-refusal-code-needed = 招待コードが必要です。メンバーからもらったコードで `/redeem` を使ってください。
screening-refusal-code-returning = おかえりなさい！このサーバーでは、戻ってきたメンバーにも新しい招待コードが必要です。メンバーからもらったコードで `/redeem` を使ってください。
screening-refusal-code-flagged = 戻るには新しい招待コードが必要で、リクエストはモデレーターが確認します。メンバーからもらったコードで `/redeem` を使ってください。
screening-back-received = おかえりなさい！**{ $server }**への再参加リクエストはモデレーターが確認します。結果はDMでお知らせします。
screening-welcome-back = **{ $server }**へおかえりなさい！サーバーのすべてのチャンネルがまた使えるようになりました。
