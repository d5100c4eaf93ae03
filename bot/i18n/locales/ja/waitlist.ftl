# ウェイトリスト：/waitlist join・leave・status、モデレーター用チャンネルのエントリー（「招待」「見送り」ボタン）、
# 見送りフォーム、DM、ログ、/gate waitlist、/gate whois、/gate policy の2つのオプションと /gate settings の行。
# 文中のユーザーのメンションには「さん」を付けます（埋め込みのフィールドや一覧の行では付けません）。
# 相対時刻（「3日前」「たった今」）は、助詞を付けずに括弧に入れます。
# 1件の登録は「エントリー」、Decline は「見送る」（参加リクエストの「却下」とは区別します）。

## コマンドの説明（100文字以内）

waitlist-cmd-group = 招待コードを持っていない人のためのウェイトリスト
waitlist-cmd-join = ウェイトリストに登録して、コードなしでの参加をモデレーターにお願いします
waitlist-cmd-join-about = モデレーターへのひとこと自己紹介（300文字以内）
waitlist-cmd-leave = ウェイトリストから退出します
waitlist-cmd-status = ウェイトリストでの順番、または届いたコードを確認します
waitlist-cmd-gate = ウェイトリストで待っている人を、順番と待ち時間付きで表示します
waitlist-cmd-policy-waitlist = コードを持っていない人がウェイトリストに登録できるかどうか
waitlist-cmd-policy-cooldown-days = 見送られた人が再びウェイトリストに登録できるまでの日数（0〜365）

## ウェイトリストに登録した人への返信

waitlist-joined = **{ $server }**のウェイトリストに登録しました。現在**{ $position }**番目です。モデレーターが確認し、結果はDMでお知らせします。
waitlist-left = ウェイトリストから退出しました。
# $since: 相対時刻（「3日前」）
waitlist-status-waiting = ウェイトリストの**{ $position }**番目です（登録：{ $since }）。
waitlist-status-invited = { $inviter } さんから招待コードが届いています：**{ $code }**
waitlist-status-expires = 有効期限は{ $when }（{ $relative }）です。
# $status: code-status の語（使い切り済み、期限切れ、取り消し済み）
waitlist-status-code-ended = このコードはすでに{ $status }です。もう一度招待を受けるには、`/waitlist join` で再びウェイトリストに登録してください。
# $when: 相対時刻（「2日前」）；$again: 日時
waitlist-status-declined = ウェイトリストへの申し込みは見送られました（{ $when }）。{ $again }から再び登録できます。
waitlist-status-none = ウェイトリストには登録されていません。登録するには、ウェルカムチャンネルで `/waitlist join` と入力してください。
waitlist-how-to-redeem-link = 参加方法：サーバーを退出している場合は { $link } から参加し、{ $channel } で `/redeem { $code }` と入力してください。
waitlist-how-to-redeem = 参加方法：{ $channel } で `/redeem { $code }` と入力してください。
waitlist-the-welcome-channel = ウェルカムチャンネル

## /waitlist を受け付けられない理由

waitlist-refusal-wrong-channel = ウェイトリストへの登録は { $channel } で行います。そちらで `/waitlist join` を実行してください。
waitlist-refusal-member = あなたはすでにこのサーバーのメンバーです。ウェイトリストは、参加する手段がない人のためのものです。
waitlist-refusal-closed = このサーバーのウェイトリストは現在受付を停止しています。メンバーに招待コードを頼んでください。
waitlist-refusal-admission-open = すでにコードを使っていて、参加リクエストがまだ処理中です。ウェイトリストに登録する必要はありません。
waitlist-refusal-already-waiting = すでにウェイトリストに登録済みです（**{ $position }**番目）。
waitlist-refusal-already-invited = すでにウェイトリストに登録済みで、コードも届いています。`/waitlist status` で確認してください。
waitlist-refusal-declined = 前回のウェイトリストへの申し込みは見送られました。{ $when }（{ $relative }）から再び登録できます。
waitlist-refusal-too-often = この1日でウェイトリストに{ $count }回登録しています。再び登録できるのは{ $relative }です。
waitlist-refusal-not-on-it = ウェイトリストには登録されていません。
waitlist-refusal-entry-not-found = このウェイトリストのエントリーはもう存在しません。
# $when: 相対時刻（「5分前」）
waitlist-refusal-already-decided = この人は、すでに { $moderator } さんが{ $decision ->
        [invited] 招待して
       *[declined] 見送って
    }います（{ $when }）。
waitlist-refusal-closed-entry = { $status ->
        [redeemed] この人はすでにコードを使いました（{ $when }）。このエントリーは終了しています。
        [lapsed] この人のコードは使われないまま無効になり、本人がウェイトリストに再登録しました（{ $when }）。このエントリーは終了しています。
       *[left] この人はウェイトリストから退出しました（{ $when }）。このエントリーは終了しています。
    }

## モデレーター用チャンネルのエントリー（埋め込み、サーバーの言語）

waitlist-entry-title = ウェイトリストのエントリー #{ $number }
waitlist-entry-person = 登録者
waitlist-entry-joined = 登録日時
waitlist-entry-about = 自己紹介
waitlist-entry-status = 状態
waitlist-entry-reason = 理由
waitlist-entry-person-value =
    { $person }（{ $id }）
    アカウント作成：{ $created }
