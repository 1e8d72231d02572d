"""The baseline of the read benchmark: the catalog and dashboard queries answered by a bare
graphql-core schema with hand-written SQL, parse and validation cached, served by
Starlette + uvicorn like Fenxiao. It does the same work a request needs: it finds the
merchant, checks the bearer token (signature, expiry, revocation, membership) and
masks buyers' names; it has no plugins, no permissions layer and no extensions.

Run: python -m bench.baseline_reads <database url> <port> [workers]
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import sys
from decimal import Decimal
from functools import lru_cache
from typing import Any

import jwt
from graphql import (
    GraphQLArgument,
    GraphQLField,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    execute,
    parse,
    validate,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from fenxiao.core.privacy import mask_name
from fenxiao.schema.serving import serve

CATALOG_SQL = """
SELECT p.id, p.sku, p.title, p.price,
       COALESCE((SELECT SUM(s.on_hand - s.reserved) FROM stock_level s WHERE s.merchant_id = $1 AND s.product_id = p.id), 0) AS available
FROM product p WHERE p.merchant_id = $1 AND p.status = 'active' ORDER BY p.id LIMIT $2
"""
MERCHANT_SQL = "SELECT id, currency FROM merchant WHERE slug = $1"
USER_SQL = """
SELECT u.is_active, u.token_version,
       EXISTS (SELECT 1 FROM revoked_token r WHERE r.jti = $2) AS revoked,
       EXISTS (SELECT 1 FROM membership m WHERE m.merchant_id = $3 AND m.user_id = u.id AND m.is_active) AS member
FROM "user" u WHERE u.id = $1
"""
ACCOUNTS_SQL = "SELECT kind, balance FROM account WHERE merchant_id = $1 AND owner_id = $2"
WITHDRAWN_SQL = "SELECT COALESCE(SUM(amount), 0) AS total FROM withdrawal WHERE merchant_id = $1 AND member_id = $2 AND status = 'paid'"
COMMISSIONS_SQL = """
SELECT c.id, c.level, c.amount, c.state, c.created_at, o.number, u.display_name
FROM commission c JOIN "order" o ON o.id = c.order_id JOIN "user" u ON u.id = o.buyer_id
WHERE c.merchant_id = $1 AND c.beneficiary_id = $2 AND c.source = 'b2b2c_social' ORDER BY c.id DESC LIMIT $3
"""
TEAM_SQL = "SELECT team_l1, team_l2, team_l3, team_total FROM social_member WHERE merchant_id = $1 AND user_id = $2"


class Database:
    """Rows as dicts from SQLite (aiosqlite, one connection) or PostgreSQL (an asyncpg pool), `$n` placeholders."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")

    async def open(self) -> None:
        if self.sqlite:
            import aiosqlite

            self.connection = await aiosqlite.connect(self.url.split("://", 1)[1])
            self.connection.row_factory = aiosqlite.Row
        else:
            import asyncpg

            self.pool = await asyncpg.create_pool(self.url.replace("postgres://", "postgresql://"), min_size=2, max_size=10)

    async def close(self) -> None:
        await (self.connection.close() if self.sqlite else self.pool.close())

    async def fetch(self, sql: str, *args: Any) -> list[dict]:
        if self.sqlite:
            cursor = await self.connection.execute(_qmarks(sql), _expand(sql, args))
            return [dict(row) for row in await cursor.fetchall()]
        return [dict(row) for row in await self.pool.fetch(sql, *args)]


@lru_cache(maxsize=64)
def _qmarks(sql: str) -> str:
    return re.sub(r"\$\d+", "?", sql)


def _expand(sql: str, args: tuple) -> list:
    """SQLite's `?` are positional: repeat `$n` arguments in the order they appear."""
    return [args[int(n) - 1] for n in re.findall(r"\$(\d+)", sql)]


