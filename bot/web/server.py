"""The dashboard served: an aiohttp runner on host:port, in whichever event loop starts it."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.web.app import make_app
from bot.web.site import Site

log = logging.getLogger(__name__)


class Dashboard:
    def __init__(self, site: Site, host: str, port: int) -> None:
        self.site, self.host, self.port = site, host, port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        runner = web.AppRunner(make_app(self.site), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        log.info("the dashboard is served on %s", self.address)

    @property
    def address(self) -> str:
        """Where it listens, with the port the system gave when asked for port 0."""
        assert self._runner is not None
        host, port = self._runner.addresses[0][:2]
        return f"http://{host}:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
