# `python -m bot demo`: the offline walkthrough printed in a terminal (not Discord). Its reader is
# someone trying Doorman out. Plain text: no Discord markup. $who is a username such as "@alice" or
# "alice"; $channel a channel name with its "#", e.g. "#welcome".

## The simulated server: its name, roles, channels, and what people type in it.
demo-guild-name = クライミングクラブ
demo-role-member = メンバー
demo-role-newcomer = 新規参加者
demo-role-moderators = モデレーター
demo-role-admins = 管理者
# Channel names: lowercase, no spaces (Discord's rule for text channels); hyphens between words.
demo-channel-welcome = ようこそ
demo-channel-general = 雑談
demo-channel-mod-queue = 参加リクエスト
demo-channel-log = doorman-ログ
# The note a member attaches to the code they create for their friend Bob.
demo-invite-note = 火曜日のボルダリング仲間のボブです
# The reason a moderator types when denying a request.
demo-deny-reason = クラブの誰もこのアカウントを知りません
# What a newcomer types instead of a code: must not look like a code (12 letters or digits).
demo-bad-code = 入れてください

## Narration lines.
# The heading of each step: $number is 1, 2, 3...; $title one of the step titles below.
demo-step = ━━ ステップ{ $number }：{ $title }
# Someone does something: $action is a slash command as typed, or one of the actions below.
demo-does = { $who }（{ $channel }）：{ $action }
# What someone sees, followed by the text on the next lines.
demo-sees = { $who } に表示される内容：
# The same, for an answer Discord shows only to the person who used the command.
demo-sees-ephemeral = { $who } に表示される内容（本人にしか見えません）：
# Who sees: a person's direct messages; $who is a username.
demo-who-dm = { $who }（DM）
# Who sees: the moderators' channel after the bot edited the request in it.
demo-who-request-edited = { $channel }（編集後のリクエスト）
# The same, after the bot edited an alert (a ban's, once its inviter was suspended).
demo-who-alert-edited = { $channel }（編集後のアラート）
# An action: clicking a button; $label is the button's label as the bot wrote it.
demo-clicks = [ { $label } ] をクリック
# An action: typing the reason into the deny form; $reason is demo-deny-reason.
demo-types-reason = 理由を入力：{ $reason }
# A member's roles, listed; $roles is a comma-separated list of role names.
demo-roles-before = { $who } のロール（使用前）：{ $roles }
demo-roles-after = { $who } のロール（使用後）：{ $roles }   （小文字やスペース入りで入力しても、コードは受け付けられます）
demo-roles = { $who } のロール：{ $roles }
# In place of the list of roles, for a member who has none.
demo-no-roles = ロールなし

## Step titles and notes, in the order of the story.
demo-step-setup = 管理者がDoormanを設定します
# $everyone is "@everyone"; $member "@Member" (demo-role-member); $welcome and $modqueue channel names with "#".
demo-note-setup = { $everyone } には { $welcome } だけが見え、{ $member } にはそれ以外も見えます。{ $modqueue } はモデレーター用です。
demo-step-invite = メンバーが友だちのために招待コードを作成します
demo-step-redeem = 新規参加者が { $welcome } でコードを使い、参加を認められます
demo-step-approval-on = 管理者がモデレーターの承認をオンにします
demo-step-request = 2人目の新規参加者がコードを使うと、リクエストがモデレーターに届きます
# $label is the Approve button's label as the bot wrote it.
demo-step-refused = モデレーターではない人が [ { $label } ] をクリックしますが、拒否されます
# $who is "eve"; $modqueue the moderators' channel with its "#".
demo-note-refused = { $who } は一般のメンバーですが、権限の設定ミスで { $modqueue } が見えてしまっています。
demo-step-approved = モデレーターが承認します
demo-step-denied = 3人目の新規参加者が、理由付きで却下されます
demo-step-lockout = 無効なコードを何度も入力して、ロックされます
demo-step-whois = 誰が誰を招待したか
# Introduces the lines of the log channel; $log is its name with "#".
demo-note-log = { $log }（1件につき1行）：

## Times shown relative to now (Discord shows <t:...:R> this way).
demo-time-now = たった今
# $unit is day, hour or minute; $count how many.
demo-time-future = { $count }{ $unit ->
    [day] 日
    [hour] 時間
   *[minute] 分
}後
demo-time-past = { $count }{ $unit ->
    [day] 日
    [hour] 時間
   *[minute] 分
}前

