## 待合室（SPEC 13節）：参加したのに承認されていない人に DM でリマインドし、その後キックします。

waiting-cmd-policy-remind-after-hours = 参加後、未承認の人にリマインド DM を送るまでの時間（0〜720、0 = オフ）
waiting-cmd-policy-kick-after-hours = 参加後、未承認の人をキックするまでの時間（0〜720、0 = オフ）
waiting-settings-remind = リマインド DM：{ $count ->
        [0] オフ
       *[other] 参加から { $count } 時間後
    }
waiting-settings-kick = 未承認の人のキック：{ $count ->
        [0] オフ
       *[other] 参加から { $count } 時間後
    }
waiting-refusal-needs-intent = { $options } は設定できません。待合室には Discord の **Server Members Intent** が必要ですが、私はこれなしで動いています。運用者が Discord Developer Portal でこのボットの Intent を有効にし、設定ファイルの [bot] に members_intent = true を書いて、私を再起動する必要があります。何も保存されていません。
waiting-warning-no-kick-permission = ⚠️ 「メンバーをキック」の権限がありません。権限を得るまで、参加から { $count } 時間たった人はキックされず、キックできないたびにモデレーターに通知します。
waiting-reminder = 👋 **{ $server }** に参加しましたが、まだ参加を認められていません。招待コードを持っている場合は、{ $channel } で `/redeem` を使ってください。
waiting-reminder-waitlist = コードがない場合は、そこで `/waitlist join` を使ってモデレーターにお願いできます。
waiting-reminder-kick = そのときまだ待っている場合、{ $when }にサーバーから外されます。あとでまた参加できます。
waiting-kick-reason = 参加から { $count } 時間以内に承認されませんでした（待合室）
waiting-log-kicked = 👢 { $member } をキックしました：参加から { $count } 時間以内に承認されませんでした。
waiting-describe-remind = { $user } に入り方を DM でリマインドする
waiting-describe-kick = 時間内に承認されなかった { $user } をキックする
waiting-gone = その人はもうサーバーにいません。
waiting-rejoined = その人はその後いったん抜けて再参加しました。新しい参加のタイマーが有効です。
waiting-let-in = その人はもう待っていません：参加を認められたか、リクエスト中か、ウェイトリストに登録されています。
waiting-timer-off = この待合室のタイマーは、その後 /gate policy でオフにされました。
waiting-postponed = その後 /gate policy で時間が延長されたため、その時間が過ぎるまで待ちます。
