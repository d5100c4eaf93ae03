# 参加時の質問（SPEC 13 章）。
questions-cmd-questions = コードを使う新規参加者に答えてもらう質問を設定します（5 つまで）
questions-admin-form-title = 参加時の質問
questions-admin-form-label = 質問 { $number }
questions-admin-form-placeholder = どこでこのサーバーを知りましたか？（任意）
questions-saved = { $count ->
       *[other] 保存しました。新規参加者はコードを使うときに { $count } 件の質問に答えます。
    }
questions-cleared = 保存しました。新規参加者への質問はありません。`/redeem` ですぐにコードが使われます。
questions-settings-title = 参加時の質問
questions-settings-none = なし（`/redeem` ですぐにコードが使われます）
questions-form-title = 参加前のいくつかの質問
questions-too-slow = 質問の表示に時間がかかりすぎました。もう一度 `/redeem` を使ってください。コードは使われていません。
questions-request-no-answer = （回答なし）
questions-whois-answer = ↳ { $question }：{ $answer }
questions-refusal-changed = 回答中にサーバーの質問が変更されました。何も保存されず、コードも使われていません。もう一度 `/redeem` を使ってください。
questions-refusal-missing = 「{ $question }」に答えてください（必須の質問です）。コードは使われていません。
questions-refusal-too-long = 質問 { $number } が 45 文字を超えています。Discord のフォームに表示できるのは 45 文字までです。何も保存されていません。
questions-refusal-code-gone = 回答は保存されず、何も使われていません。回答中にコードの状態が変わりました。これは失敗した試行には数えられません。
