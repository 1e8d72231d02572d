"""A small GraphQL client for the tests (httpx over the ASGI app, or over TCP to a served one), with scenario helpers."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

_serial = itertools.count(1)
PASSWORD = "correct-horse-9"


def unique(prefix: str) -> str:
    return f"{prefix}{next(_serial)}"


class Api:
    def __init__(self, app: Any = None, base_url: str | None = None, timeout: float = 30) -> None:
        """In process (`app`), or against a real server at `base_url`."""
        self.app = app
        transport = httpx.ASGITransport(app=app) if app is not None else None
        self.http = httpx.AsyncClient(transport=transport, base_url=base_url or "http://test", timeout=timeout)

    async def __aenter__(self) -> Api:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.http.aclose()

    async def raw(self, query: str, variables: dict | None = None, token: str | None = None,
                  merchant: str | None = None, **kwargs: Any) -> httpx.Response:
        headers = {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if merchant:
            headers["X-Merchant"] = merchant
        return await self.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers, **kwargs)

    async def gql(self, query: str, variables: dict | None = None, token: str | None = None, merchant: str | None = None) -> dict:
        response = await self.raw(query, variables, token, merchant)
        assert response.status_code == 200, response.text
        return response.json()

    async def ok(self, query: str, variables: dict | None = None, token: str | None = None, merchant: str | None = None) -> dict:
        """Data of a query that must succeed: no GraphQL errors, and no payload errors at the top level."""
        body = await self.gql(query, variables, token, merchant)
        assert not body.get("errors"), body["errors"]
        for value in body["data"].values():
            if isinstance(value, dict) and "errors" in value:
                assert value["errors"] == [], value["errors"]
        return body["data"]

    async def mutate(self, name: str, input: dict, token: str | None = None, merchant: str | None = None, select: str = "") -> dict:
        """Run mutation `name(input:)` and return its payload (errors included, not asserted)."""
        input_type = name[0].upper() + name[1:] + "Input"
        body = await self.gql(f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ errors {{ field code message }} {select} }} }}",
                              {"input": input}, token, merchant)
        assert not body.get("errors"), body["errors"]
        return body["data"][name]

    # --- scenario helpers ---

    async def register(self, email: str | None = None, password: str = PASSWORD, merchant: str | None = None, **extra: Any) -> dict:
        email = email or f"{unique('user')}@example.com"
        payload = await self.mutate("accountRegister", {"email": email, "password": password, **extra}, merchant=merchant,
                                    select="token user { id }")
        assert payload["errors"] == [], payload["errors"]
        return {"email": email, "token": payload["token"], "id": payload["user"]["id"]}

    async def merchant(self, owner: dict | None = None, slug: str | None = None, **settings: Any) -> dict:
        owner = owner or await self.register()
        slug = slug or unique("shop-")
        payload = await self.mutate("merchantCreate", {"slug": slug, "name": f"Shop {slug}"}, token=owner["token"], select="merchant { slug }")
        assert payload["errors"] == [], payload["errors"]
        if settings:
            updated = await self.mutate("merchantUpdate", settings, token=owner["token"], merchant=slug)
            assert updated["errors"] == [], updated["errors"]
        return {"slug": slug, "owner": owner}

    async def product(self, shop: dict, price: int = 10000, stock: int = 10, **fields: Any) -> dict:
        token, slug = shop["owner"]["token"], shop["slug"]
        created = await self.mutate("productCreate", {"sku": unique("SKU-"), "title": "Tea", "price": price, **fields},
                                    token=token, merchant=slug, select="product { id sku }")
        assert created["errors"] == [], created["errors"]
        product = created["product"]
        if stock:
            warehouse = await self.warehouse(shop)
            adjusted = await self.mutate("stockAdjust", {"productId": product["id"], "warehouseId": warehouse, "delta": stock},
                                         token=token, merchant=slug)
            assert adjusted["errors"] == [], adjusted["errors"]
        return product

    async def warehouse(self, shop: dict) -> str:
        if "warehouse" not in shop:
            created = await self.mutate("warehouseCreate", {"code": "main", "name": "Main warehouse"},
                                        token=shop["owner"]["token"], merchant=shop["slug"], select="warehouse { id }")
            assert created["errors"] == [], created["errors"]
            shop["warehouse"] = created["warehouse"]["id"]
        return shop["warehouse"]

    async def place(self, shop: dict, buyer: dict, lines: list[tuple[str, int]], **extra: Any) -> dict:
        payload = await self.mutate("orderPlace", {
            "lines": [{"productId": p, "quantity": q} for p, q in lines],
            "shippingAddress": ADDRESS, **extra,
        }, token=buyer["token"], merchant=shop["slug"], select="order { id number status total { minor } lines { id quantity total { minor } } }")
        return payload

    async def pay(self, shop: dict, order_id: str, key: str | None = None) -> dict:
        return await self.mutate("orderPay", {"orderId": order_id, "idempotencyKey": key or unique("pay-key-"), "reference": "bank-123"},
                                 token=shop["owner"]["token"], merchant=shop["slug"],
                                 select="order { status } payment { id amount { minor } status }")


ADDRESS = {"name": "Li Lei", "phone": "13800138000", "regionCode": "310104", "address": "1 Tianyaoqiao Rd"}
