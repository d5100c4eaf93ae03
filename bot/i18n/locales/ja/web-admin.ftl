## 設定
web-settings-change-heading = ポリシーを変更
web-settings-change-about = `/gate policy` と同じ設定です。変更した項目だけが保存され、変更はそれぞれログチャンネルに投稿されます。
web-settings-save = 保存
web-settings-saved = 保存しました：{ $changes }
web-settings-nothing-changed = 何も保存されていません。フォームの内容は現在の設定と同じです。
web-settings-not-a-choice = `{ $key }` はフォームの選択肢から選んでください。何も保存されていません。
web-settings-changed-meanwhile = このページを開いた後に、別の管理者がポリシーを変更しました。何も保存されていません。ページには現在の設定が表示されているので、そこからもう一度変更してください。

## 長い一覧の検索（ページ送り）
web-filter-heading = 検索
web-filter-any = すべて
web-filter-search = 検索
web-filter-not-a-choice = `{ $field }` はフォームの選択肢から選んでください。
web-filter-bad-date = `{ $field }` には 2026-11-24 のような形式で日付を入力してください。
web-filter-bad-page = このアドレスはダッシュボードが作成したものではありません。最初のページからやり直してください。
web-pager-label = ページ
web-pager-newer = 新しい方へ
web-pager-older = 古い方へ

## 監査ログ
web-filter-person = ユーザー（ユーザーID）
web-filter-since = 開始日
web-filter-until = 終了日（当日を含む）
web-audit-entries-heading = 記録（新しい順）
web-audit-csv = この記録をCSVでダウンロード
web-audit-none = 該当する記録はありません。
web-col-time = 日時
web-col-kind = 種類
web-col-entry = 内容
web-audit-kind-admitted = 参加
web-audit-kind-left = 参加前の退出
web-audit-kind-denied = 却下
web-audit-kind-settings = 設定の変更
web-audit-kind-role-quota = ロールの招待枠の設定
web-audit-kind-grant = 招待枠の調整
web-audit-kind-revoked = コードの取り消し
web-audit-kind-revoked-all = メンバーの全コードの取り消し
web-audit-kind-link-code = 共有リンク用コードの作成
web-audit-kind-regenerated = コードの差し替え
web-audit-kind-waitlist-joined = ウェイトリストへの登録
web-audit-kind-waitlist-invited = ウェイトリストからの招待
web-audit-kind-waitlist-declined = ウェイトリストでの見送り
web-audit-kind-suspended = 招待停止
web-audit-kind-unsuspended = 招待停止の解除
web-audit-kind-banned = BAN
web-audit-kind-waiting-kicked = 待合室からのキック

## すべてのコード
web-filter-inviter = 招待した人（ユーザーID）
web-all-codes-list-heading = コード（新しい順）
web-all-codes-none = 該当するコードはありません。
web-col-inviter = 招待した人
web-col-for = 対象
web-all-codes-kind-member = メンバーのコード
web-all-codes-kind-link = 共有リンク
web-all-codes-kind-waitlist = ウェイトリストから
