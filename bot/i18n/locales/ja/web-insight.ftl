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
       *[other] 招待の経路で上に{ $count }人います。
    }
# $count：下にいる人数（$depth 階層まで）。
web-tree-count-below = { $count ->
        [0] このメンバーが招待した人はいません
       *[other] 下に{ $count }人います
    }（{ $depth }階層まで）。
web-tree-alone = このサーバーでは、このメンバーを招待した人も、このメンバーが招待した人も、Doormanの記録にありません。
web-tree-graph-caption = 各ボックスが1人を表し、現在の状態を示します。線は招待した人から招待された人へつながっています。選ぶとその人を中心にツリーを表示します。
web-tree-list-heading = 同じツリーをリストで表示
