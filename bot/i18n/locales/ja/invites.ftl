# /invite: メンバーが自分の招待コードを作成・一覧表示・取り消しします。ここにある文はすべて、コマンドを
# 実行したメンバーだけが読む返信です。(各メッセージの説明は en/invites.ftl を参照。)

## コマンドの説明（100文字以内）。コマンド名とオプション名は英語のままです。

invites-cmd-group = 招待コードで新規参加者を招待します
invites-cmd-create = あなたが推薦する人のための招待コードを作成します
invites-cmd-create-uses = 使える人数（既定値：1）
# 30m、12h、7d はメンバーが入力する値なので、そのままにします。
invites-cmd-create-expires-in = 有効期間。30m、12h、7d のように指定します（既定値：サーバーのコード有効期間）
invites-cmd-create-for-user = このアカウントだけが使えるようにします（正確なユーザー名、ユーザーID、またはメンション）
invites-cmd-create-note = リクエストを確認するモデレーターへのメモ（200文字まで）
invites-cmd-list = 自分のコード、使った人、招待枠を表示します
invites-cmd-revoke = 自分のコードを取り消します。未使用の回数は招待枠に戻ります
invites-cmd-revoke-code = 取り消すコード
# 書式なしのテキスト。
invites-revoke-choice = { $code }（{ $max }回中{ $uses }回使用）
invites-cmd-regenerate = 紛失・流出した自分のコードを新しいコードに差し替えます（回数・期限・招待枠はそのまま）
invites-cmd-regenerate-code = 差し替えるコード

## 招待枠

invites-quota-unlimited = 招待枠：無制限（「サーバー管理」権限があります）。
invites-quota = 招待枠：過去{ $days }日間で{ $limit }回中{ $used }回使用、残り{ $remaining }回です。
invites-quota-next-free = { $quota }次の1回分は{ $when }に空きます。

## /invite create への返信

invites-created-code = あなたの招待コード：**{ $code }**
invites-created-uses = 使用回数：{ $uses }回 · 有効期限：{ $expires }（{ $relative }）
invites-created-reserved-id = { $who } 専用：このアカウントだけがコードを使えます。
invites-created-reserved-username = { $who } 専用：表示名やサーバーニックネームではなく、プロフィールで名前の下に表示される正確なユーザー名である必要があります。
invites-created-note = モデレーターへのメモ：{ $note }
invites-created-tell = 招待する人にこう伝えてください：「サーバーに参加したら、{ $channel } で `/redeem { $code }` と入力してください」

## /invite list

invites-list-title = あなたの招待コード
invites-list-empty = まだコードがありません。`/invite create` で作成できます。
invites-list-quota = 招待枠

## /invite revoke への返信

invites-revoked = { $code } を取り消しました。このコードはもう誰も使えません。未使用の{ $count }回分が招待枠に戻りました。

## The reply to /invite regenerate: this line, then the new code as the reply to /invite create shows it.

invites-regenerated-old = { $old } を新しいコードに差し替えました。{ $link ->
        [yes] 元のコードとその招待リンクはもう使えません。
       *[no] 元のコードはもう使えません。
    }

## Invite links (SPEC section 11): a Discord invite to the welcome channel, made with each code when the
## server's policy allows it, and deleted when the code is revoked, used up or expires.

# Beside the code in the reply to /invite create. $link is the link's address (https://discord.gg/…).
invites-created-link = 招待リンク：{ $link }
# The line to forward, when the code has an invite link: it replaces invites-created-tell. /redeem is the
# command name and stays English; $link the link's address, $code the code, $channel the welcome channel.
invites-created-tell-link = 招待する人にこう伝えてください：「{ $link } からサーバーに参加したら、{ $channel } で `/redeem { $code }` と入力してください」
# Why a new code has no invite link. "Create Invite" is the Discord permission, as Discord's client names it in
# this language; $channel the welcome channel.
invites-no-link-permission = 招待リンクはありません：{ $channel } で「招待を作成」権限がありません。コードはそのまま使えます。管理者にこの権限を付与してもらってください。
invites-no-link-channel = 招待リンクはありません：ウェルカムチャンネルがもう存在しません。コードはそのまま使えます。管理者は `/gate setup` で別のチャンネルを設定できます。
invites-no-link-failed = 招待リンクはまだありません：現在Discordでリンクを作成できませんでした。コードはそのまま使えます。あとでもう一度試し、リンクができたら `/invite list` に表示します。
# The reason shown in the server's audit log for the link. $code: the code; $inviter: the inviter's user ID.
invites-link-audit-reason = Doorman 招待リンク：ユーザー { $inviter } のコード { $code }
# Completes "I could not …" in the moderators' alerts. $link: the link's address.
invites-describe-delete-link = 無効になったコードの招待リンク { $link } を削除する
# Why nothing was deleted: the link had been deleted already (by hand, or by Discord when it expired).
invites-link-gone = 招待リンクはすでに削除されていました。これ以上できることはありません。
invites-describe-make-link = コード { $code } の招待リンクを作成する
invites-link-note-not-needed = コード { $code } にはもうリンクは必要ありません：すでにリンクがあるか、コードが無効になっています。
invites-link-note-policy-off = このサーバーでは招待リンクがオフになっています。
invites-link-note-no-channel = ウェルカムチャンネルはもう存在しません。
invites-link-note-no-permission = ウェルカムチャンネルで「招待を作成」権限がありません。