waitlist-entry-waiting = ⏳ モデレーターの対応待ち
waitlist-entry-invited-by = 📨 { $by } がコード { $code } で招待（{ $when }）
waitlist-entry-declined-by = ❌ { $by } が見送り（{ $when }）
waitlist-entry-redeemed = ✅ コードを使用（{ $when }）
waitlist-entry-left = 👋 ウェイトリストから退出（{ $when }）
waitlist-entry-lapsed = ⌛ コードが使われないまま無効になり、再登録（{ $when }）
# ボタン（80文字以内）
waitlist-button-invite = 招待
waitlist-button-decline = 見送り

## 見送りフォーム（タイトルとラベルは45文字以内）

waitlist-decline-form-title = ウェイトリストのエントリーを見送る
waitlist-decline-form-reason = 理由（本人に送られます）

## ボタンを押したモデレーターへの返信

waitlist-invited = { $person } さんを招待し、コード { $code } を送りました。
waitlist-invited-no-link = このコードの招待リンクを作成できなかったため、コードだけを送りました。
waitlist-declined = { $person } さんを見送りました。
waitlist-dm-refused = { $person } さんがDMを受け付けていないため、DMを送れませんでした。本人は `/waitlist status` で確認できます。
waitlist-dm-delayed = { $person } さんにまだDMを送れていません。送信を続けます。本人は `/waitlist status` で確認できます。
waitlist-person-gone = { $person } さんはサーバーを退出しています。エントリーを終了し、コードは作成しませんでした。

## ウェイトリストの人のためのコードを作ったメンバーへ（/invite create の返信の下）

waitlist-vouched = { $person } さんはウェイトリストで待っていたので、このコードをDMで送りました。
waitlist-vouched-dm-refused = { $person } さんはウェイトリストで待っていましたが、DMを受け付けていないため、このコードを送れませんでした。本人は `/waitlist status` で確認できます。
waitlist-vouched-dm-delayed = { $person } さんはウェイトリストで待っていましたが、このコードをまだDMで送れていません。送信を続けます。本人は `/waitlist status` で確認できます。

## 本人へのDM（本人の言語）

waitlist-invited-dm = 🎉 **{ $server }**のウェイトリストから、{ $inviter } さんがあなたを招待しました。招待コード：{ $code }（有効期限：{ $expires }）
waitlist-declined-dm = **{ $server }**のウェイトリストへの申し込みは見送られました。
waitlist-declined-dm-reason = 理由：{ $reason }
waitlist-declined-dm-again = { $when }から再びウェイトリストに登録できます。

## ログ（サーバーの言語）

waitlist-log-joined = 📝 { $person } さんがウェイトリストに登録しました（エントリー #{ $number }）。
waitlist-log-invited = 📨 { $by } さんがウェイトリストの { $person } さんをコード { $code } で招待しました。
# メンバーが自分のコードでウェイトリストの人を推薦した場合（「推薦」は /invite create の説明と同じ語）。
waitlist-log-vouched = 📨 { $by } さんがウェイトリストの { $person } さんを推薦し、コード { $code } を送りました。
waitlist-log-declined = ❌ { $by } さんがウェイトリストの { $person } さんを見送りました。
waitlist-log-declined-reason = ❌ { $by } さんがウェイトリストの { $person } さんを見送りました。理由：{ $reason }

## 送信：失敗した内容（「…ことができませんでした」に入る句）と、何も送らなかった理由

waitlist-describe-entry = ウェイトリストのエントリー #{ $number } をモデレーター用チャンネルに表示する
waitlist-describe-dm = ウェイトリストのエントリー #{ $number } について { $user } さんにDMを送る
waitlist-nothing-to-send = DMを送る前にエントリーが終了したか、コードが無効になりました。

## /gate waitlist（一覧の行：メンションに「さん」は付けません）

waitlist-gate-title = ウェイトリスト
waitlist-gate-empty = ウェイトリストには誰もいません。
# $since: 相対時刻（「3日前」）
waitlist-gate-waiting = **{ $position }.** { $person } · { $since }から待機中
waitlist-gate-invited = 📨 { $person } · 登録：{ $since } · { $by } が招待（{ $when }）

## /gate whois：その人のウェイトリスト履歴

waitlist-whois-heading = **ウェイトリスト（{ $count }）**
waitlist-whois-joined = 登録日時：{ $when }
waitlist-whois-invited = { $by } がコード { $code } で招待（{ $when }）
waitlist-whois-waiting = 待機中
waitlist-whois-declined = { $by } が見送り（{ $when }）
waitlist-whois-redeemed = コードを使用（{ $when }）
waitlist-whois-left = ウェイトリストから退出（{ $when }）
waitlist-whois-lapsed = コードが未使用のまま無効になり、再登録（{ $when }）

## /gate settings

waitlist-settings-waitlist = ウェイトリスト：{ $state ->
    [on] 受付中
   *[off] 停止中
}
waitlist-settings-cooldown = 見送りから再登録までの待機期間：{ $days }日

waitlist-undelivered-invited = ⚠️ { $person } さんがDMを受け付けていないため、ウェイトリストから送ったコードをDMで届けられませんでした。本人は { $channel } で `/waitlist status` を使って確認できます。
waitlist-undelivered-declined = ⚠️ { $person } さんがDMを受け付けていないため、ウェイトリストのエントリーが見送られたことを伝えられませんでした。本人は `/waitlist status` で確認できます。
waitlist-describe-undelivered = ウェイトリストのDMが届かなかったことを知らせる
