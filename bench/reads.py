"""Read benchmark: the storefront catalog page and a distributor's dashboard, against bench/baseline_reads.py.

The database is the demo merchant (`fenxiao demo`: every built-in mode enabled, a
300-member network with orders and commissions) topped up to 50 products in stock.
Each server answers from its own process (one worker on SQLite, two on PostgreSQL);
bench/load.py drives it from another. Both servers' answers are compared first,
so the two do the same work. After the read runs, the resident memory of one
Fenxiao worker is read from /proc.

Run alone: python -m bench.reads [--seconds 10] [--concurrency 16]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

import httpx

from bench.harness import MERCHANT, SECRET, Section, Served, env_for, load, new_database, postgres, ratio, run_alone, run_cli, verdict
from fenxiao.core.demo import PASSWORD

CATALOG = "query Catalog { products(first: 50) { edges { node { id sku title price { amount currency } available } } } }"
DASHBOARD = """query Dashboard {
  wallet { pending { amount } frozen { amount } available { amount } withdrawn { amount } }
  socialMyCommissions(first: 20) { edges { node { id orderNumber buyer level amount { amount } state } } }
  socialMe { team { level1 level2 level3 total } }
}"""
DISTRIBUTOR = "social0@demo.fenxiao.dev"
TARGET = 0.9
MEMORY_TARGET_MB = 200


async def _top_up(database_url: str) -> None:
    """50 active products in stock for the catalog page."""
    from fenxiao.core import db
    from fenxiao.core.models import Merchant, Product, ProductStatus, StockReason, Warehouse
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.services import stock
    from fenxiao.core.settings import Settings
    from fenxiao.core.unit_of_work import unit_of_work

    manager = PluginManager.discover()
    await db.init(db.tortoise_config(Settings(database_url=database_url), manager))
    try:
        merchant = await Merchant.get(slug=MERCHANT)
        warehouse = await Warehouse.filter(merchant_id=merchant.id).order_by("id").first()
        active = await Product.filter(merchant_id=merchant.id, status=ProductStatus.ACTIVE).count()
        async with unit_of_work():
            for i in range(active, 50):
                product = await Product.create(merchant_id=merchant.id, sku=f"BENCH-{i:03d}", title=f"Bench product {i}", price=1000 + i)
                await stock.adjust(merchant.id, product.id, warehouse.id, 1000, StockReason.RECEIPT, None, "benchmark stock")
    finally:
        await db.close()


def prepare(database_url: str) -> None:
    run_cli("demo", database_url=database_url)
    asyncio.run(_top_up(database_url))


def token(url: str) -> str:
    mutation = "mutation($i: TokenCreateInput!) { tokenCreate(input: $i) { token errors { code message } } }"
    body = httpx.post(url, json={"query": mutation, "variables": {"i": {"login": DISTRIBUTOR, "password": PASSWORD}}},
                      headers={"X-Merchant": MERCHANT}, timeout=30).json()
    value = body["data"]["tokenCreate"]["token"]
    if not value:
        raise RuntimeError(f"cannot sign in as {DISTRIBUTOR}: {body}")
    return value


def _same_answers(fenxiao: Served, baseline: Served, query: str, headers: dict) -> None:
    """Both servers answer the query with the same data (the baseline does the same work)."""
    ours = httpx.post(fenxiao.url, json={"query": query}, headers=headers, timeout=30).json()
    theirs = httpx.post(baseline.url, json={"query": query}, headers=headers, timeout=30).json()
    if "errors" in ours or "errors" in theirs or ours["data"] != theirs["data"]:
        raise RuntimeError(f"the servers disagree on {query.split()[1]}:\nfenxiao {str(ours)[:1500]}\nbaseline {str(theirs)[:1500]}")


def measure(database_url: str, workers: int, seconds: float, concurrency: int) -> tuple[dict, float]:
    """Figures per (query, server), and the RSS of a Fenxiao worker after its runs."""
    figures: dict = {}
    env = env_for(database_url, BENCH_DATABASE_URL=database_url)
    probe = {"query": CATALOG}
    fenxiao = Served([sys.executable, "-m", "fenxiao.schema.cli", "serve", "--port", "{port}", "--workers", str(workers),
                      "--log-level", "warning"], env, probe, {"X-Merchant": MERCHANT})
    baseline = Served([sys.executable, "-m", "bench.baseline_reads", database_url, "{port}", str(workers)], env, probe,
                      {"X-Merchant": MERCHANT})
    with fenxiao, baseline:
        auth = {"X-Merchant": MERCHANT, "Authorization": f"Bearer {token(fenxiao.url)}"}
        for name, query, headers in (("catalog", CATALOG, {"X-Merchant": MERCHANT}), ("dashboard", DASHBOARD, auth)):
            _same_answers(fenxiao, baseline, query, headers)
            for server, served in (("baseline", baseline), ("fenxiao", fenxiao)):
                load(served.url, {"query": query}, headers, concurrency, 1)  # warm-up
                figures[name, server] = load(served.url, {"query": query}, headers, concurrency, seconds)
        rss = fenxiao.worker_rss_mb()
    return figures, rss


async def _profiles(database_url: str, requests: int = 200) -> list[str]:
    """Both servers answering each query in this process under cProfile: where a request's time goes."""
    from bench import baseline_reads
    from bench.profile import compare, describe, profile_async
    from fenxiao.core import db
    from fenxiao.schema.app import create_app
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.settings import Settings

    manager = PluginManager.discover()
    settings = Settings(env="production", database_url=database_url, secret_key=SECRET)
    os.environ["FENXIAO_SECRET_KEY"] = SECRET  # the baseline reads it from the environment, like a served process
    await db.init(db.tortoise_config(settings, manager))
    ours, theirs = create_app(settings, manager, manage_db=False), baseline_reads.create_app(database_url)
    lines = []
    try:
        async with theirs.router.lifespan_context(theirs), \
                httpx.AsyncClient(transport=httpx.ASGITransport(app=ours), base_url="http://bench") as fenxiao, \
                httpx.AsyncClient(transport=httpx.ASGITransport(app=theirs), base_url="http://bench") as baseline:
            signed = (await fenxiao.post("/graphql", headers={"X-Merchant": MERCHANT}, json={
                "query": "mutation($i: TokenCreateInput!) { tokenCreate(input: $i) { token } }",
                "variables": {"i": {"login": DISTRIBUTOR, "password": PASSWORD}}})).json()["data"]["tokenCreate"]["token"]
            auth = {"X-Merchant": MERCHANT, "Authorization": f"Bearer {signed}"}
            for name, query, headers in (("catalog", CATALOG, {"X-Merchant": MERCHANT}), ("dashboard", DASHBOARD, auth)):
                profiles = {}
                for server, client in (("fenxiao", fenxiao), ("baseline", baseline)):
                    async def work() -> None:
                        for _ in range(requests):
                            await client.post("/graphql", json={"query": query}, headers=headers)

                    await work()  # warm: caches filled, as after the load runs
                    profiles[server] = await profile_async(work)
                    lines.append(f"Profile, {name}, {server}: {describe(profiles[server], requests, 'request')}.")
                lines.append(f"Profile, {name}, what Fenxiao adds to the baseline: "
                             f"{compare(profiles['fenxiao'], profiles['baseline'], requests, 'request')}.")
    finally:
        await db.close()
    return lines


