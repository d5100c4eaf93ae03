# 参加受付: /redeem、モデレーター用チャンネルの参加リクエストと「承認」「却下」ボタン、却下フォーム、
# 新規参加者と招待した人へのDM、モデレーターへのお知らせ。
# 文中のユーザーのメンションには「さん」を付けます（フィールドや一覧の行では付けません）。
# 参加の番号は、どのメッセージでも「参加リクエスト #{ $number }」と呼びます。

## コマンドの説明（100文字以内）

admissions-cmd-redeem = メンバーからもらった招待コードでサーバーに参加します
admissions-cmd-redeem-code = 招待コード（例：7KQ2-M9XD-4HBT）

## /redeem を実行した新規参加者への返信

admissions-request-received = コードを受け付けました。**{ $server }**への参加リクエストはモデレーターが確認します。結果はDMでお知らせします。
admissions-welcome = **{ $server }**へようこそ！あなたを招待したのは { $inviter } さんです。サーバーのすべてのチャンネルが使えるようになりました。
admissions-roles-delayed = コードを受け付けましたが、まだロールを付与できていません。モデレーターに通知したので、対応をお待ちください。コードをもう一度使う必要はありません。

## モデレーター用チャンネルの参加リクエスト（埋め込み）

admissions-request-title = 参加リクエスト #{ $number }
admissions-request-newcomer = 新規参加者
admissions-request-invited-by = 招待した人
# $admin: 共有リンクを作った管理者（フィールドの値なので「さん」は付けません）。
admissions-request-shared-link = { $admin } の共有リンク（`/gate link`）経由：この新規参加者を個人的に推薦した人はいません
admissions-request-code = コード
admissions-request-note = 招待した人のメモ
admissions-request-redeemed = コード使用日時
admissions-request-decision = 判断
admissions-request-reason = 理由
admissions-request-closed = 終了
admissions-request-newcomer-value =
    { $newcomer }（{ $id }）
    アカウント作成：{ $created }
# $when: 判断した日時
admissions-request-denied-by = ❌ { $moderator } が却下（{ $when }）
admissions-request-approved-by = ✅ { $moderator } が承認（{ $when }）
admissions-request-roles-pending = ⚠️ ロールはまだ付与されていません。下のアラートを確認して**再試行**をクリックしてください。
admissions-request-left = 新規参加者は、参加が認められる前にサーバーを退出しました。
# ボタン（80文字以内）
admissions-button-approve = 承認
admissions-button-deny = 却下
admissions-moved-to = 📦 モデレーター用チャンネルが { $channel } に変わりました。そちらで判断してください。

## 却下フォーム（タイトルとラベルは45文字以内）

admissions-deny-form-title = 参加リクエストを却下
admissions-deny-form-reason = 理由（新規参加者に送られます）

## 判断したモデレーターへの返信

admissions-decided = { $newcomer } さんの参加リクエスト #{ $number } を{ $verb ->
        [denied] 却下
       *[approved] 承認
    }しました。
admissions-dm-refused = 判断を記録しましたが、{ $newcomer } さんがDMを受け付けていないため、結果を伝えられませんでした。
admissions-dm-delayed = 判断を記録しましたが、{ $newcomer } さんにまだDMを送れていません。送信を続けます。

## モデレーター用チャンネルへのお知らせ

admissions-dm-undelivered = ℹ️ 参加リクエスト #{ $number } への { $moderator } さんの判断を { $newcomer } さんにDMで伝えられませんでした。相手がDMを受け付けていません。
admissions-guessing-alert = 🚨 直近{ $minutes }分間に `/redeem` の失敗が多数あります。誰かがコードを推測しようとしている可能性があります。各アカウントは{ $attempts }回失敗するとロックされます。有効なコードは `/gate codes` で確認できます。

## DM

# 招待した人へ
admissions-inviter-dm = { $newcomer } さんがあなたのコード { $code } で**{ $server }**に参加しました。
# 新規参加者へ
admissions-approved-dm-welcome = ✅ **{ $server }**への参加リクエストがモデレーターに承認されました。ようこそ！
admissions-approved-dm-roles-pending = ✅ **{ $server }**への参加リクエストがモデレーターに承認されました。ロールはまだ付与できていませんが、モデレーターに通知済みで、自動的に再試行されます。
admissions-denied-dm = ❌ **{ $server }**への参加リクエストはモデレーターに却下されました。
admissions-denied-dm-reason = 理由：{ $reason }

## 参加受付でBotが行うこと（失敗時のアラートや再試行でモデレーターに表示）

# サーバーの監査ログに表示されるロール変更の理由。$inviter はユーザーID。
admissions-audit-reason = Doorman 参加リクエスト #{ $number }：ユーザー { $inviter } のコード { $code }
# 「{ $what }ことができませんでした」「{ $what }のを断念しました」に入る、動詞の辞書形で終わる句。
admissions-describe-grant = 参加リクエスト #{ $number }（{ $inviter } さんのコード { $code }）で { $newcomer } さんにロールを付与する
admissions-describe-request = 参加リクエスト #{ $number } をモデレーター用チャンネルに表示する
admissions-describe-dm = 参加リクエスト #{ $number } について { $user } さんにDMを送る
admissions-describe-undelivered = 判断をDMで伝えられなかったことをお知らせする
admissions-describe-guessing = コード使用の失敗が急増していることをお知らせする
# 失敗の理由と対処法（文末の句点なし：アラートの文中に入ります）。
admissions-role-gone = メンバーロールが存在しません。`/gate setup` をもう一度実行してください
admissions-roles-refused = Discordに拒否されました。Botのロールをメンバーロールより上に置き、「ロールの管理」権限を与えてください
# 「再試行」をクリックしたモデレーターへの返信
admissions-closed-already = 対応は不要です。参加リクエスト #{ $number } はすでに終了しています。
admissions-newcomer-left = { $newcomer } さんはサーバーを退出しました。この参加リクエストは終了しています。
admissions-roles-granted = 完了しました。{ $newcomer } さんにロールを付与しました。
admissions-no-one-to-tell = 相手がサーバーを退出したため、伝える相手がいません。
admissions-dms-closed = 相手がDMを受け付けていません。
