"""The ASGI application: GraphQL at /graphql (GraphiQL in development), /health.

`create_app()` builds everything explicitly: settings, plugin manager, schema,
and (unless the caller manages the database, as the tests do) Tortoise in
the app's lifespan.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from tortoise.timezone import now as utcnow
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route
from strawberry.asgi import GraphQL
from cross_web import HTTPException

from fenxiao.core import db, media
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.gateways import accounts as gateway_accounts
from fenxiao.core.models import Merchant, PaymentStatus
from fenxiao.core.models.base import fits
from fenxiao.core.payments import BadWebhook, WebhookResult
from fenxiao.core.services import orders, payouts
from fenxiao.core.plugins import PluginManager
from fenxiao.core.ratelimit import LoginLimiter
from fenxiao.core.settings import Settings
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.schema import FenxiaoSchema, build_schema, pages
from fenxiao.schema.context import Context, build_context
from fenxiao.schema.http import RequestRefused, decode_body, error_response, unexpected

log = logging.getLogger("fenxiao.payments")


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
        self.limiter = LoginLimiter(settings)

    async def render_graphql_ide(self, request: Any) -> Any:
        """GraphiQL as built into the package (schema/pages.py): nothing is loaded from a CDN."""
        return pages.page("graphiql.html")

    async def get_context(self, request: Any, response: Any) -> Context:
        return await build_context(self.settings, self.manager, request.headers, request, response, self.limiter)

    def decode_json(self, data: str | bytes) -> object:
        """Strict UTF-8 JSON within the limits of schema/http.py (strawberry's documented hook)."""
        return decode_body(data, self.settings.max_batch)

    async def run(self, request: Any, context: Any = None, root_value: Any = None) -> Any:
        """Every refusal of the request as a whole is JSON with a code, as GraphQL's own errors are."""
        try:
            if context is None and root_value is None:
                return await super().run(request)
            return await super().run(request, context=context, root_value=root_value)
        except RequestRefused as refused:
            return refused.response()
        except BodyTooLarge:
            raise  # BodyLimit answers it
        except HTTPException as error:
            return error_response(error.status_code, "BAD_REQUEST", error.reason)
        except Exception as error:  # noqa: BLE001 - the context (headers, token, merchant) could not be built
            return unexpected(error)


def payment_webhook(manager: PluginManager):
    """POST /payments/<gateway>/webhook: a payment provider reports a payment's outcome."""

    async def handle(request: Request) -> JSONResponse:
        gateway = manager.gateways().get(request.path_params["gateway"])
        parse = getattr(gateway, "parse_webhook", None)
        if parse is None:
            return JSONResponse({"error": "no such gateway with webhooks"}, status_code=404)
        try:
            result: WebhookResult = await parse(request.headers, await request.body())
        except BadWebhook as error:
            return JSONResponse({"error": str(error) or "bad webhook"}, status_code=400)
        merchant = await Merchant.get_or_none(slug=result.merchant_slug) if fits(Merchant, "slug", result.merchant_slug) else None
        if merchant is None:
            return JSONResponse({"error": "no such merchant"}, status_code=404)
        hooks = await manager.context(merchant, None)
        try:
            async with unit_of_work():
                payment = await orders.settle_gateway_payment(hooks, gateway.name, result.reference, result.paid)
        except DomainError as error:
            return JSONResponse({"error": error.message, "code": error.code}, status_code=404 if error.code == "NOT_FOUND" else 409)
        return JSONResponse({"status": PaymentStatus(payment.status).value})

    return handle


def account_webhook(manager: PluginManager, settings: Settings):
    """POST /payments/<gateway>/<merchant>/webhook: a provider where the merchant has an account of its own
    reports a payment. Its signature is checked with that account's keys before anything is read; an
    authentic notice is applied once; whatever is refused changes nothing and is logged (never the body)."""

    async def handle(request: Request) -> Response:
        gateway = manager.gateways().get(request.path_params["gateway"])
        slug = request.path_params["merchant"]
        if gateway is None or not hasattr(gateway, "notice"):
            return JSONResponse({"error": "no such gateway"}, status_code=404)
        merchant = await Merchant.get_or_none(slug=slug) if fits(Merchant, "slug", slug) else None
        if merchant is None:
            return JSONResponse({"error": "no such merchant"}, status_code=404)
        hooks = await manager.context(merchant, None)
        try:
            account = await gateway.account(merchant.id, settings.secret_key)
            notice = gateway.notice(account, request.headers, await request.body(), utcnow())
            async with unit_of_work():
                if notice.kind == "refund":
                    await orders.apply_refund_notice(hooks, gateway.name, notice)
                elif notice.kind == "payout":
                    await payouts.apply_notice(hooks, gateway.name, notice)
                else:
                    await orders.apply_notice(hooks, gateway.name, notice)
        except (BadWebhook, DomainError) as refused:
            log.warning("%s notification for merchant %s refused: %s", gateway.name, merchant.slug, getattr(refused, "message", refused))
            status, body, media = gateway.acknowledge(False)
            return Response(body, status_code=status, media_type=media)
        status, body, media = gateway.acknowledge(True)
        return Response(body, status_code=status, media_type=media)

    return handle


class BodyLimit:
    """Refuse request bodies over `limit` bytes (`uploads` for file uploads) with 413, whether or not they
    announce their length."""

    def __init__(self, app: Any, limit: int, uploads: int | None = None) -> None:
        self.app, self.default, self.uploads = app, limit, uploads or limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.uploads if scope.get("path") == "/media" else self.default
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return await self._refuse(send)
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except BodyTooLarge:
            await self._refuse(send)

    async def _refuse(self, send: Any) -> None:
        body = b'{"errors": [{"message": "request body too large", "extensions": {"code": "LIMIT_EXCEEDED"}}]}'
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


def media_upload(settings: Settings, manager: PluginManager, storage: media.LocalMedia):
    """POST /media: a signed-in member of the merchant uploads an image (the raw bytes as the body, with the usual
    Authorization and X-Merchant headers); the answer is its key, to attach (evidence of an after-sales case)."""

    async def handle(request: Request) -> JSONResponse:
        ctx = await build_context(settings, manager, request.headers, request)
        if ctx.user is None or ctx.merchant is None or not ctx.roles:  # a member of the merchant, any role
            reason = ctx.auth_error or "sign in, and name a merchant you belong to (X-Merchant)"
            return error_response(401, "UNAUTHENTICATED", reason)
        data = await request.body()
        if len(data) > settings.media_max_bytes:
            return error_response(413, "LIMIT_EXCEEDED", f"at most {settings.media_max_bytes} bytes")
        try:
            key = await asyncio.to_thread(storage.save, ctx.merchant.id, ctx.user.id, data)
        except DomainError as refused:
            if refused.code == ErrorCode.LIMIT_EXCEEDED.name:
                return error_response(429, "LIMIT_EXCEEDED", refused.message)
            return error_response(415, "UNSUPPORTED_MEDIA_TYPE", refused.message)
        return JSONResponse({"key": key, "contentType": media.TYPES[key.rsplit(".", 1)[1]], "size": len(data),
                             "url": media.link(settings.secret_key, key)}, status_code=201)

    return handle


def media_file(settings: Settings, storage: media.LocalMedia):
    """GET /media/<key>?token=…: a file, for whoever holds a link the API handed out (it expires)."""

    async def handle(request: Request) -> Response:
        key = request.path_params["key"]
        found = storage.path(key) if media.allowed(settings.secret_key, key, request.query_params.get("token", "")) else None
        if found is None:
            return error_response(404, "NOT_FOUND", "no such file, or the link expired")
        return FileResponse(found, media_type=media.TYPES[found.suffix[1:]], headers={"Cache-Control": "private, max-age=3600",
                                                                                     "X-Content-Type-Options": "nosniff"})

    return handle


async def health(request: Request) -> JSONResponse:
    try:
        await db.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - a health check reports, it does not raise
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


def _cors(settings: Settings) -> list[Middleware]:
    """Pages of the configured origins (a console served elsewhere) may call the API; no origin is allowed unless
    named. Tokens travel in the Authorization header, never cookies: no credentials mode."""
    if not settings.cors_origins:
        return []
    return [Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["Authorization", "Content-Type", "X-Merchant", "Accept-Language"], max_age=600)]


def create_app(settings: Settings | None = None, manager: PluginManager | None = None,
               schema: FenxiaoSchema | None = None, manage_db: bool = True) -> Starlette:
    settings = settings or Settings.from_env()
    settings.check()
    gateway_accounts.serve_with(settings)
    manager = manager or PluginManager.discover()
    schema = schema or build_schema(manager, settings)
    if settings.debug_queries:
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
    storage = media.LocalMedia(settings.media_dir)
    app = Starlette(
        middleware=[*_cors(settings), Middleware(BodyLimit, limit=settings.max_body_bytes, uploads=settings.media_max_bytes + 1)],
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Route("/payments/{gateway}/webhook", payment_webhook(manager), methods=["POST"]),
            Route("/payments/{gateway}/{merchant}/webhook", account_webhook(manager, settings), methods=["POST"]),
            Route("/media", media_upload(settings, manager, storage), methods=["POST"]),
            Route("/media/{key:path}", media_file(settings, storage), methods=["GET"]),
            Route("/health", health),
            *pages.routes(),
        ],
        lifespan=lifespan,
    )
    app.state.settings, app.state.manager, app.state.schema = settings, manager, schema
    return app
