"""Serving an ASGI app with uvicorn on one or more worker processes."""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess


def serve(factory: str, host: str, port: int, workers: int = 1, log_level: str = "info") -> int:
    """Serve the app that the import string `factory` builds; returns the exit status.

    With several workers uvicorn's supervisor makes the listening socket and the workers'
    connections miss the TCP_NODELAY that asyncio sets on sockets of its own: every response
    then waits ~40 ms for the client's delayed ACK. Set on the listening socket, every
    accepted connection inherits it.
    """
    config = uvicorn.Config(factory, factory=True, host=host, port=port, workers=workers, log_level=log_level, access_log=False)
    if workers == 1:
        server = uvicorn.Server(config)
        server.run()
        return 0 if server.started else 3
    sock = config.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
    return 0
