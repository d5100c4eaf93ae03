"""What the bot owes Discord, carried: the worker (worker.py), one attempt (carrying.py), the moderators'
alerts and Retry (alerts.py), and the log lines (log_lines.py). Each extension registers the kinds it carries."""
