# ダッシュボード（SPEC 16節）：ログインした人全員に共通のページ、ログイン、メンバーの「自分のコード」ページ。
# ページのタイトルは、ナビゲーションのリンクと各ページの見出し（1つだけ）を兼ねます。
# 用語：「ログイン」「ログアウト」「ログイン用リンク」「セッション」「ダッシュボード」。「リクエスト」は参加リクエスト
# だけに使い、HTTPのリクエストは「要求」と書きます。ボタンは既存のボタンと同じく名詞（「作成」「取り消し」「差し替え」）。
# （各メッセージの説明は en/web.ftl を参照。）

## Discord の /dashboard
dashboard-cmd = このサーバーのDoormanダッシュボードをブラウザで開きます
# 本人だけに見える返信：$link は1回だけ使えるログイン用アドレス、$minutes はその有効時間（分）。
dashboard-link = ダッシュボードのログイン用リンクです：{ $link }
    1回だけ、{ $minutes }分間、あなただけが使えます。ほかの人と共有しないでください。
dashboard-off = このBotではダッシュボードが有効になっていません。Botの運営者が設定（`[web] enabled` とシークレット）で有効にできます。

## すべてのページ
web-skip-to-content = 本文へスキップ
web-nav-label = ダッシュボード
web-sign-out = ログアウト
web-back-home = ダッシュボードに戻る
web-how-to-sign-in = ログインするには、Discordのサーバーで `/dashboard` を実行してください。1回だけ使えるログイン用リンクが届きます。
web-signed-out-title = ログイン
web-home-title = ダッシュボード
web-home-signed-in-as = { $person } として{ $server }にログインしています。
web-home-nothing = ここに表示できるページはまだありません。メンバーロールを持つメンバーは自分のコードを管理でき、モデレーターは承認待ちのリクエストを、管理者はすべてを見ることができます。

## ページのタイトルと、各ページの内容
web-codes-title = 自分のコード
web-codes-about = 招待コードの作成・取り消し・差し替えと、使った人の確認ができます。
web-queue-title = 承認待ち
web-queue-about = モデレーターの判断を待っている参加リクエストを、承認または却下します。
web-waitlist-title = ウェイトリスト
web-waitlist-about = コードを持たずに待っている人を、招待するか見送ります。
web-settings-title = 設定
web-settings-about = このサーバーでの参加受付のしくみです。
web-all-codes-title = すべてのコード
web-all-codes-about = このサーバーのすべてのコードを、絞り込んで表示できます。
web-tree-title = 招待ツリー
web-tree-about = 誰が誰を招待したかを、ツリーで表示します。
web-audit-title = 監査ログ
web-audit-about = これまでの出来事をすべて、検索したりCSVで取り出したりできます。
web-charts-title = グラフ
web-charts-about = 1日ごとのコード使用・参加・却下の件数、招待枠の使用状況、定着した人を表示します。

## 拒否とエラー
web-refused-title = 実行できません
web-error-title = 問題が発生しました
web-sign-in-needed = ログインしていないか、セッションが終了しています。
web-not-in-server = このサーバーのメンバーではなくなったため、ログアウトしました。
web-form-expired = このフォームは受け付けられませんでした。現在のダッシュボードのセッションから送信されたものではありません。ページを再読み込みして、もう一度お試しください。
web-link-used-or-expired = このログイン用リンクは使用済みか、有効期限が切れています。Discordで `/dashboard` を実行して、新しいリンクを受け取ってください。
web-error-not-found = このページは存在しません。
web-error-too-large = フォームの内容が大きすぎるため、受け付けられませんでした。
web-error-other = この要求には応答できませんでした。
web-error-unexpected = こちらで問題が発生しました。何も変更されていません。しばらくしてからもう一度お試しください。

## 自分のコード
web-codes-create-heading = コードを作成
web-codes-field-uses = 使用回数
web-codes-field-expires-in = 有効期間（30m、12h、7d）
web-codes-field-for-user = 専用にする相手（ユーザー名またはユーザーID、任意）
web-codes-field-note = メモ（任意）
web-codes-list-heading = あなたのコード
web-codes-none = まだコードがありません。
web-col-code = コード
web-col-status = ステータス
web-col-uses = 使用回数
web-col-expires = 有効期限
web-col-link = 招待リンク
web-col-redeemed-by = 使用した人
web-col-note = メモ
web-col-actions = 操作
web-link-pending = 作成中…
web-button-create = 作成
web-button-revoke = 取り消し
web-button-regenerate = 差し替え
web-code-created = コード `{ $code }` を作成しました。招待リンクはDiscordで作成され次第、ここに表示されます。
web-code-revoked = コード `{ $code }` を取り消しました。
web-code-regenerated = コード `{ $old }` を `{ $new }` に差し替えました。
