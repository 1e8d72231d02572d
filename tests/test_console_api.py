"""What the console reads from the API, and what every client gets with it: the admin models' metadata, the caller's
access, the dashboard figures (against the ledger, across days, time zones and refunds, in a fixed number of
statements), error messages in the caller's language, and the pages served without any other host."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import httpx
import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from fenxiao.core import analytics, db
from fenxiao.schema import pages
from fenxiao.schema.app import create_app
from fenxiao.schema.relay import decode_id
from tests.api import unique
from tests.paths import REPOSITORY

META = """{ adminModels { name plugin listField getField createMutation updateMutation deleteMutation
  columns { name kind nullable enumValues target targetList related orderField filters onCreate onUpdate required minimum maximum } } }"""
REPORT = """query($from: Date!, $to: Date!) { salesReport(from: $from, to: $to) { timeZone modes
  days { day mode orders sales { minor } refunds { minor } net { minor } } } }"""
# What does not depend on the database (metadata, access, messages, settings) runs on SQLite only; the figures
# run on both.
ONE_DATABASE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
INTROSPECT = """query($name: String!) { __type(name: $name) { fields { name } inputFields { name } enumValues { name } } }"""


async def _names(api, type_name: str) -> set[str]:
    found = (await api.ok(INTROSPECT, {"name": type_name}))["__type"]
    return {entry["name"] for key in ("fields", "inputFields", "enumValues") for entry in (found or {}).get(key) or []}


# --- metadata and access ---


@ONE_DATABASE
async def test_the_metadata_matches_the_generated_operations_of_every_model(api):
    """Every filter, sort key, input field and operation the metadata names exists in the schema under that name:
    a generated page built from it never sends what the API would not understand."""
    shop = await api.merchant()
    models = (await api.ok(META, token=shop["owner"]["token"], merchant=shop["slug"]))["adminModels"]
    names = {model["name"] for model in models}
    assert {"Product", "Order", "Withdrawal", "AuditEntry", "Warehouse"} <= names
    assert not any(model["plugin"] for model in models)  # no plugin enabled: none of their models
    query_fields, mutation_fields = await _names(api, "Query"), await _names(api, "Mutation")
    for model in models:
        assert {model["listField"], model["getField"]} <= query_fields
        assert {m for m in (model["createMutation"], model["updateMutation"], model["deleteMutation"]) if m} <= mutation_fields
        node, filters, order = (await _names(api, model["name"]), await _names(api, f"{model['name']}Filter"),
                                await _names(api, f"{model['name']}OrderField"))
        create = await _names(api, f"{model['name']}CreateInput") if model["createMutation"] else set()
        update = await _names(api, f"{model['name']}UpdateInput") if model["updateMutation"] else set()
        for column in model["columns"]:
            assert column["name"] in node and set(column["filters"]) <= filters, (model["name"], column)
            assert column["orderField"] is None or column["orderField"] in order
            assert not model["createMutation"] or column["onCreate"] == (column["name"] in create), (model["name"], column["name"])
            assert not model["updateMutation"] or column["onUpdate"] == (column["name"] in update), (model["name"], column["name"])
            if column["kind"] == "REFERENCE":
                assert column["name"].endswith("Id") and column["target"]
    product = next(model for model in models if model["name"] == "Product")
    columns = {column["name"]: column for column in product["columns"]}
    assert columns["price"]["kind"] == "MONEY" and columns["price"]["required"] and columns["price"]["maximum"] > 0
    assert columns["status"]["kind"] == "ENUM" and "ACTIVE" in columns["status"]["enumValues"]
    assert {"skuContains", "sku", "skuIn"} <= set(columns["sku"]["filters"])


@ONE_DATABASE
async def test_the_metadata_and_access_follow_the_callers_roles_and_the_merchants_plugins(api):
    shop = await api.merchant()
    buyer = await api.register(merchant=shop["slug"])
    await api.place(shop, buyer, [((await api.product(shop))["id"], 1)])  # a first order makes the buyer a member
    models = (await api.ok(META, token=buyer["token"], merchant=shop["slug"]))["adminModels"]
    product = next(model for model in models if model["name"] == "Product")
    assert product["createMutation"] is product["updateMutation"] is product["deleteMutation"] is None  # read, never changed
    assert not {"Warehouse", "AuditEntry", "LedgerEntry"} & {model["name"] for model in models}
    access = (await api.ok("{ access { queries mutations roles } }", token=buyer["token"], merchant=shop["slug"]))["access"]
    assert "orders" in access["queries"] and "salesReport" not in access["queries"] and "merchantPlugins" not in access["queries"]
    assert "orderPlace" in access["mutations"] and "withdrawalApprove" not in access["mutations"]
    owner = (await api.ok("{ access { queries mutations roles } }", token=shop["owner"]["token"], merchant=shop["slug"]))["access"]
    assert {"salesReport", "merchantPlugins", "auditEntries"} <= set(owner["queries"]) and "owner" in owner["roles"]
    assert "socialMembers" not in owner["queries"]  # a plugin the merchant has not enabled
    await api.enable(shop, "b2b2c_social")
    owner = (await api.ok("{ access { queries } adminModels(name: \"SocialMember\") { name plugin } }",
                          token=shop["owner"]["token"], merchant=shop["slug"]))
    assert "socialMembers" in owner["access"]["queries"]
    assert owner["adminModels"] == [{"name": "SocialMember", "plugin": "b2b2c_social"}]
    refused = await api.gql("{ access { queries } }", merchant=shop["slug"])
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("hello", ["sqlite"], indirect=True)
async def test_a_third_party_plugins_models_are_described_with_no_console_code(hello):
    shop = await hello.merchant()
    before = (await hello.ok(META, token=shop["owner"]["token"], merchant=shop["slug"]))["adminModels"]
    assert not [model for model in before if model["plugin"] == "hello"]
    await hello.mutate("merchantPluginConfigure", {"plugin": "hello", "enabled": True}, token=shop["owner"]["token"], merchant=shop["slug"])
    after = (await hello.ok(META, token=shop["owner"]["token"], merchant=shop["slug"]))["adminModels"]
    theirs = [model for model in after if model["plugin"] == "hello"]
    assert theirs and all(model["columns"] for model in theirs)


@ONE_DATABASE
async def test_config_warnings_name_the_setting_they_are_about(api):
    shop = await api.merchant()
    configured = await api.enable(shop, "b2b2c_social", {"depth": 3, "level_rates_bps": [1000, 500, 200]})
    assert {"field": "depth", "message": configured["warnings"][0]["message"]} in configured["warnings"]
    assert "传销" in configured["warnings"][0]["message"]


# --- dashboard figures ---


async def _sale(api, shop: dict, product: str, quantity: int) -> dict:
    buyer = await api.register(merchant=shop["slug"])
    order = (await api.place(shop, buyer, [(product, quantity)]))["order"]
    paid = await api.pay(shop, order["id"])
    assert paid["errors"] == [], paid
    return order


async def _refund(api, shop: dict, order: dict, quantity: int) -> None:
    refunded = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                                "lines": [{"lineId": order["lines"][0]["id"], "quantity": quantity}]},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert refunded["errors"] == [], refunded


async def _sales_account(api, shop: dict) -> int:
    accounts = await api.ok("{ accounts(filter: {kind: SALES}) { nodes { balance { minor } ownerId } } }",
                            token=shop["owner"]["token"], merchant=shop["slug"])
    return next(a["balance"]["minor"] for a in accounts["accounts"]["nodes"] if a["ownerId"] is None)


async def test_sales_less_refunds_are_what_the_ledger_posted_to_the_sales_account(api):
    shop = await api.merchant()
    product = (await api.product(shop, price=1999, stock=50))["id"]
    orders = [await _sale(api, shop, product, quantity) for quantity in (1, 3, 2)]
    await _refund(api, shop, orders[1], 2)  # part of one order
    await _refund(api, shop, orders[2], 2)  # all of another
    today = dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()
    report = (await api.ok(REPORT, {"from": str(today - dt.timedelta(days=1)), "to": str(today)},
                           token=shop["owner"]["token"], merchant=shop["slug"]))["salesReport"]
    assert report["timeZone"] == "Asia/Shanghai" and report["modes"][0] == "direct"
    days = report["days"]
    assert [(d["day"], d["mode"], d["orders"]) for d in days] == [(str(today), "direct", 3)]
    assert days[0]["sales"]["minor"] == 6 * 1999 and days[0]["refunds"]["minor"] == 4 * 1999
    assert days[0]["net"]["minor"] == await _sales_account(api, shop) == 2 * 1999


async def _move(table: str, column: str, row_id: int, at: dt.datetime) -> None:
    """Dates a row's instant (the tests cannot wait for midnight); ledger rows are never touched."""
    await db.execute(f'UPDATE "{table}" SET {column} = ? WHERE id = ?', at, row_id)


