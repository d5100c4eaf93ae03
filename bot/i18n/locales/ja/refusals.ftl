# 拒否メッセージ：ルール上できない理由と、次にすべきこと。依頼した本人への返信です。

refusal-not-admin = `/gate` コマンドを使えるのは管理者（「サーバー管理」権限を持つ人）だけです。
refusal-not-moderator = この操作ができるのはモデレーター（「ロールの管理」権限またはモデレーターロールを持つ人）だけです。
refusal-not-member = 招待コードを作成できるのはメンバーだけです。参加したばかりの場合は、まずウェルカムチャンネルで自分のコードを使ってください。
refusal-not-set-up = このサーバーではまだDoormanが設定されていません。先に管理者が `/gate setup` を実行する必要があります。

# $problems: 1行に1つずつ「• 」で始まる問題の一覧
refusal-setup = 何も保存されていません。以下を修正してから、もう一度 `/gate setup` を実行してください：
    { $problems }
refusal-setup-manage-roles = Botに**ロールの管理**権限がないため、ロールを付与できません。
refusal-setup-role-everyone = `{ $option }` に @everyone は指定できません。
refusal-setup-role-managed = `{ $option }` の { $role } は連携サービスが管理しているロールのため、付与できません。
refusal-setup-role-not-below = `{ $option }` の { $role } がBotの最上位ロール { $bot_role } より下にありません。サーバー設定 → ロールで、Botのロールをそれより上に移動してください。
refusal-setup-same-roles = `member_role` と `newcomer_role` には別々のロールを指定してください。
refusal-setup-not-text = `{ $option }` の { $channel } はテキストチャンネルである必要があります。
# $permissions: 下の権限名を「、」ではなく ", " でつないだもの
refusal-setup-channel-permissions = `{ $option }` の { $channel } で、Botに次の権限がありません：{ $permissions }
# Discordの日本語の設定画面での権限名
permission-view-channel = チャンネルを見る
permission-send-messages = メッセージを送信
permission-embed-links = 埋め込みリンク

refusal-policy = 何も保存されていません。
    { $problems }
refusal-policy-out-of-range = `{ $key }` は{ $low }〜{ $high }の整数で指定してください（指定された値：{ $given }）。
refusal-nothing-to-change = 変更するオプションを1つ以上指定してください。現在の設定は `/gate settings` で確認できます。

refusal-duration-format = `expires_in` は数字の後に m、h、d のいずれかを付けて指定してください（例：`30m`、`12h`、`7d`）。
refusal-duration-too-short = `expires_in` は `1m` 以上にしてください。
refusal-duration-too-long = `expires_in` は最大{ $days }日（`30d`）までです。
refusal-for-user-format = `for_user` には、Discordのユーザー名（2〜32文字の英数字・`_`・`.`。例：`alice_99`。表示名ではなく正確なユーザー名）、ユーザーID（`123456789012345678` のような数字）、またはメンションを指定してください。
refusal-for-user-unknown = `for_user`：ID { $id } のDiscordアカウントは存在しません。IDを確認するか、代わりにユーザー名を指定してください。
refusal-for-user-bot = `for_user`：{ $user }（ID { $id }）はBotです。Botはコードを使えません。招待する人のユーザー名かIDを指定してください。
refusal-for-user-unchecked = `for_user`：現在DiscordでID { $id } を確認できないため、コードは作成されませんでした。しばらくしてからもう一度お試しください。
refusal-code-invalid = 有効なコードではありません（形式が正しくありません）。コードは `7KQ2-M9XD-4HBT` のような英数字12文字です。
refusal-text-too-long = `{ $option }` は最大{ $limit }文字までです（入力は{ $length }文字）。
refusal-not-a-number = `{ $option }` には整数を入力してください。
refusal-number-out-of-range = `{ $option }` は{ $low }〜{ $high }で指定してください（指定された値：{ $given }）。
refusal-uses-out-of-range = このサーバーでは、`uses` は1〜{ $maximum }で指定してください（指定された値：{ $uses }）。

