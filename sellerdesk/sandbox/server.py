"""uvicorn around a sandbox: a socket bound before serving, and a signal when it is ready.

Binding the socket ourselves gives the real port at once (port 0 = any free port), and
``startup`` below sets ``ready`` only after uvicorn has run the app's start-up and is accepting,
so callers wait on an event instead of sleeping and probing.
"""

from __future__ import annotations

import socket
import threading

import uvicorn

from .app import Sandbox


class ReadyServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.should_exit:
            self.ready.set()


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it every kept-alive reply waits 40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def make_server(sandbox: Sandbox, *, log_level: str = "warning") -> ReadyServer:
    config = uvicorn.Config(
        sandbox.asgi,
        log_level=log_level,
        log_config=None,  # leave the host process's logging set-up alone (the app embeds us)
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=3,
        timeout_keep_alive=30,
        proxy_headers=False,
        server_header=False,
    )
    return ReadyServer(config)


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
