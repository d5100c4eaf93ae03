# /gate: 管理者のコマンド。返答はすべて、コマンドを実行した管理者だけに表示される返信です。

## コマンド・オプション・選択肢の説明（100文字以内）

gate-cmd-group = Doormanを設定し、参加の経緯を確認します
gate-cmd-setup = Doormanが使うチャンネルとロールを設定します
gate-cmd-setup-welcome-channel = 新規参加者が /redeem を実行するチャンネル
gate-cmd-setup-mod-channel = 参加リクエストとアラートが届くチャンネル
gate-cmd-setup-member-role = 参加が認められたメンバーに付与するロール
gate-cmd-setup-newcomer-role = 参加が認められるまで新規参加者が持つロール（参加時に外されます）
gate-cmd-setup-log-channel = 参加・却下・取り消し・設定変更を1件につき1行記録するチャンネル
gate-cmd-setup-mod-role = 承認・却下ができるロール（「ロールの管理」権限があれば常に可能）
gate-cmd-setup-language = モデレーター用チャンネル、アラート、ログの言語
gate-cmd-approval = コードが使われるたびにモデレーターの承認を必要とするかどうか
gate-cmd-policy = このサーバーの招待枠、コードの有効期間、承認の設定を変更します
gate-cmd-policy-invites-per-member = メンバー1人が期間ごとに招待できる回数（0〜1000）
gate-cmd-policy-quota-period-days = 招待枠の集計期間の日数（1〜365）
gate-cmd-policy-code-ttl-days = コードの既定の有効日数（1〜30）
gate-cmd-policy-max-uses-per-code = 1つのコードを使える最大回数（1〜100）
gate-cmd-settings = このサーバーで有効な設定をすべて表示します
gate-cmd-quota = ロールを持つメンバーに専用の招待枠を設定します
gate-cmd-quota-role = 対象のロール
gate-cmd-quota-amount = 期間ごとの回数（0：このロールのメンバーは招待できません）
gate-cmd-quota-period-days = 期間の日数
gate-cmd-grant = メンバー1人の招待上限を増やします（マイナスなら減らします）
gate-cmd-grant-member = 対象のメンバー
gate-cmd-grant-amount = 上限に加える回数（マイナスで減少、0でリセット）
gate-cmd-codes = このサーバーのコード、または特定のメンバーのコードを一覧表示します
gate-cmd-codes-member = このメンバーのコードだけを表示
gate-cmd-revoke = このサーバーの任意のコードを取り消します
gate-cmd-revoke-code = コード（例：7KQ2-M9XD-4HBT）
gate-cmd-revoke-all = メンバー1人の有効なコードをすべて取り消します
gate-cmd-revoke-all-member = コードを取り消すメンバー
gate-cmd-pending = 未処理の参加リクエストと保留中のロール付与を表示します
gate-cmd-whois = メンバーを招待した人と、そのメンバーが招待した人を表示します
gate-cmd-whois-member = 調べるメンバー
gate-cmd-link = 多くの人向けの招待コードとリンクを1つ作成します（参加はモデレーターの承認制）
gate-cmd-link-uses = 使える人数（1〜1000、既定値：25）

## /gate link's reply, read by the admin who ran it: one code to share with many people (an announcement,
## a website). Its Discord link allows at most 100 uses; every redemption waits for a moderator's approval.

gate-link-created-code = 共有用の招待コード：**{ $code }**
gate-link-unlimited = Discordの招待リンクに設定できる使用回数は最大{ $most }回のため、このリンクには回数制限を付けていません。コードは{ $count }回使われた時点で使い切りになります。
gate-link-approval = このコードを使った参加はすべて、`approval` の設定にかかわらずモデレーターの承認待ちになります。
gate-link-share = 次の文を共有してください：「サーバーに参加したら、{ $channel } で `/redeem { $code }` と入力してください」
gate-link-share-link = 次の文を共有してください：「{ $link } からサーバーに参加したら、{ $channel } で `/redeem { $code }` と入力してください」

## 言語：各言語はその言語自身での名前で表示し、どのカタログでも同じです。

gate-language-server = サーバーの優先言語
gate-language-en = English
gate-language-de = Deutsch
gate-language-es = Español
gate-language-fr = Français
gate-language-pt-br = Português (Brasil)
gate-language-ja = 日本語

## /gate setup、/gate policy、/gate settings