## The invitation lifecycle around the gate (SPEC sections 10 and 11)
demo-step-shared-link = 管理者が体験会用の共有リンクを作成し、参加はすべてモデレーターの承認待ちになります
demo-note-shared-link = 承認はまだオフですが、共有リンクでは誰も個人的に推薦していないため、モデレーターが新規参加者を一人ずつ確認します。
demo-shared-link-note = 土曜日の体験会
demo-step-waitlist = クラブに知り合いのいない人が { $welcome } でウェイトリストに登録します
demo-waitlist-about = 毎週金曜日にジムで登っています。クラブの遠征にぜひ参加したいです
demo-step-regenerate = メンバーが流出したコードを差し替えます
demo-note-regenerate = { $who } は誤って公開チャットにコードを投稿してしまいました。新しいコードに差し替えても、使用回数と有効期限はそのままで、招待枠も余分に消費しません。

## 招待と責任（SPEC 12節）
demo-step-ban = メンバーが招待した人がBANされます：モデレーターは誰が招待したかを確認し、その人を招待停止にします
# $inviter and $banned: names.
demo-note-ban = { $inviter } が { $banned } を招待しますが、{ $banned } はスパムアカウントだったことがわかります。
# What the admin does in Discord's own menu (not a Doorman command); $who: a name.
demo-bans = { $who } をサーバーからBAN
demo-step-tree = 招待ツリー：誰が誰を招待したかと、それぞれの現在の状態
demo-step-tenure = 在籍期間：メンバーは参加から1週間たつと招待できます

## 新規参加者の審査（SPEC 13節）
# An action: typing into a form; $label is the input's label (a question), $text what is typed.
demo-types-into = 「{ $label }」に入力：{ $text }
# Actions in Discord itself, not Doorman commands.
demo-leaves = サーバーから退出
demo-joins-again = サーバーに入り直す
demo-joins = 誰かが投稿した招待リンクからサーバーに入る（コードは一度も使いません）
# The simulated clock jumps ahead; $count: how many hours.
demo-hours-later = ⏳ { $count }時間後
demo-gone = { $who } はもうサーバーにいません。
demo-step-returning = 退出したメンバーがコードなしで戻ってきます：モデレーターには、以前参加が認められていたことが表示されます
demo-note-returning = { $who } はしばらく前にサーバーを退出しましたが、また戻りたいと思っています。以前のコードはとっくに使い切り済みです。
demo-step-young-account = 承認はオフでも、アカウントの最低経過日数を設定：作成されたばかりのアカウントはモデレーターの承認待ちになります
demo-note-young-account = スパムアカウントはたいてい作成されたばかりです。このデモのアカウントも、すべて作成されたばかりです。
demo-step-questions = 参加時の質問：新規参加者が答え、モデレーターがその回答を確認します
# At most 45 characters each; the second ends in "（任意）" as questions-admin-form-placeholder writes it.
demo-question-climbing = クライミング歴はどのくらいですか？
demo-question-where = 普段はどこで登っていますか？（任意）
demo-answer-climbing = 2年くらいです。主にボルダリングをしています
demo-answer-where = 駅の近くのジムと、毎年春にはフォンテーヌブローです
demo-step-waiting-room = 待合室：サーバーに入ったのにコードを使わない人には、リマインドDMが届き、その後キックされます
demo-note-waiting-room = これにはDiscordのServer Members Intent（Botの設定で members_intent = true）が必要です。デモのBotでは有効になっています。
# With --web: the dashboard served on the demo's data until Ctrl+C, after /dashboard gave ada and mo a sign-in link each.
demo-step-dashboard = ダッシュボード：同じ参加受付をブラウザで
demo-note-dashboard = 上のリンクは、どれも10分以内に1回だけログインに使えます。管理者の { $admin } としては設定、すべてのコード、招待ツリー、監査ログ、グラフを、モデレーターの { $moderator } としては承認待ちのリクエストを見られます。そこでは { $who } のリクエストが待っています。承認すると、Botがシミュレーションのサーバーで { $who } にロールを付与します。終了するには Ctrl+C を押してください。
demo-dashboard-not-served = ダッシュボードを起動できませんでした。ポート { $port } は使用中です。`--port` に別の番号を指定してデモをもう一度実行してください。
