# ウェイトリスト：/waitlist join・leave・status、モデレーター用チャンネルのエントリー（招待・見送り）、
# 見送りフォーム、DM、ログ、/gate waitlist、/gate whois、2つのポリシー。

## コマンドの説明（100文字以内）

waitlist-cmd-group = 招待コードを持っていない人のためのウェイトリスト
waitlist-cmd-join = ウェイトリストに登録して、コードなしでの参加をモデレーターにお願いします
waitlist-cmd-join-about = モデレーターへのひとこと自己紹介（300文字以内）
waitlist-cmd-leave = ウェイトリストから抜けます
waitlist-cmd-status = ウェイトリストでの順番、または届いたコードを確認します
waitlist-cmd-gate = ウェイトリスト：待っている人、その順番と待ち時間
waitlist-cmd-policy-waitlist = コードを持っていない人がウェイトリストに登録できるかどうか
waitlist-cmd-policy-cooldown-days = 見送られた人が再びウェイトリストに登録できるまでの日数（0〜365）

## ウェイトリストに登録した人への返信

waitlist-joined = **{ $server }** のウェイトリストに登録しました。現在 **{ $position }** 番目です。モデレーターが確認し、決まり次第DMでお知らせします。
waitlist-left = ウェイトリストから抜けました。
waitlist-status-waiting = ウェイトリストで **{ $position }** 番目です。登録：{ $since }
waitlist-status-invited = { $inviter } から招待コードが届いています：**{ $code }**
waitlist-status-expires = 有効期限は { $when }（{ $relative }）です。
waitlist-status-code-ended = このコードは現在「{ $status }」です。もう一度招待を受けるには、`/waitlist join` で再びウェイトリストに登録してください。
waitlist-status-declined = ウェイトリストへの申し込みは { $when } に見送られました。{ $again } から再び登録できます。
waitlist-status-none = ウェイトリストには登録されていません。登録するには、ウェルカムチャンネルで `/waitlist join` と入力してください。
waitlist-how-to-redeem-link = 参加方法：サーバーから抜けている場合は { $link } から参加し、{ $channel } で `/redeem { $code }` と入力してください。
waitlist-how-to-redeem = 参加方法：{ $channel } で `/redeem { $code }` と入力してください。
waitlist-the-welcome-channel = ウェルカムチャンネル

## /waitlist を受け付けられない理由

waitlist-refusal-wrong-channel = ウェイトリストへの登録は { $channel } で行います。そこで `/waitlist join` を実行してください。
waitlist-refusal-member = すでにこのサーバーのメンバーです。ウェイトリストはまだ参加していない人のためのものです。
waitlist-refusal-closed = このサーバーのウェイトリストは現在受け付けていません。メンバーに招待コードを頼んでください。
waitlist-refusal-admission-open = すでにコードを使っていて、参加手続きが進行中です。ウェイトリストは必要ありません。
waitlist-refusal-already-waiting = すでにウェイトリストに登録済みです（**{ $position }** 番目）。
waitlist-refusal-already-invited = すでにウェイトリストに登録済みで、コードも届いています。`/waitlist status` で確認してください。
waitlist-refusal-declined = 前回のウェイトリストへの申し込みは見送られました。{ $when }（{ $relative }）から再び登録できます。
waitlist-refusal-not-on-it = ウェイトリストには登録されていません。
waitlist-refusal-entry-not-found = このウェイトリストのエントリーはもう存在しません。
waitlist-refusal-already-decided = この人は { $when } に { $moderator } がすでに{ $decision ->
        [invited] 招待しています
       *[declined] 見送っています
    }。
waitlist-refusal-closed-entry = { $status ->
        [redeemed] この人は { $when } にすでにコードを使いました。エントリーは終了しています。
        [lapsed] この人のコードは使われないまま無効になり、{ $when } に再登録しました。このエントリーは終了しています。
       *[left] この人は { $when } にウェイトリストから抜けました。エントリーは終了しています。
    }

## モデレーター用チャンネルのエントリー（サーバーの言語）

waitlist-entry-title = ウェイトリスト #{ $number }
waitlist-entry-person = 登録者
waitlist-entry-joined = 登録日時
waitlist-entry-about = 自己紹介
waitlist-entry-status = 状態
waitlist-entry-reason = 理由
waitlist-entry-person-value =
    { $person }（{ $id }）
    アカウント作成：{ $created }