@pytest.mark.parametrize("zone, instants, days", [
    # Shanghai: midnight is 16:00 UTC the day before.
    ("Asia/Shanghai", ["2026-03-01T15:59:59+00:00", "2026-03-01T16:00:00+00:00"], ["2026-03-01", "2026-03-02"]),
    # New York changes from UTC−5 to UTC−4 on 8 March 2026: 23:59 local on each side of the change.
    ("America/New_York", ["2026-03-08T04:59:00+00:00", "2026-03-09T03:59:00+00:00"], ["2026-03-07", "2026-03-08"]),
])
async def test_days_are_the_merchants_across_offsets_and_refunds_count_on_their_own_day(api, zone, instants, days):
    shop = await api.merchant(timeZone=zone)
    product = (await api.product(shop, price=1000, stock=20))["id"]
    first, second = await _sale(api, shop, product, 1), await _sale(api, shop, product, 2)
    await _refund(api, shop, first, 1)
    await _move("order", "paid_at", decode_id(first["id"], "Order"), dt.datetime.fromisoformat(instants[0]))
    await _move("order", "paid_at", decode_id(second["id"], "Order"), dt.datetime.fromisoformat(instants[1]))
    refund = (await db.fetch("SELECT id FROM refund WHERE order_id = ?", decode_id(first["id"], "Order")))[0]["id"]
    await _move("refund", "created_at", refund, dt.datetime.fromisoformat(instants[1]))  # refunded the next day
    report = (await api.ok(REPORT, {"from": "2026-02-20", "to": "2026-03-20"}, token=shop["owner"]["token"],
                           merchant=shop["slug"]))["salesReport"]
    assert report["timeZone"] == zone
    figures = [(d["day"], d["orders"], d["sales"]["minor"], d["refunds"]["minor"], d["net"]["minor"]) for d in report["days"]]
    assert figures == [(days[0], 1, 1000, 0, 1000), (days[1], 1, 2000, 1000, 1000)]
    only_first = (await api.ok(REPORT, {"from": days[0], "to": days[0]}, token=shop["owner"]["token"], merchant=shop["slug"]))
    assert [d["day"] for d in only_first["salesReport"]["days"]] == [days[0]]


