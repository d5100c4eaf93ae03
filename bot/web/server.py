"""The dashboard served: an aiohttp runner on host:port, in whichever event loop starts it."""

from __future__ import annotations

import logging
import socket
from dataclasses import replace

from aiohttp import web

from bot.web.app import make_app
from bot.web.site import Site

log = logging.getLogger(__name__)


class Dashboard:
    """The dashboard on host:port. `site.public_url` empty means "where it listens": the port is bound first,
    so that port 0 (any free one, in tests and the demo) still gives sign-in links that work."""

    def __init__(self, site: Site, host: str, port: int) -> None:
        self.site, self.host, self.port = site, host, port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen and serve; OSError if the address cannot be had (the port taken, say)."""
        sock = socket.create_server((self.host, self.port))
        self.port = sock.getsockname()[1]
        if not self.site.public_url:
            self.site = replace(self.site, public_url=f"http://{self.host}:{self.port}")
        runner = web.AppRunner(make_app(self.site), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.SockSite(runner, sock).start()
        except BaseException:
            await runner.cleanup()
            sock.close()
            raise
        self._runner = runner
        log.info("the dashboard is served on http://%s:%s", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
