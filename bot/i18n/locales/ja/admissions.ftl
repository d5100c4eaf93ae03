# 参加受付: /redeem、モデレーター用チャンネルの参加リクエスト、新規参加者と招待した人へのDM。

## コマンドの説明

admissions-cmd-redeem = メンバーからもらった招待コードで参加します
admissions-cmd-redeem-code = 招待コード(例: 7KQ2-M9XD-4HBT)

## /redeem を使った新規参加者への返信

admissions-request-received = コードを受け付けました。**{ $server }** への参加リクエストはモデレーターが確認します。結果が決まったらDMでお知らせします。
admissions-welcome = **{ $server }** へようこそ!あなたを招待したのは { $inviter } さんです。サーバーのすべてのチャンネルが使えるようになりました。
admissions-roles-delayed = コードを受け付けましたが、まだロールを付与できていません。モデレーターに通知したので対応を待ってください。コードをもう一度使う必要はありません。

## モデレーター用チャンネルの参加リクエスト

admissions-request-title = 参加リクエスト #{ $number }
admissions-request-newcomer = 新規参加者
admissions-request-invited-by = 招待した人
admissions-request-code = コード
admissions-request-note = 招待した人のメモ
admissions-request-redeemed = コード使用日時
admissions-request-decision = 判断
admissions-request-reason = 理由
admissions-request-closed = 終了
admissions-request-newcomer-value =
    { $newcomer } ({ $id })
    アカウント作成: { $created }
admissions-request-denied-by = ❌ { $moderator } が却下 { $when }
admissions-request-approved-by = ✅ { $moderator } が承認 { $when }
admissions-request-roles-pending = ⚠️ ロールはまだ付与されていません。下のアラートを確認して **再試行** をクリックしてください。
admissions-request-left = 新規参加者は参加を認められる前にサーバーを退出しました。
admissions-button-approve = 承認
admissions-button-deny = 却下
admissions-moved-to = 📦 現在のモデレーター用チャンネル { $channel } に移動しました。そちらで判断してください。

## 却下フォーム(45文字まで)

admissions-deny-form-title = 参加リクエストを却下
admissions-deny-form-reason = 理由(新規参加者に送られます)

## 判断したモデレーターへの返信

admissions-decided = { $verb ->
        [denied] 却下しました
       *[approved] 承認しました
    }: { $newcomer } のリクエスト #{ $number }
admissions-dm-refused = 判断を記録しましたが、{ $newcomer } にDMを送れませんでした。DMが閉じられています。
admissions-dm-delayed = 判断を記録しましたが、{ $newcomer } にまだDMを送れていません。引き続き送信を試みます。

## モデレーター用チャンネルへのお知らせ

admissions-dm-undelivered = ℹ️ リクエスト #{ $number } について { $moderator } が下した判断を { $newcomer } にDMで伝えられませんでした。DMが閉じられています。
admissions-guessing-alert = 🚨 直近{ $minutes }分間に `/redeem` の失敗が多数あります。誰かがコードを推測しようとしている可能性があります。各アカウントは{ $attempts }回失敗するとロックされます。有効なコードは `/gate codes` で確認できます。

## DM

admissions-inviter-dm = { $newcomer } さんがあなたのコード { $code } で **{ $server }** に参加しました。
admissions-approved-dm-welcome = ✅ **{ $server }** への参加リクエストがモデレーターに承認されました。ようこそ!
admissions-approved-dm-roles-pending = ✅ **{ $server }** への参加リクエストがモデレーターに承認されました。ロールはまだ付与できていません。モデレーターに通知済みで、自動的に再試行されます。
admissions-denied-dm = ❌ **{ $server }** への参加リクエストはモデレーターに却下されました。
admissions-denied-dm-reason = 理由: { $reason }

## 参加受付で bot が行うこと(失敗時のアラートでモデレーターに表示)

admissions-audit-reason = Doorman 参加 #{ $number }: ユーザー { $inviter } のコード { $code }
# 「(これ)ができませんでした」のような文に入る名詞句。
admissions-describe-grant = { $newcomer } へのロール付与(参加 #{ $number }、{ $inviter } のコード { $code })
admissions-describe-request = モデレーター用チャンネルへの参加リクエスト #{ $number } の表示
admissions-describe-dm = 参加 #{ $number } についての { $user } へのDM
admissions-describe-undelivered = 判断をDMで伝えられなかったことのお知らせ
admissions-describe-guessing = コード使用の失敗が続いていることの警告
admissions-role-gone = メンバーロールが存在しません。`/gate setup` をもう一度実行してください
admissions-roles-refused = Discord に拒否されました。bot のロールをメンバーロールより上に置き、「ロールの管理」権限を与えてください
admissions-closed-already = 対応不要です: 参加 #{ $number } はすでに終了しています。
admissions-newcomer-left = { $newcomer } はサーバーを退出しました。この参加は終了しています。
admissions-roles-granted = 完了: { $newcomer } にロールを付与しました。
admissions-no-one-to-tell = サーバーを退出したため、伝える相手がいません。
admissions-dms-closed = DMが閉じられています。
