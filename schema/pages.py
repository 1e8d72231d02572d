"""The web pages the package serves: the merchant console at /console/ and GraphiQL at /graphql.

Both are built by Vite from schema/web/ into schema/web/dist/ (`make console`; `make run` and `make test` build
when the sources changed) and ship inside the Python package, so an installed wheel serves them without Node.js
and no page loads anything from another host. The console uses hash routes (/console/#/orders): the server
serves one index.html and the hashed assets, nothing per page.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

DIST = Path(__file__).parent / "web" / "dist"
NOT_BUILT = ("<!doctype html><meta charset=utf-8><title>Fenxiao</title><p>The web pages are not built. In a checkout, "
             "run <code>make console</code> (Node.js 20); an installed package has them built in.</p>")


class Assets(StaticFiles):
    """The built files: the hashed assets cached for good, the pages always revalidated."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        immutable = path.startswith("assets/") and response.status_code == 200
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable" if immutable else "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def page(name: str) -> HTMLResponse:
    """A built page, or a note saying how to build it (503: the server works, the page is missing)."""
    built = DIST / name
    if not built.is_file():
        return HTMLResponse(NOT_BUILT, status_code=503)
    return HTMLResponse(built.read_text(encoding="utf-8"), headers={"Cache-Control": "no-cache"})


async def _console_index(request: Request) -> Response:
    return page("index.html")


async def _home(request: Request) -> Response:
    return RedirectResponse("/console/", status_code=307)


def routes() -> list[Route | Mount]:
    return [
        Route("/", _home, methods=["GET"]),
        Route("/console", _home, methods=["GET"]),
        Route("/console/", _console_index, methods=["GET"]),
        Mount("/console", app=Assets(directory=DIST, check_dir=False), name="console"),
    ]
