## 設定
web-settings-change-heading = ポリシーを変更
web-settings-change-about = `/gate policy` と同じ設定です。変更した項目だけが保存され、変更はそれぞれログチャンネルに投稿されます。
web-settings-save = 保存
web-settings-saved = 保存しました：{ $changes }
web-settings-nothing-changed = 何も保存されていません。フォームの内容は現在の設定と同じです。
web-settings-not-a-choice = `{ $key }` はフォームの選択肢から選んでください。何も保存されていません。
web-settings-changed-meanwhile = このページを開いた後に、別の管理者がポリシーを変更しました。何も保存されていません。ページには現在の設定が表示されているので、そこからもう一度変更してください。