async def test_the_figures_take_a_fixed_number_of_statements_whatever_the_range(api):
    db.enable_query_counting()
    shop = await api.merchant(timeZone="Europe/Berlin")  # two offset changes a year
    product = (await api.product(shop, price=500, stock=5))["id"]
    await _sale(api, shop, product, 1)
    counts = []
    for first, last in (("2026-06-01", "2026-06-01"), ("2025-12-15", "2026-12-14")):
        with db.count_queries() as statements:
            await api.ok(REPORT, {"from": first, "to": last}, token=shop["owner"]["token"], merchant=shop["slug"])
            await api.ok('query($f: Date!, $t: Date!) { topEarners(from: $f, to: $t) { rank } commissionSummary { pending { minor } } '
                         "pendingWork { name count } }", {"f": first, "t": last}, token=shop["owner"]["token"], merchant=shop["slug"])
        counts.append(statements[0])
    assert counts[0] == counts[1], counts
    too_long = await api.gql(REPORT, {"from": "2025-01-01", "to": "2026-01-02"}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert too_long["errors"][0]["extensions"] | {"message": too_long["errors"][0]["message"]} == {
        "code": "INVALID", "field": "to", "message": "at most 366 days at a time"}
    backwards = await api.gql(REPORT, {"from": "2026-02-02", "to": "2026-02-01"}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert backwards["errors"][0]["extensions"]["code"] == "INVALID"


@ONE_DATABASE
async def test_the_figures_are_for_staff_only(api):
    shop = await api.merchant()
    buyer = await api.register(merchant=shop["slug"])
    for query in ('{ salesReport(from: "2026-01-01", to: "2026-01-02") { timeZone } }', "{ commissionSummary { pending { minor } } }",
                  "{ pendingWork { name } }", '{ topEarners(from: "2026-01-01", to: "2026-01-02") { rank } }'):
        refused = await api.gql(query, token=buyer["token"], merchant=shop["slug"])
        assert refused["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "UNAUTHENTICATED"), (query, refused)


@hypothesis_settings(max_examples=60)
@given(zone=st.sampled_from(["Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata"]),
       start=st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 1, 1)),
       days=st.integers(min_value=1, max_value=366), probe=st.floats(min_value=0, max_value=1))
def test_the_offsets_sqlite_applies_give_the_local_day_zoneinfo_gives(zone, start, days, probe):
    tz = ZoneInfo(zone)
    begin = start.replace(tzinfo=dt.timezone.utc)
    end = begin + dt.timedelta(days=days)
    instant = begin + (end - begin) * probe
    spans = analytics.offsets(tz, begin, end)
    minutes = next(offset for until, offset in spans if until is None or instant.timestamp() < until)
    assert (instant + dt.timedelta(minutes=minutes)).date() == instant.astimezone(tz).date()


# --- messages in the caller's language ---


@ONE_DATABASE
async def test_error_messages_follow_accept_language_and_codes_stay_the_same(api):
    shop = await api.merchant()
    query = 'mutation { productCreate(input: {sku: "X", title: "T", price: -5}) { errors { field code message } } }'
    english = await api.http.post("/graphql", json={"query": query}, headers={
        "Authorization": f"Bearer {shop['owner']['token']}", "X-Merchant": shop["slug"]})
    chinese = await api.http.post("/graphql", json={"query": query}, headers={
        "Authorization": f"Bearer {shop['owner']['token']}", "X-Merchant": shop["slug"], "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"})
    en, zh = english.json()["data"]["productCreate"]["errors"], chinese.json()["data"]["productCreate"]["errors"]
    assert [(e["field"], e["code"]) for e in en] == [(e["field"], e["code"]) for e in zh] == [("price", "INVALID")]
    assert re.fullmatch(r"between \d+ and \d+ minor units", en[0]["message"]) and re.fullmatch(r"应在 \d+ 到 \d+ 分之间", zh[0]["message"])
    refused = await api.http.post("/graphql", json={"query": "{ salesReport(from: \"2026-01-01\", to: \"2026-01-01\") { timeZone } }"},
                                  headers={"X-Merchant": shop["slug"], "Accept-Language": "zh"})
    error = refused.json()["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED" and error["message"] == "请先登录"


# --- the pages ---


async def test_the_console_and_graphiql_are_served_from_the_package_alone(settings, manager, schema):
    if not (pages.DIST / "index.html").is_file():
        pytest.fail("the console is not built: run `make console` (make test does)")
    app = create_app(settings, manager, schema, manage_db=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        home = await client.get("/")
        assert home.status_code == 307 and home.headers["location"] == "/console/"
        console = await client.get("/console/")
        assert console.status_code == 200 and console.headers["cache-control"] == "no-cache"
        graphiql = await client.get("/graphql", headers={"Accept": "text/html"})
        assert graphiql.status_code == 200
        for page in (console.text, graphiql.text):
            assets = [url for url in re.findall(r'(?:src|href)="([^"]+)"', page) if not url.startswith("data:")]
            assert assets and all(asset.startswith("/console/assets/") for asset in assets), assets  # nothing from elsewhere
            for asset in assets:
                served = await client.get(asset)
                assert served.status_code == 200 and "immutable" in served.headers["cache-control"], asset
        assert (await client.get("/console/assets/nothing-here.js")).status_code == 404


def test_graphiql_preloads_every_query_of_the_readme_tour():
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    tour = readme.split("## A five-minute tour", 1)[1].split("\n## ", 1)[0]
    preloaded = (REPOSITORY / "schema" / "web" / "src" / "graphiql" / "tour.ts").read_text(encoding="utf-8")
    blocks = re.findall(r"```graphql\n(.*?)```", tour, re.S)
    assert len(blocks) >= 5
    for block in blocks:
        assert block.strip() in preloaded, block


@ONE_DATABASE
async def test_a_merchants_time_zone_is_a_setting_checked_by_name(api):
    shop = await api.merchant()
    bad = await api.mutate("merchantUpdate", {"timeZone": "Mars/Olympus"}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("timeZone", "INVALID")]
    good = await api.mutate("merchantUpdate", {"timeZone": "Europe/Paris"}, token=shop["owner"]["token"], merchant=shop["slug"],
                            select="merchant { settings { timeZone } }")
    assert good["errors"] == [] and good["merchant"]["settings"]["timeZone"] == "Europe/Paris"
