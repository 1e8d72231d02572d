"""The ASGI application: GraphQL at /graphql (GraphiQL in development), /health.

`create_app()` builds everything explicitly: settings, plugin manager, schema,
and (unless the caller manages the database, as the tests do) Tortoise in
the app's lifespan.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from strawberry.asgi import GraphQL

from core import db
from core.plugins import PluginManager
from core.settings import Settings
from schema import FenxiaoSchema, build_schema
from schema.context import Context, build_context


class FenxiaoGraphQL(GraphQL):
    def __init__(self, schema: FenxiaoSchema, settings: Settings, manager: PluginManager) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql else None,
            allow_queries_via_get=False,
            multipart_uploads_enabled=False,
        )
        self.settings = settings
        self.manager = manager

    async def get_context(self, request: Any, response: Any) -> Context:
        return await build_context(self.settings, self.manager, request.headers, request, response)


async def health(request: Request) -> JSONResponse:
    try:
        await db.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - a health check reports, it does not raise
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


def create_app(settings: Settings | None = None, manager: PluginManager | None = None,
               schema: FenxiaoSchema | None = None, manage_db: bool = True) -> Starlette:
    settings = settings or Settings.from_env()
    settings.check()
    manager = manager or PluginManager.discover()
    schema = schema or build_schema(manager, settings)
    if not settings.production:
        db.enable_query_counting()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_db:
            await db.init(db.tortoise_config(settings, manager))
        try:
            yield
        finally:
            if manage_db:
                await db.close()

    graphql = FenxiaoGraphQL(schema, settings, manager)
    app = Starlette(
        routes=[Route("/graphql", graphql, methods=["GET", "POST"]), Route("/health", health)],
        lifespan=lifespan,
    )
    app.state.settings, app.state.manager, app.state.schema = settings, manager, schema
    return app
