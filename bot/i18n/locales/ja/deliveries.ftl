# Doorman が Discord への配信について伝える文: モデレーター向けの警告、「再試行」ボタンへの返答、
# ログチャンネルの記録。$what は動詞の辞書形で終わる句です（例:「ログチャンネル … に記録を投稿する」）。

## モデレーター用チャンネルの警告

deliveries-alert-failing = ⚠️ { $what }ことができませんでした: { $detail }。問題を解決してから **再試行** をクリックしてください。それまでは試行を続けます。
deliveries-alert-stopped = ⛔ 7日間失敗が続いたため、{ $what }のをあきらめました（最後のエラー: { $detail }）。問題を解決してから **再試行** をクリックしてください。
deliveries-alert-retry-button = 再試行
deliveries-alert-unknown-error = 不明
deliveries-alert-no-mod-channel = モデレーター用チャンネルが設定されていないか、私から見えません。`/gate setup` を実行してください
deliveries-alert-closed = ☑️ 終了: { $reason }
deliveries-alert-resolved = ✅ 解決済み: 結局うまくいきました。
deliveries-alert-resolved-roles = ✅ 解決済み: { $member } さんにロールが付与されました（参加 #{ $admission }）。
deliveries-alert-closed-left = 🚪 終了: { $member } さんがサーバーを退出しました（参加 #{ $admission }）。
deliveries-alert-channel-gone = 警告を投稿したチャンネルがなくなっています。
deliveries-alert-revived = その間に再開されたか、うまくいきました。
deliveries-alert-describe-close = 以前の警告を閉じる
deliveries-alert-describe-notice = 配信をあきらめたことをお知らせする

## 「再試行」ボタンへの返答

deliveries-retry-trying-now = ちょうど今試しています。少ししてからもう一度確認してください。
deliveries-retry-still-failing = まだ失敗しています: { $detail }。
deliveries-retry-done = 完了しました。

## 配信が失敗した・取りやめた理由

deliveries-failed-refused = Discord に拒否されました（{ $status }、{ $error }）
deliveries-failed-refused-permissions = Discord に拒否されました（{ $status }、権限不足）
deliveries-failed-discord = Discord でエラーが発生しました（{ $status }）。再試行でうまくいくかもしれません
deliveries-failed-unreachable = Discord に接続できませんでした（{ $error }）
deliveries-failed-unexpected = こちら側で問題が発生しました
deliveries-failed-no-carrier = そのサーバーにアクセスできないか、これを扱う処理がありません
deliveries-done-dm-closed = この人は DM を受け付けていません。これ以上できることはありません。
deliveries-done-gone = 対象がもう存在しません。これ以上できることはありません。
deliveries-dropped-superseded = 同じ処理の中の後の試行で行われます。

## ログチャンネル

deliveries-log-channel-gone = ログチャンネルがなくなったか、設定されていません。この記録は破棄します。
deliveries-log-describe = ログチャンネル { $channel } に記録を投稿する
deliveries-log-admitted = ✅ { $member } さんが { $inviter } さんのコード { $code } で参加しました。
deliveries-log-admitted-approved = ✅ { $member } さんが { $inviter } さんのコード { $code } で参加しました（{ $moderator } さんが承認）。
deliveries-log-left = 🚪 { $member } さんは参加が認められる前に退出しました。
deliveries-log-denied = ❌ { $member } さんのリクエストを { $moderator } さんが却下しました（{ $inviter } さんのコード { $code }）。
deliveries-log-denied-reason = ❌ { $member } さんのリクエストを { $moderator } さんが却下しました（{ $inviter } さんのコード { $code }）: { $reason }
deliveries-log-settings = ⚙️ { $actor } さんが /gate { $command } で設定を変更しました: { $changes }
deliveries-log-change = { $setting }: { $old } → { $new }
deliveries-log-no-change = 変更なし
deliveries-log-value-none = なし
deliveries-log-value-on = オン
deliveries-log-value-off = オフ
deliveries-log-value-server-language = サーバーの優先言語
deliveries-language-name = 日本語
deliveries-log-role-quota = ⚙️ { $actor }: { $role } を持つ人は、今後 { $days } 日ごとに { $amount } 回分の招待を配れます。
deliveries-log-grant = ⚙️ { $actor }: { $member } さんの調整は { $amount } になりました。上限は { $days } 日ごとに { $limit } 回です。
deliveries-log-grant-unlimited = ⚙️ { $actor }: { $member } さんの調整は { $amount } になりました。上限はありません（サーバー管理権限）。期間は { $days } 日です。
deliveries-log-revoked-own = ⛔ { $actor } さんが自分のコード { $code } を取り消しました。
deliveries-log-revoked = ⛔ { $actor } さんが { $inviter } さんのコード { $code } を取り消しました。
deliveries-log-revoked-all = ⛔ { $actor } さんが { $inviter } さんの有効なコードをすべて取り消しました（{ $count } 件）: { $codes }。
