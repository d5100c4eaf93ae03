## 待合室（SPEC 13節）：サーバーに入ったのに参加が認められていない人に、DMでリマインドを1回送り、その後キックします。
## Discordの「Server Members Intent」（設定ファイルの [bot] members_intent）が必要です。
## 用語：「待合室」「リマインドDM」「キック」（サーバーから外すだけで、また参加できます。BANや招待停止とは別です）。
## Discordのサーバーに入ること（「サーバーに入る」）と、参加が認められること（「参加が認められる」）を区別します。

# /gate policy のオプション（100文字以内）
waiting-cmd-policy-remind-after-hours = サーバーに入ってから、参加が認められていない人にリマインドDMを送るまでの時間（0〜720、0でオフ）
waiting-cmd-policy-kick-after-hours = サーバーに入ってから、参加が認められていない人をキックするまでの時間（0〜720、0でオフ）
# /gate settings の行。$count: 時間数（0：オフ）
waiting-settings-remind = リマインドDM：{ $count ->
        [0] オフ
       *[other] サーバーに入ってから{ $count }時間後
    }
waiting-settings-kick = 参加が認められない人のキック：{ $count ->
        [0] オフ
       *[other] サーバーに入ってから{ $count }時間後
    }
# /gate policy を断るとき。$options: バッククォートで囲んだオプション名を ", " でつないだもの
waiting-refusal-needs-intent = { $options } は設定できません。待合室にはDiscordの**Server Members Intent**が必要ですが、このBotはそれを使わずに動作しています。Botの運用者がDiscord Developer PortalでこのBotのServer Members Intentを有効にし、設定ファイルの [bot] に `members_intent = true` と書いて、Botを再起動する必要があります。何も保存されていません。
# 「メンバーをキック」権限がないまま、キックの設定が保存されたとき。$count: kick_after_hours
waiting-warning-no-kick-permission = ⚠️ Botに「メンバーをキック」権限がありません。権限が付与されるまで、サーバーに入って{ $count }時間たった人はキックされません。キックできなかった場合は、そのたびにモデレーターにアラートが届きます。
# リマインドDM（各メッセージが1行）。$server: サーバー名；$channel: ウェルカムチャンネル（メンション）
waiting-reminder = 👋 **{ $server }**に入りましたが、まだ参加が認められていません。招待コードを持っている場合は、{ $channel } で `/redeem` を実行してください。
waiting-reminder-waitlist = コードがない場合は、そのチャンネルで `/waitlist join` を実行すると、モデレーターにコードをお願いできます。
waiting-reminder-returning = 以前このサーバーのメンバーでした。戻るには、そこでコードなしで `/redeem` を実行してください。
# $when: 相対時刻（「20時間後」）
waiting-reminder-kick = { $when }までに参加が認められない場合は、サーバーからキックされます。キックされても、あとでまた参加できます。
# サーバーの監査ログに表示されるキックの理由。$count: kick_after_hours
waiting-kick-reason = サーバーに入ってから{ $count }時間以内に参加が認められなかったため（待合室）
# ログチャンネルの1行。$member: メンション
waiting-log-kicked = 👢 { $member } さんをキックしました（サーバーに入ってから{ $count }時間以内に参加が認められなかったため）。
# 「{ $what }ことができませんでした」に入る、動詞の辞書形で終わる句
waiting-describe-remind = { $user } さんに参加の方法をDMでリマインドする
waiting-describe-kick = 時間内に参加が認められなかった { $user } さんをキックする
# タイマーの時刻が来ても何もしなかった理由（アラートの「終了：」の後や、「再試行」をクリックしたモデレーターへの返答）
waiting-gone = その人はもうサーバーにいません。
waiting-rejoined = その人はその後いったん退出し、もう一度サーバーに入りました。新しく入ったときのタイマーが代わりに適用されます。
waiting-let-in = サーバーに入ってから参加が認められました。
waiting-asked = 参加を申し出ていて（参加リクエストまたはウェイトリスト）、その返事を待っています。
waiting-staff = このサーバーの管理者またはモデレーターです。
waiting-timer-off = この待合室のタイマーは、その後 `/gate policy` でオフにされました。
waiting-postponed = その後 `/gate policy` で時間が延長されたため、延長後の時間が過ぎるまで待ちます。