waitlist-entry-waiting = ⏳ モデレーターの対応待ち
waitlist-entry-invited-by = 📨 { $when } に { $by } がコード { $code } で招待
waitlist-entry-declined-by = ❌ { $when } に { $by } が見送り
waitlist-entry-redeemed = ✅ { $when } にコードを使用
waitlist-entry-left = 👋 { $when } に登録を取り消し
waitlist-entry-lapsed = ⌛ コードが使われないまま無効になり、{ $when } に再登録
waitlist-button-invite = 招待
waitlist-button-decline = 見送り

## 見送りフォーム（タイトルとラベルは45文字以内）

waitlist-decline-form-title = ウェイトリストのエントリーを見送る
waitlist-decline-form-reason = 理由（本人に送られます）

## ボタンを押したモデレーターへの返信

waitlist-invited = { $person } を招待しました。コード { $code } を送りました。
waitlist-invited-no-link = このコードの招待リンクを作成できなかったため、コードだけを送りました。
waitlist-declined = { $person } を見送りました。
waitlist-dm-refused = { $person } にDMを送れませんでした（DMが閉じられています）。本人は `/waitlist status` で確認できます。
waitlist-dm-delayed = { $person } にまだDMを送れていません。引き続き試します。本人は `/waitlist status` で確認できます。
waitlist-person-gone = { $person } はサーバーから抜けています。エントリーを終了し、コードは作成しませんでした。

## ウェイトリストの人のために予約されたコードを作ったメンバーへ（/invite create の返信の下）

waitlist-vouched = { $person } はウェイトリストに登録していたので、このコードをDMで送りました。
waitlist-vouched-dm-refused = { $person } はウェイトリストに登録していましたが、このコードをDMで送れませんでした（DMが閉じられています）。本人は `/waitlist status` で確認できます。
waitlist-vouched-dm-delayed = { $person } はウェイトリストに登録していましたが、このコードをまだDMで送れていません。引き続き試します。本人は `/waitlist status` で確認できます。

## 本人へのDM（本人の言語）

waitlist-invited-dm = 🎉 **{ $server }** のウェイトリストから、{ $inviter } があなたを招待しました。招待コード：{ $code }（有効期限：{ $expires }）
waitlist-declined-dm = **{ $server }** のウェイトリストへの申し込みは見送られました。
waitlist-declined-dm-reason = 理由：{ $reason }
waitlist-declined-dm-again = { $when } から再びウェイトリストに登録できます。

## ログ（サーバーの言語）

waitlist-log-joined = 📝 { $person } がウェイトリストに登録しました（#{ $number }）。
waitlist-log-invited = 📨 { $by } がウェイトリストの { $person } をコード { $code } で招待しました。
waitlist-log-vouched = 📨 ウェイトリストの { $person } に { $by } がコード { $code } を送り、紹介者になりました。
waitlist-log-declined = ❌ { $by } がウェイトリストの { $person } を見送りました。
waitlist-log-declined-reason = ❌ { $by } がウェイトリストの { $person } を見送りました：{ $reason }

## 配信：失敗した内容（「…できませんでした」）と、何も送らなかった理由

waitlist-describe-entry = ウェイトリスト #{ $number } をモデレーター用チャンネルに表示する
waitlist-describe-dm = ウェイトリスト #{ $number } について { $user } さんにDMを送る
waitlist-nothing-to-send = DMを送る前にエントリーが終了したか、コードが無効になりました

## /gate waitlist

waitlist-gate-title = ウェイトリスト
waitlist-gate-empty = ウェイトリストには誰もいません。
waitlist-gate-waiting = **{ $position }.** { $person } · { $since } から待機中
waitlist-gate-invited = 📨 { $person } · { $since } に登録 · { $when } に { $by } が招待

## /gate whois：その人のウェイトリスト履歴

waitlist-whois-heading = **ウェイトリスト（{ $count }）**
waitlist-whois-joined = { $when } に登録
waitlist-whois-invited = { $when } に { $by } がコード { $code } で招待
waitlist-whois-waiting = 待機中
waitlist-whois-declined = { $when } に { $by } が見送り
waitlist-whois-redeemed = { $when } にコードを使用
waitlist-whois-left = { $when } に登録を取り消し
waitlist-whois-lapsed = コード未使用のまま無効、{ $when } に再登録

## /gate settings

waitlist-settings-waitlist = ウェイトリスト：{ $state ->
    [on] 受付中
   *[off] 停止中
}
waitlist-settings-cooldown = 見送り後の再登録：{ $days }日後から
