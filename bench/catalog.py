"""Catalog benchmark: `products(first: 50)` against a bare graphql-core + raw SQL baseline.

Both servers run one uvicorn worker on the same SQLite file, with 50 active
products in stock. A load generator in a separate process drives each for
the same time at the same concurrency. Prints throughput, p50/p95/p99 and the
SQL statements per request of each, and Fenxiao's throughput as a ratio of
the baseline's. Run: `make bench` (or python -m bench.catalog --seconds 10).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from core import db
from core.migrations import upgrade
from core.plugins import PluginManager
from core.settings import PROJECT_DIR, Settings

QUERY = "query Catalog { products(first: 50) { edges { node { id sku title price { amount currency } available } } } }"
MERCHANT = "bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def prepare(path: Path) -> int:
    """A migrated database with the bench merchant; returns Fenxiao's SQL statements per catalog request."""
    from core.app import create_app
    from core.models import Product, StockReason, User, Warehouse
    from core.services import accounts, stock

    manager = PluginManager.discover()
    settings = Settings(env="development", database_url=f"sqlite://{path}")
    await upgrade(db.tortoise_config(settings, manager), manager)
    await db.init(db.tortoise_config(settings, manager))
    try:
        owner = await User.create(email="bench@example.com", password_hash="-")
        merchant = await accounts.create_merchant(owner, MERCHANT, "Bench")
        warehouse = await Warehouse.create(merchant_id=merchant.id, code="main", name="Main")
        for i in range(50):
            product = await Product.create(merchant_id=merchant.id, sku=f"SKU-{i:03d}", title=f"Product {i}", price=1000 + i)
            await stock.adjust(merchant.id, product.id, warehouse.id, 100, StockReason.RECEIPT, owner.id)
        app = create_app(settings, manager, manage_db=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            response = await client.post("/graphql", json={"query": QUERY}, headers={"X-Merchant": MERCHANT})
            body = response.json()
            assert "errors" not in body and len(body["data"]["products"]["edges"]) == 50, body
            # +1: the merchant lookup of the request context runs before the operation is counted
            return body["extensions"]["queries"] + 1
    finally:
        await db.close()


def wait_ready(port: int, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            response = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": QUERY}, headers={"X-Merchant": MERCHANT}, timeout=2)
            if response.status_code == 200 and "errors" not in response.json():
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not answer the catalog query")


def serve(command: list[str], env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(command, env=env, cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_ready(port)
    except RuntimeError:
        process.terminate()
        raise RuntimeError(f"{' '.join(command)} did not start: {process.communicate(timeout=10)[1][-2000:]}") from None
    return process


def load(port: int, concurrency: int, seconds: float) -> dict:
    output = subprocess.run(
        [sys.executable, "-m", "bench.load", f"http://127.0.0.1:{port}/graphql", QUERY, MERCHANT, str(concurrency), str(seconds)],
        cwd=PROJECT_DIR, check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "bench.sqlite3"
        fenxiao_queries = asyncio.run(prepare(path))
        env = {**os.environ, "DATABASE_URL": f"sqlite://{path}", "FENXIAO_ENV": "production",
               "FENXIAO_SECRET_KEY": "bench-secret-bench-secret-bench-secret"}
        results = {}
        for name, command, queries in (
            ("baseline (graphql-core + raw SQL)", [sys.executable, "-m", "bench.baseline_catalog", str(path)], 2),
            ("fenxiao", [sys.executable, "-m", "core.cli", "serve", "--log-level", "warning"], fenxiao_queries),
        ):
            port = free_port()
            process = serve([*command, *(["--port", str(port)] if name == "fenxiao" else [str(port)])], env, port)
            try:
                load(port, args.concurrency, 1)  # warm-up
                results[name] = {**load(port, args.concurrency, args.seconds), "queries": queries}
            finally:
                process.terminate()
                process.wait(timeout=10)

    print(f"\ncatalog: products(first: 50) with price and stock; SQLite, 1 worker; "
          f"{args.concurrency} concurrent clients for {args.seconds:g}s each\n")
    print(f"{'server':<36}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}{'SQL/req':>9}")
    for name, figures in results.items():
        print(f"{name:<36}{figures['rps']:>9}{figures['p50']:>9}{figures['p95']:>9}{figures['p99']:>9}{figures['errors']:>8}{figures['queries']:>9}")
    baseline, fenxiao = results["baseline (graphql-core + raw SQL)"], results["fenxiao"]
    print(f"\nfenxiao / baseline throughput: {fenxiao['rps'] / baseline['rps']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