def gid(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def money(minor: int, currency: str) -> dict:
    return {"minor": minor, "currency": currency}


def non_null(t: Any) -> GraphQLNonNull:
    return GraphQLNonNull(t)


def page(node: GraphQLObjectType, name: str) -> GraphQLObjectType:
    edge = GraphQLObjectType(f"{name}Edge", {"node": GraphQLField(non_null(node), resolve=lambda e, _: e)})
    return GraphQLObjectType(f"{name}Connection", {"edges": GraphQLField(non_null(GraphQLList(non_null(edge))), resolve=lambda rows, _: rows)})


Money = GraphQLObjectType("Money", {
    "amount": GraphQLField(non_null(GraphQLString), resolve=lambda m, _: str(Decimal(m["minor"]).scaleb(-2))),
    "currency": GraphQLField(non_null(GraphQLString)),
    "minor": GraphQLField(non_null(GraphQLInt)),
})
Product = GraphQLObjectType("Product", {
    "id": GraphQLField(non_null(GraphQLString), resolve=lambda p, _: gid("Product", p["id"])),
    "sku": GraphQLField(non_null(GraphQLString)),
    "title": GraphQLField(non_null(GraphQLString)),
    "price": GraphQLField(non_null(Money), resolve=lambda p, info: money(p["price"], info.context["merchant"]["currency"])),
    "available": GraphQLField(non_null(GraphQLInt)),
})
Commission = GraphQLObjectType("SocialCommission", {
    "id": GraphQLField(non_null(GraphQLString), resolve=lambda c, _: gid("Commission", c["id"])),
    "orderNumber": GraphQLField(non_null(GraphQLString), resolve=lambda c, _: c["number"]),
    "buyer": GraphQLField(non_null(GraphQLString), resolve=lambda c, _: mask_name(c["display_name"])),
    "level": GraphQLField(non_null(GraphQLInt)),
    "amount": GraphQLField(non_null(Money), resolve=lambda c, info: money(c["amount"], info.context["merchant"]["currency"])),
    "state": GraphQLField(non_null(GraphQLString), resolve=lambda c, _: c["state"].upper()),
    "createdAt": GraphQLField(non_null(GraphQLString), resolve=lambda c, _: str(c["created_at"])),
})


def _balance(kind: str) -> GraphQLField:
    return GraphQLField(non_null(Money), resolve=lambda w, info: money(w.get(kind, 0), info.context["merchant"]["currency"]))


Wallet = GraphQLObjectType("Wallet", {kind: _balance(kind) for kind in ("pending", "frozen", "available", "withdrawn")})
Team = GraphQLObjectType("SocialTeamCounts", {
    "level1": GraphQLField(non_null(GraphQLInt), resolve=lambda t, _: t["team_l1"]),
    "level2": GraphQLField(non_null(GraphQLInt), resolve=lambda t, _: t["team_l2"]),
    "level3": GraphQLField(non_null(GraphQLInt), resolve=lambda t, _: t["team_l3"]),
    "total": GraphQLField(non_null(GraphQLInt), resolve=lambda t, _: t["team_total"]),
})
Profile = GraphQLObjectType("SocialProfile", {"team": GraphQLField(non_null(Team), resolve=lambda row, _: row)})


def _user(info: Any) -> int:
    user_id = info.context["user_id"]
    if user_id is None:
        raise PermissionError("sign in")
    return user_id


async def resolve_products(_root: Any, info: Any, first: int = 20) -> list[dict]:
    return await info.context["db"].fetch(CATALOG_SQL, info.context["merchant"]["id"], min(first, 100))


async def resolve_wallet(_root: Any, info: Any) -> dict:
    db, merchant_id, user_id = info.context["db"], info.context["merchant"]["id"], _user(info)
    balances = {row["kind"]: row["balance"] for row in await db.fetch(ACCOUNTS_SQL, merchant_id, user_id)}
    balances["withdrawn"] = (await db.fetch(WITHDRAWN_SQL, merchant_id, user_id))[0]["total"]
    return balances


async def resolve_commissions(_root: Any, info: Any, first: int = 20) -> list[dict]:
    return await info.context["db"].fetch(COMMISSIONS_SQL, info.context["merchant"]["id"], _user(info), min(first, 100))


async def resolve_profile(_root: Any, info: Any) -> dict:
    return (await info.context["db"].fetch(TEAM_SQL, info.context["merchant"]["id"], _user(info)))[0]


SCHEMA = GraphQLSchema(query=GraphQLObjectType("Query", {
    "products": GraphQLField(non_null(page(Product, "Product")), args={"first": GraphQLArgument(GraphQLInt)}, resolve=resolve_products),
    "wallet": GraphQLField(non_null(Wallet), resolve=resolve_wallet),
    "socialMyCommissions": GraphQLField(non_null(page(Commission, "SocialCommission")), args={"first": GraphQLArgument(GraphQLInt)},
                                        resolve=resolve_commissions),
    "socialMe": GraphQLField(non_null(Profile), resolve=resolve_profile),
}))


@lru_cache(maxsize=1024)
def checked(source: str) -> tuple[Any, list]:
    document = parse(source)
    return document, validate(SCHEMA, document)


async def authenticate(db: Database, merchant: dict, authorization: str) -> int | None:
    if not authorization.lower().startswith("bearer "):
        return None
    try:
        claims = jwt.decode(authorization[7:], os.environ["FENXIAO_SECRET_KEY"], algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        return None
    rows = await db.fetch(USER_SQL, int(claims["sub"]), claims.get("jti", ""), merchant["id"])
    if not rows or not rows[0]["is_active"] or rows[0]["token_version"] != claims["ver"] or rows[0]["revoked"] or not rows[0]["member"]:
        return None
    return int(claims["sub"])


def create_app(url: str | None = None) -> Starlette:
    db = Database(url or os.environ["BENCH_DATABASE_URL"])

    async def graphql(request: Request) -> JSONResponse:
        body = await request.json()
        document, errors = checked(body["query"])
        if errors:
            return JSONResponse({"errors": [e.formatted for e in errors]})
        merchants = await db.fetch(MERCHANT_SQL, request.headers.get("x-merchant", ""))
        if not merchants:
            return JSONResponse({"errors": [{"message": "no such merchant"}]})
        user_id = await authenticate(db, merchants[0], request.headers.get("authorization", ""))
        result = await execute(SCHEMA, document, context_value={"db": db, "merchant": merchants[0], "user_id": user_id},
                               variable_values=body.get("variables"))
        payload: dict = {"data": result.data}
        if result.errors:
            payload["errors"] = [e.formatted for e in result.errors]
        return JSONResponse(payload)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await db.open()
        yield
        await db.close()

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"])], lifespan=lifespan)


if __name__ == "__main__":
    os.environ["BENCH_DATABASE_URL"] = sys.argv[1]
    sys.exit(serve("bench.baseline_reads:create_app", "127.0.0.1", int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1, "warning"))
