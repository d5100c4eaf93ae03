# DoormanがDiscordへの送信について伝える文：モデレーター向けのアラート（「再試行」ボタン付き）、
# 「再試行」への返答、ログチャンネルの記録。アラートとログはサーバーの言語でモデレーターが読みます。
# $what は動詞の辞書形で終わる句です（例：「ログチャンネル #logs に記録を投稿する」）。
# $detail は文末の句点なしの句です（Discordの英語のエラーメッセージの場合もあります）。
# 「配信」はDiscordでは画面配信を指すので使わず、「送信」と言います。

## モデレーター用チャンネルのアラート

deliveries-alert-failing = ⚠️ { $what }ことができませんでした：{ $detail }。問題を解決してから**再試行**をクリックしてください。それまでは自動で試行を続けます。
deliveries-alert-stopped = ⛔ 7日間失敗が続いたため、{ $what }のを断念しました（最後のエラー：{ $detail }）。問題を解決してから**再試行**をクリックしてください。
deliveries-alert-retry-button = 再試行
deliveries-alert-unknown-error = 不明
deliveries-alert-no-mod-channel = モデレーター用チャンネルが設定されていないか、Botから見えません。`/gate setup` を実行してください
deliveries-alert-closed = ☑️ 終了：{ $reason }
deliveries-alert-resolved = ✅ 解決済み：その後、正常に完了しました。
deliveries-alert-resolved-roles = ✅ 解決済み：{ $member } さんにロールが付与されました（参加リクエスト #{ $admission }）。
deliveries-alert-closed-left = 🚪 終了：{ $member } さんがサーバーを退出しました（参加リクエスト #{ $admission }）。
deliveries-alert-channel-gone = アラートを投稿したチャンネルが削除されています。
deliveries-alert-revived = その間に再開されたか、完了しました。
deliveries-alert-describe-close = 以前のアラートを閉じる
deliveries-alert-describe-notice = 送信を断念したことをお知らせする

## 「再試行」をクリックしたモデレーターへの返答

deliveries-retry-trying-now = 現在再試行中です。少ししてからもう一度確認してください。
deliveries-retry-still-failing = まだ失敗しています：{ $detail }。
deliveries-retry-done = 完了しました。

## 送信に失敗した理由・取りやめた理由

deliveries-failed-refused = Discordに拒否されました（{ $status }、{ $error }）
deliveries-failed-refused-permissions = Discordに拒否されました（{ $status }、権限不足）
deliveries-failed-discord = Discordでエラーが発生しました（{ $status }）。再試行すればうまくいく可能性があります
deliveries-failed-unreachable = Discordに接続できませんでした（{ $error }）
deliveries-failed-unexpected = こちら側で問題が発生しました
deliveries-failed-no-carrier = そのサーバーにアクセスできないか、これを処理する機能がありません
deliveries-done-dm-closed = 相手がDMを受け付けていません。これ以上できることはありません。
deliveries-done-gone = 対象がもう存在しません。これ以上できることはありません。
deliveries-dropped-superseded = 同じバッチ内の後の試行で処理されます。

## ログチャンネル（1件につき1行）

deliveries-log-channel-gone = ログチャンネルが削除されたか、設定されていません。この記録は破棄します。
deliveries-log-describe = ログチャンネル { $channel } に記録を投稿する
deliveries-log-admitted = ✅ { $member } さんが { $inviter } さんのコード { $code } で参加しました。
deliveries-log-admitted-approved = ✅ { $member } さんが { $inviter } さんのコード { $code } で参加しました（{ $moderator } さんが承認）。
deliveries-log-admitted-shared-link = ✅ { $member } さんが { $admin } さんの共有リンク（コード { $code }）から参加しました（{ $moderator } さんが承認）。
deliveries-log-left = 🚪 { $member } さんは参加が認められる前に退出しました。
deliveries-log-denied = ❌ { $member } さんの参加リクエストを { $moderator } さんが却下しました（{ $inviter } さんのコード { $code }）。
deliveries-log-denied-reason = ❌ { $member } さんの参加リクエストを { $moderator } さんが却下しました（{ $inviter } さんのコード { $code }）。理由：{ $reason }
# $command（setup、policy）と $setting（welcome_channel など）は英語のままです。
deliveries-log-settings = ⚙️ { $actor } さんが `/gate { $command }` で設定を変更しました：{ $changes }
deliveries-log-settings-dashboard = ⚙️ { $actor } さんがダッシュボードで設定を変更しました：{ $changes }
deliveries-log-change = { $setting }：{ $old } → { $new }
deliveries-log-no-change = 変更なし
deliveries-log-value-none = なし
deliveries-log-value-on = オン
deliveries-log-value-off = オフ
deliveries-log-value-server-language = サーバーの優先言語
deliveries-language-name = 日本語
deliveries-log-role-quota = ⚙️ { $actor } さんが、{ $role } ロールを持つメンバーの招待枠を{ $days }日ごとに{ $amount }回にしました。
deliveries-log-grant = ⚙️ { $actor } さんが { $member } さんの調整値を{ $amount }にしました。上限は{ $days }日ごとに{ $limit }回です。
deliveries-log-grant-unlimited = ⚙️ { $actor } さんが { $member } さんの調整値を{ $amount }にしました。「サーバー管理」権限があるため、{ $days }日ごとの上限は無制限です。
deliveries-log-revoked-own = ⛔ { $actor } さんが自分のコード { $code } を取り消しました。
deliveries-log-revoked = ⛔ { $actor } さんが { $inviter } さんのコード { $code } を取り消しました。
deliveries-log-revoked-all = ⛔ { $actor } さんが { $inviter } さんの有効なコードをすべて取り消しました（{ $count }件）：{ $codes }。
deliveries-log-link-code = 🔗 { $actor } さんが共有リンク用のコード { $code } を作成しました（使用回数：{ $count }回）。
deliveries-log-regenerated = 🔁 { $actor } さんが自分のコード { $old } を { $new } に差し替えました。
