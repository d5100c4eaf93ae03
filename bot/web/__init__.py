"""The dashboard (SPEC section 16): codes, the queue, the tree and the numbers in a browser.

Server-rendered pages (aiohttp and Jinja2) over the same core as the slash commands: a decision on the
web is committed by the same function as the Discord button, and the process's delivery worker carries
what it owes. No script runs in the browser: forms and links do everything, under a CSP that allows none.
"""