gate-saved = 保存しました。
gate-settings-title = Doormanの設定
gate-settings-not-set-up = まだ設定されていません。`/gate setup` を実行してください。
gate-settings-places = チャンネルとロール
gate-settings-not-set = 未設定
gate-settings-welcome-channel = ウェルカムチャンネル：{ $place }
gate-settings-mod-channel = モデレーター用チャンネル：{ $place }
gate-settings-log-channel = ログチャンネル：{ $place }
gate-settings-member-role = メンバーロール：{ $place }
gate-settings-newcomer-role = 新規参加者ロール：{ $place }
gate-settings-mod-role = モデレーターロール：{ $place }（「ロールの管理」権限を持つ人も可）
gate-settings-language = 言語：{ $language }
gate-settings-language-server = 言語：{ $language }（サーバーの優先言語）
gate-settings-policy = ポリシー
# 既定値のままの設定の行末に付きます（前にスペースは不要）。
gate-settings-default = （既定値）
gate-settings-approval = モデレーターの承認：{ $approval ->
    [on] オン
   *[off] オフ
}
gate-settings-invites-per-member = メンバーごとの招待枠：{ $period }日ごとに{ $amount }回
gate-settings-code-lifetime = コードの有効期間：{ $days }日
gate-settings-max-uses = コードごとの最大使用回数：{ $uses }回
gate-settings-lockout = ロック：{ $attempts }回失敗すると /redeem が{ $minutes }分間ロックされます（設定ファイル）
gate-settings-role-quotas = ロールごとの招待枠
gate-settings-role-quota = { $role }：{ $period }日ごとに{ $amount }回
gate-settings-no-role-quotas = なし：すべてのメンバーに既定の招待枠が適用されます。

## /gate quota と /gate grant

gate-quota-set = { $role } ロールを持つメンバーの招待枠を{ $period }日ごとに{ $amount }回にしました。複数のロールを持つメンバーには、その中で最も大きい招待枠が適用されます。
# $adjustment: 「+3」「-2」のような符号付きの数
gate-grant-set = { $member } さんの調整値を{ $adjustment }にしました。上限は{ $period }日ごとに{ $limit }回です（現在{ $used }回使用中）。
gate-grant-set-unlimited = { $member } さんの調整値を{ $adjustment }にしました。「サーバー管理」権限があるため、{ $period }日ごとの上限は無制限です（現在{ $used }回使用中）。

## /gate codes、revoke、revoke-all、whois

# $member: メンバーの表示名（メンションではありません）
gate-codes-title-member = { $member } のコード
gate-codes-title = このサーバーのコード
gate-codes-empty = まだコードはありません。
gate-revoked = { $inviter } さんのコード { $code } を取り消しました。
gate-revoke-all-none = { $member } さんには有効なコードがないため、何も取り消していません。
gate-revoke-all-done = { $member } さんのコードを{ $count }件取り消しました：{ $codes }。
gate-revoke-all-more = ほか{ $count }件（このメンバーを指定した `/gate codes` ですべて表示できます）
# $name: ユーザー名
gate-whois-title = { $name } の招待関係
gate-whois-vouched-for-by = **招待した人（{ $count }）**
gate-whois-invited = **招待した相手（{ $count }）**
gate-whois-no-admission = Doorman経由の参加記録はありません。
gate-whois-nobody = まだいません。

## /gate pending

gate-pending-title = 保留中の参加リクエスト
gate-pending-empty = 保留中のものはありません。
gate-pending-open = 開く
gate-pending-reposted = { $link }（元のメッセージが消えていたため再投稿しました）
gate-pending-not-posted = 未投稿（モデレーター用チャンネルにアクセスできませんでした。再試行を続けています）
gate-pending-gave-up = 未投稿：7日間失敗が続いたため断念しました。モデレーター用チャンネルのアラートにある**再試行**をクリックしてください

## Invite links (SPEC section 11)

# The `invite_links` option of /gate policy.
gate-cmd-policy-invite-links = /invite create でウェルカムチャンネルへのDiscord招待リンクも作成するかどうか
# A line of /gate settings' policy. $links: "on" or "off".
gate-settings-invite-links = 招待リンク：{ $links ->
    [on] オン
   *[off] オフ
}
# Under gate-saved, when invite links are on but the bot may not create invites in the welcome channel: a
# warning, nothing was refused. "Create Invite" as in invites-no-link-permission; $channel the welcome channel.
gate-warning-no-invite-permission = ⚠️ { $channel } で「招待を作成」権限がありません。権限が付与されるまで、新しいコードは招待リンクなしで作成されます。
# "Manage Channels" は日本語のDiscordでの権限名「チャンネルの管理」。
gate-warning-no-invite-deletion = ⚠️ { $channel } で「チャンネルの管理」権限がありません。招待リンクは作成できますが削除できないため、コードが取り消し・使い切り・期限切れになるたびに、モデレーターにアラートが届きます。このチャンネルで「チャンネルの管理」権限を付与するか、`/gate policy` で `invite_links` をオフにしてください。
