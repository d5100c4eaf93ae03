# 参加時の質問（SPEC 13節）：/gate questions、/redeem の後に新規参加者が答えるフォーム、その回答。
# 用語：「参加時の質問」「質問」「回答」「フォーム」。

# コマンドの説明（100文字以内）
questions-cmd-questions = コードを使う新規参加者に答えてもらう質問を設定します（5つまで）
# 管理者が質問を入力するフォーム（タイトルとラベルは45文字以内、プレースホルダーは100文字以内）
questions-admin-form-title = 参加時の質問
# $number: 1〜5
questions-admin-form-label = 質問{ $number }
# 「（任意）」で終わる質問は、回答しなくても構いません（bot/core/questions.py の OPTIONAL_WORDS）。
questions-admin-form-placeholder = このサーバーをどこで知りましたか？（任意）
# この後に、質問が1行に1つずつ続きます。
questions-saved = 保存しました。新規参加者はコードを使うときに、次の{ $count ->
        [1] 質問
       *[other] { $count }つの質問
    }に答えます。
questions-cleared = 保存しました。新規参加者への質問はありません。`/redeem` を実行するとすぐにコードが使われます。
questions-settings-title = 参加時の質問
questions-settings-none = なし：`/redeem` を実行するとすぐにコードが使われます。
# 新規参加者が答えるフォームのタイトル（45文字以内）
questions-form-title = 参加の前にいくつか質問があります
questions-too-slow = 質問の表示に時間がかかりすぎました。コードは使われていません。もう一度 `/redeem` を実行してください。
# 参加リクエストと /gate whois で、任意の質問に回答がなかったとき
questions-request-no-answer = （回答なし）
# /gate whois の参加記録の下。$question と $answer は入力されたまま。
questions-whois-answer = ↳ **{ $question }** { $answer }
questions-refusal-changed = 回答中にサーバーの質問が変更されました。何も保存されておらず、コードも使われていません。もう一度 `/redeem` を実行してください。
questions-refusal-edited-meanwhile = このフォームを開いた後に、別の管理者が参加時の質問を保存しました。何も保存されていません。もう一度 `/gate questions` を実行し、その内容から編集してください。
# $question: 管理者が書いた質問
questions-refusal-missing = 「{ $question }」は必須の質問です。回答してください。コードは使われていません。
# $number: 何番目の質問か（1〜5）
questions-refusal-too-long = 質問{ $number }が45文字を超えています。Discordのフォームに表示できるのは45文字までです。何も保存されていません。
# この後に refusal-code-* の文（「そのコードは期限切れです。…」など）が続きます。
questions-refusal-code-gone = 回答中にコードの状態が変わりました。回答は保存されず、コードも使われていません（ロックまでの失敗回数にも数えられません）。
