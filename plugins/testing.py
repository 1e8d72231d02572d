"""Pytest fixtures and a GraphQL client for a plugin's own tests (and Fenxiao's).

Install `fenxiao[testing]`, then in your plugin's `tests/conftest.py`:

    pytest_plugins = ["fenxiao.plugins.testing"]

and a test gets a migrated database with every installed plugin, the app, and a client:

    async def test_greets(fenxiao_api):
        shop = await fenxiao_api.merchant()
        await fenxiao_api.enable(shop, "hello", {"greeting": "您好"})
        data = await fenxiao_api.ok('{ hello(name: "王") }', merchant=shop["slug"])
        assert data["hello"] == "您好, 王"

Each test gets a database of its own: SQLite by default, migrated once per session from every
installed app's migrations and copied per test; set `FENXIAO_TEST_DATABASE_URL` to a PostgreSQL
server's URL (`postgres://user:pass@host/any`) to run on PostgreSQL instead (a database per test,
created and dropped on that server).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from fenxiao.core import db
from fenxiao.core.migrator import upgrade
from fenxiao.core.plugins import PluginManager
from fenxiao.core.settings import Settings

SECRET = "fenxiao-plugin-tests-secret-not-for-production"


def settings_for(database_url: str) -> Settings:
    # A plugin's tests register many accounts from one address: no registration limit in the way.
    return Settings(env="test", database_url=database_url, secret_key=SECRET, register_attempts_per_address="100000/minute")


@pytest.fixture(scope="session")
def fenxiao_manager() -> PluginManager:
    """Every installed plugin (built-in and yours), found through their entry points."""
    return PluginManager.discover()


@pytest.fixture(scope="session")
def fenxiao_template(tmp_path_factory: pytest.TempPathFactory, fenxiao_manager: PluginManager) -> Path:
    """A SQLite database migrated once per session (every app's migrations), copied for each test."""
    path = tmp_path_factory.mktemp("fenxiao") / "template.sqlite3"
    url = f"sqlite://{path}"
    asyncio.run(upgrade(db.tortoise_config(settings_for(url), fenxiao_manager, url), fenxiao_manager))
    return path


async def _postgres(server_url: str, name: str, drop: bool = False) -> str:
    import asyncpg

    base, _, _ = server_url.rpartition("/")
    connection = await asyncpg.connect(f"{base}/postgres".replace("postgres://", "postgresql://", 1))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}"' if drop else f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return f"{base}/{name}"


@pytest.fixture
async def fenxiao_database(tmp_path: Path, fenxiao_manager: PluginManager, fenxiao_template: Path):
    """A fresh, migrated database for one test, with Tortoise started on it; yields its URL."""
    server = os.environ.get("FENXIAO_TEST_DATABASE_URL")
    name = None
    if server:
        name = f"fenxiao_plugin_test_{uuid.uuid4().hex[:12]}"
        url = await _postgres(server, name)
        await upgrade(db.tortoise_config(settings_for(url), fenxiao_manager, url), fenxiao_manager)
    else:
        path = tmp_path / "test.sqlite3"
        shutil.copy(fenxiao_template, path)
        url = f"sqlite://{path}"
    await db.init(db.tortoise_config(settings_for(url), fenxiao_manager))
    fenxiao_manager.forget_all()
    try:
        yield url
    finally:
        await db.close()
        if name:
            await _postgres(server, name, drop=True)


@pytest.fixture
async def fenxiao_api(fenxiao_database: str, fenxiao_manager: PluginManager):
    """The app with every installed plugin, on the test's database, and a client for it."""
    from fenxiao.schema.app import create_app

    async with Api(create_app(settings_for(fenxiao_database), fenxiao_manager, manage_db=False)) as api:
        yield api


_serial = itertools.count(1)
PASSWORD = "correct-horse-9"


def unique(prefix: str) -> str:
    return f"{prefix}{next(_serial)}"


class Api:
    """A GraphQL client (httpx over the ASGI app, or over TCP to a served one) with scenario helpers:
    sign up, make a merchant, enable a plugin, add a product with stock, place and pay an order."""

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

    async def enable(self, shop: dict, plugin: str, config: dict | None = None) -> dict:
        """Turn `plugin` on for the merchant, with these config fields (the rest keep their defaults)."""
        payload = await self.mutate("merchantPluginConfigure", {"plugin": plugin, "enabled": True, "config": config or {}},
                                    token=shop["owner"]["token"], merchant=shop["slug"], select="merchantPlugin { config warnings { field message } }")
        assert payload["errors"] == [], payload["errors"]
        return payload["merchantPlugin"]

    async def pay(self, shop: dict, order_id: str, key: str | None = None) -> dict:
        return await self.mutate("orderPay", {"orderId": order_id, "idempotencyKey": key or unique("pay-key-"), "reference": "bank-123"},
                                 token=shop["owner"]["token"], merchant=shop["slug"],
                                 select="order { status } payment { id amount { minor } status }")


ADDRESS = {"name": "Li Lei", "phone": "13800138000", "regionCode": "310104", "address": "1 Tianyaoqiao Rd"}