refusal-quota-zero = このサーバーでのあなたの招待枠は0回のため、コードを作成できません。間違いだと思う場合は管理者に問い合わせてください。
refusal-quota-exhausted = このコードには{ $cost }回分の招待枠が必要ですが、{ $days }日間の招待枠は{ $limit }回中残り{ $remaining }回です。
refusal-quota-next-free = 次の1回分は{ $when }に空きます。
refusal-quota-revoke-hint = 未使用のコードを `/invite revoke` で取り消すと、その回数分が招待枠に戻ります。
refusal-everyone-role-quota = 全員の招待枠は `/gate policy invites_per_member` で設定してください。

refusal-code-not-found = このサーバーにコード { $code } はありません。`/invite list` で確認してください。
refusal-not-your-code = そのコードは他の人のものです。取り消せるのは自分のコードだけです。
# $status: code-status の語（使い切り済み、期限切れ、取り消し済み）
refusal-not-revocable = コード { $code } はすでに{ $status }のため、取り消せません。
refusal-not-your-code-regenerate = そのコードは他の人のものです。差し替えられるのは自分のコードだけです。
refusal-not-regenerable = コード { $code } は{ $status }のため、差し替えられません。差し替えられるのは有効なコードだけです。`/invite create` で新しいコードを作成してください。
refusal-regenerating-too-often = この1日でコードを{ $count }回差し替えました。1日の上限です。次に差し替えられるのは{ $relative }です。それまでは `/invite revoke` と `/invite create` で同じことができます。

refusal-wrong-channel = コードは { $channel } で使います。そちらで `/redeem` を実行してください。
refusal-already-member = あなたはすでにこのサーバーのメンバーです。コードを使う必要はありません。
refusal-locked-out = 失敗が続いたため、ロックされています。{ $when }にもう一度 `/redeem` を試せます。
refusal-still-awaiting-approval = あなたの参加リクエストはまだモデレーターの確認待ちです。結果はDMでお知らせします。コードは使われていません。
refusal-still-roles-pending = 参加は認められましたが、ロールの付与がまだ完了していません。モデレーターには通知済みです。コードは使われていません。

refusal-code-malformed = そのコードは形式が正しくありません。コードは `7KQ2-M9XD-4HBT` のような英数字12文字です。
refusal-code-unknown = そのコードはこのサーバーでは見つかりません。招待した人に確認してください。
refusal-code-expired = そのコードは期限切れです。招待した人に新しいコードをもらってください。
refusal-code-used-up = そのコードは使い切り済みです。招待した人に新しいコードをもらってください。
refusal-code-revoked = そのコードは取り消されています。招待した人に新しいコードをもらってください。
refusal-code-reserved = そのコードは別の人専用です。招待した人にあなた用のコードをもらってください。
# 上の refusal-code-* の文の後に続きます。
refusal-code-locked-out = 失敗が続いたため、ロックされました。{ $when }にもう一度試せます。
refusal-code-attempts-left = ロックまで残り{ $count }回です。

refusal-request-not-found = その参加リクエストはこのサーバーに存在しません。
refusal-request-closed = この参加リクエストは終了しています。新規参加者がサーバーを退出しました。
refusal-request-needs-no-decision = この参加リクエストは判断の必要がありません。
# $when: 相対時刻（「3分前」）なので、助詞を付けずに括弧に入れます。
refusal-request-already-decided = この参加リクエストは、すでに { $moderator } さんが{ $decision ->
        [denied] 却下
       *[approved] 承認
    }しています（{ $when }）。
# $status: admission-status の語
refusal-nothing-to-retry = 再試行するものはありません。参加リクエスト #{ $number } は{ $status }です。
refusal-nothing-to-redeliver = 再試行するものはありません。すでに完了しています。
