# ダッシュボードのウェイトリスト（SPEC 16）：未処理のエントリーを順番に、モデレーター用チャンネルのメッセージと同じ内容
# （文言は waitlist-entry-*）で表示し、Discordと同じ「招待」「見送り」ボタンを付けます。

# 一覧の上。$waiting：判断を待っている人数、$invited：コードを送られたがまだ使っていない人数
web-waitlist-count = 待機中：{ $waiting }人 · 招待済み（コード未使用）：{ $invited }人
# 待機中のエントリーのタイトルの横。$position：待ち順
web-waitlist-position = { $position }番目
# 招待済みのエントリーのタイトルの横：コードを送ったが、まだ使われていない
web-waitlist-invited = 招待済み
# スクリーンリーダー向けに、ウェイトリストのページ間リンクを示す名前
web-waitlist-pages = ウェイトリストのページ
