# Tenure and suspensions (SPEC section 12).
suspension-refusal-too-new = 招待コードを作成できるのは、このサーバーに参加して{ $days }日が経ってからです：{ $when }
suspension-cmd-policy-invite-after-days = メンバーがコードを作成できるようになるまでの日数（0〜365）
suspension-settings-invite-after = コードの作成：サーバー参加から{ $days }日後

# Suspensions.
suspension-refusal-suspended = このサーバーで利用停止中のため、招待コードの作成や再発行はできません。
suspension-refusal-suspended-reason = このサーバーで利用停止中のため、招待コードの作成や再発行はできません。理由：{ $reason }
suspension-refusal-already = { $member } はすでに利用停止中です。
suspension-refusal-not-suspended = { $member } は利用停止されていません。
suspension-no-reason = 理由なし
suspension-cmd-suspend = メンバーを利用停止にします：新しいコードは作れず、有効なコードは取り消されます
suspension-cmd-suspend-member = 利用停止にするメンバー
suspension-cmd-suspend-reason = 理由（本人が拒否されたときに表示され、ログにも残ります）
suspension-cmd-suspend-branch = そのメンバーが招待した人、さらにその人たちが招待した人も全員利用停止にします
suspension-cmd-unsuspend = メンバーの利用停止を解除します
suspension-cmd-unsuspend-member = 利用停止を解除するメンバー
suspension-done = 🚫 { $member } を利用停止にしました。取り消したコード：{ $codes } 件。印を付けた保留中のリクエスト：{ $requests } 件。
suspension-done-branch = 🚫 { $member } と、その招待で参加したメンバー { $vouched } 人を利用停止にしました。取り消したコード：{ $codes } 件。印を付けた保留中のリクエスト：{ $requests } 件。
suspension-lifted = ✅ { $member } の利用停止を解除しました。このメンバーが招待した人たちはそのままです。
suspension-log-suspended = 🚫 { $actor } が { $member } を利用停止にしました（コード { $count } 件を取り消し）。理由：{ $reason }
suspension-log-suspended-branch = 🚫 { $actor } が { $member } と、その招待で参加したメンバー { $vouched } 人を利用停止にしました：{ $others }（コード { $count } 件を取り消し）。理由：{ $reason }
suspension-log-unsuspended = ✅ { $actor } が { $member } の利用停止を解除しました。
suspension-whois = 🚫 **利用停止中**：{ $when }、{ $by } による。理由：{ $reason }
suspension-whois-branch = 🚫 **利用停止中**：{ $when }、{ $by } による（{ $via } が招待した全員とともに）。理由：{ $reason }
suspension-request-flag = ⚠️ 招待した人は利用停止中
suspension-request-flag-value = この人を招待したメンバーは { $when } に利用停止になりました。
suspension-pending-flag = ⚠️ 招待した人は利用停止中
