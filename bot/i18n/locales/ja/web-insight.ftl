# ダッシュボードの管理者向け分析ページ（SPEC 16節）：グラフ表示の招待ツリーと、各種グラフ。
# ツリーでの各メンバーの状態は /gate tree と同じ言葉（vouching-standing-*）を使います。

## 招待ツリー
web-tree-find-heading = メンバーを調べる
web-tree-field-member = ユーザーID
web-tree-field-depth = 下に表示する階層
web-tree-show = 表示
web-tree-not-a-user-id = ユーザーIDではありません。ユーザーIDは 123456789012345678 のような数字です。Discordで開発者モードをオンにすると、相手を右クリックしてコピーできます。
# $person：表示名。名前が分からない場合はユーザーID。
web-tree-of = { $person } の招待ツリー
web-tree-graph-label = { $person } の招待ツリー（グラフ）
# $count：上にいる人数。このメンバーを招待した人から、招待した人がいない人まで。
web-tree-count-above = { $count ->
        [0] このメンバーを招待した人はいません。
       *[other] 招待をさかのぼると、上に{ $count }人います。
    }
# $count：下にいる人数（$depth 階層まで）。
web-tree-count-below = { $count ->
        [0] 下には誰もいません
       *[other] 下に{ $count }人います
    }（{ $depth }階層まで）。
web-tree-alone = このサーバーでは、このメンバーを招待した人も、このメンバーが招待した人も、Doormanの記録にありません。
web-tree-graph-caption = 各ボックスが1人を表し、その人の現在の状態を示します。線は招待した人から招待された人へ下向きにつながっています。メンバーを選ぶと、その人を中心にツリーを表示します。
web-tree-list-heading = 同じツリーをリストで表示
# $shown：ここに表示している下の人数。$count：選んだ階層までの全員の人数。
web-tree-cut = 下にいる{ $count }人のうち、近い順に{ $shown }人だけを表示しています。その先のツリーは、各メンバーを選ぶと表示されます。
web-tree-skip-graph = グラフを飛ばしてリストへ

## グラフ
web-charts-field-days = 期間
# $days：7、30、90のいずれか。
web-charts-last-days = 過去{ $days }日間
web-charts-show = 表示
web-charts-bad-days = グラフの期間は過去7日間、30日間、90日間のいずれかです。その中から選んでください。
web-charts-empty = まだ表示するデータがありません。
web-charts-total = 合計

web-charts-per-day-heading = 日ごとのコード使用・参加・却下
web-charts-redemptions = コード使用
web-charts-admissions = 参加
web-charts-denials = 却下
web-charts-day = 日付（UTC）
web-charts-per-day-table = 日ごとの数値
# $days：表示する日数。ほかの変数はその期間の合計。
web-charts-per-day-caption = UTCの日付で区切った過去{ $days }日間（今日の分は現時点まで）。合計：コード使用{ $redemptions }件、参加{ $admissions }人、却下{ $denials }件。コード使用はコードが使われた日、参加は新規参加者にロールが付与された日、却下は判断が下された日に数えます。

web-charts-quota-heading = 招待枠の使用状況
web-charts-member = メンバー
web-charts-spent = 使用済み
web-charts-default-limit = 既定の招待枠
# $top：表示する最大人数。$limit：サーバーの期間ごとの既定回数。$period：その日数。
web-charts-quota-caption = 過去{ $period }日間（このサーバーの招待枠の期間）に招待枠を多く使ったメンバーを上位{ $top }人まで、サーバーの既定の招待枠（{ $limit }回）と比べて表示しています。メンバーごとの上限はこれと異なることがあります。専用の招待枠があるロール、管理者による調整、「サーバー管理」権限（上限なし）によって変わります。どれが適用されるかは各メンバーのDiscordでのロールによりますが、このページはロールを読み込まないため、正確な上限はここには表示されません。
web-charts-quota-none = この期間に招待枠を使ったメンバーはいません。

web-charts-retention-heading = 残ったメンバー
web-charts-inviter = 招待した人
web-charts-admitted = 参加
web-charts-stayed = 残留
# $top：表示する最大人数。
web-charts-retention-caption = Doormanの導入以来、招き入れた人数が多い順に上位{ $top }人まで、その人のコードで参加した人数と、そのうちDoormanが知る限りまだ残っている人数（その後BANされておらず、後日戻ってきた際に却下や退出になっていない人）を示します。自分から退出した人はDoormanには見えないため、残留として数えられます。
web-charts-retention-none = コードで参加した人はまだいません。
