# Join questions (SPEC section 13): /gate questions, the form a newcomer answers after /redeem, and the answers.
questions-cmd-questions = Set the questions newcomers answer when they redeem a code (up to 5)
questions-admin-form-title = Join questions
# $number: 1 to 5.
questions-admin-form-label = Question { $number }
questions-admin-form-placeholder = How did you hear about us? (optional)
# Followed by the questions, one a line.
questions-saved = { $count ->
        [one] Saved: newcomers now answer this question when they redeem a code.
       *[other] Saved: newcomers now answer these { $count } questions when they redeem a code.
    }
questions-cleared = Saved: newcomers are asked no questions; `/redeem` uses their code at once.
questions-settings-title = Join questions
questions-settings-none = None: `/redeem` uses the code at once.
# The form a newcomer answers (Discord shows at most 45 characters).
questions-form-title = A few questions before you join
questions-too-slow = That took too long to show the questions. Please use `/redeem` again; your code was not used.
# In the request and in /gate whois, for an optional question left empty.
questions-request-no-answer = (no answer)
# /gate whois, under the admission. $question and $answer: as typed.
questions-whois-answer = ↳ **{ $question }** { $answer }
questions-refusal-changed = The server's questions changed while you answered. Nothing was saved and your code was not used: please use `/redeem` again.
# /gate questions submitted after another admin saved other questions.
questions-refusal-edited-meanwhile = Another admin saved other join questions after you opened this form. Nothing was saved: run `/gate questions` again to start from theirs.
# $question: the question, as the admins wrote it.
questions-refusal-missing = Please answer “{ $question }”: it is required. Your code was not used.
# $number: which question (1 to 5).
questions-refusal-too-long = Question { $number } is longer than 45 characters, the most a Discord form can show. Nothing was saved.
# Followed by one of the refusal-code-* sentences.
questions-refusal-code-gone = Your answers were not saved and nothing was used: the code changed while you answered. This does not count as a failed attempt.
