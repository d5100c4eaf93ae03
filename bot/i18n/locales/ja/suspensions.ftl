# Tenure and suspensions (SPEC section 12).
suspension-refusal-too-new = 招待コードを作成できるのは、このサーバーに参加して{ $days }日が経ってからです：{ $when }
suspension-cmd-policy-invite-after-days = メンバーがコードを作成できるようになるまでの日数（0〜365）
suspension-settings-invite-after = コードの作成：サーバー参加から{ $days }日後
