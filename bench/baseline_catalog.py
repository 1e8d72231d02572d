"""The baseline for the catalog benchmark: the same GraphQL query answered by a bare
graphql-core schema with hand-written SQL (one query for the merchant, one for the page
with stock), parse and validation cached. Served by Starlette + uvicorn like Fenxiao.

Run: python -m bench.baseline_catalog <sqlite file> <port>
"""

from __future__ import annotations

import contextlib
import sys
from decimal import Decimal
from functools import lru_cache

import aiosqlite
import uvicorn
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

PAGE_SQL = """
SELECT p.id, p.sku, p.title, p.price,
       COALESCE((SELECT SUM(s.on_hand - s.reserved) FROM stock_level s WHERE s.product_id = p.id), 0) AS available
FROM product p WHERE p.merchant_id = ? AND p.status = 'active' ORDER BY p.id LIMIT ?
"""

Money = GraphQLObjectType("Money", {
    "amount": GraphQLField(GraphQLNonNull(GraphQLString), resolve=lambda m, _: str(Decimal(m["minor"]).scaleb(-2))),
    "currency": GraphQLField(GraphQLNonNull(GraphQLString), resolve=lambda m, _: m["currency"]),
    "minor": GraphQLField(GraphQLNonNull(GraphQLInt), resolve=lambda m, _: m["minor"]),
})
Product = GraphQLObjectType("Product", {
    "id": GraphQLField(GraphQLNonNull(GraphQLString), resolve=lambda p, _: p["gid"]),
    "sku": GraphQLField(GraphQLNonNull(GraphQLString)),
    "title": GraphQLField(GraphQLNonNull(GraphQLString)),
    "price": GraphQLField(GraphQLNonNull(Money), resolve=lambda p, _: {"minor": p["price"], "currency": p["currency"]}),
    "available": GraphQLField(GraphQLNonNull(GraphQLInt)),
})
Edge = GraphQLObjectType("ProductEdge", {"node": GraphQLField(GraphQLNonNull(Product), resolve=lambda e, _: e)})
Connection = GraphQLObjectType("ProductConnection", {
    "edges": GraphQLField(GraphQLNonNull(GraphQLList(GraphQLNonNull(Edge))), resolve=lambda rows, _: rows),
})


def make_schema(db: aiosqlite.Connection) -> GraphQLSchema:
    import base64

    async def products(_root, info, first: int = 20):
        cursor = await db.execute("SELECT id, currency FROM merchant WHERE slug = ?", (info.context["merchant"],))
        merchant = await cursor.fetchone()
        cursor = await db.execute(PAGE_SQL, (merchant["id"], first))
        rows = [dict(row) for row in await cursor.fetchall()]
        for row in rows:
            row["gid"] = base64.urlsafe_b64encode(f"Product:{row['id']}".encode()).decode().rstrip("=")
            row["currency"] = merchant["currency"]
        return rows

    query = GraphQLObjectType("Query", {
        "products": GraphQLField(GraphQLNonNull(Connection), args={"first": GraphQLArgument(GraphQLInt)}, resolve=products),
    })
    return GraphQLSchema(query=query)


def create_app(path: str) -> Starlette:
    state: dict = {}

    @lru_cache(maxsize=1024)
    def checked(source: str):
        document = parse(source)
        return document, validate(state["schema"], document)

    async def graphql(request: Request) -> JSONResponse:
        body = await request.json()
        document, errors = checked(body["query"])
        if errors:
            return JSONResponse({"errors": [e.formatted for e in errors]})
        result = await execute(state["schema"], document, context_value={"merchant": request.headers.get("x-merchant")},
                               variable_values=body.get("variables"))
        payload = {"data": result.data}
        if result.errors:
            payload["errors"] = [e.formatted for e in result.errors]
        return JSONResponse(payload)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        db = await aiosqlite.connect(path)
        db.row_factory = aiosqlite.Row
        state["db"], state["schema"] = db, make_schema(db)
        yield
        await db.close()

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"])], lifespan=lifespan)


if __name__ == "__main__":
    uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