def run(seconds: float = 10.0, concurrency: int = 16) -> list[Section]:
    section = Section(
        "Reads: catalog page and distributor dashboard",
        f"{concurrency} concurrent clients, {seconds:g} s per run after a 1 s warm-up; baseline: graphql-core + raw SQL "
        f"(bench/baseline_reads.py); target: Fenxiao ≥ {TARGET}× the baseline's throughput.",
        ["database", "query", "server", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "vs baseline", "target"],
    )
    memory = Section("Memory", "Resident memory of one Fenxiao worker (all plugins) after the read runs; target < 200 MB.",
                     ["database", "worker RSS", "target"])
    with tempfile.TemporaryDirectory() as scratch, postgres() as dsn:
        backends = [("SQLite, 1 worker", f"sqlite://{Path(scratch) / 'reads.sqlite3'}", 1)]
        if dsn:
            backends.append(("PostgreSQL, 2 workers", new_database(dsn, "bench_reads"), 2))
        else:
            section.notes.append("PostgreSQL is not installed here: its rows are missing.")
        for label, url, workers in backends:
            prepare(url)
            figures, rss = measure(url, workers, seconds, concurrency)
            for query in ("catalog", "dashboard"):
                base, ours = figures[query, "baseline"], figures[query, "fenxiao"]
                for server, f in (("baseline", base), ("fenxiao", ours)):
                    times = ratio(f["rps"], base["rps"]) if server == "fenxiao" else ""
                    met = verdict(f["rps"] >= TARGET * base["rps"]) if server == "fenxiao" else ""
                    section.rows.append([label, query, server, f["rps"], f["p50"], f["p95"], f["p99"], f["errors"], times, met])
            memory.rows.append([label, f"{rss:.0f} MB", verdict(rss < MEMORY_TARGET_MB)])
            if workers == 1:
                section.notes += asyncio.run(_profiles(url))
    return [section, memory]



if __name__ == "__main__":
    sys.exit(run_alone(run, __doc__))
