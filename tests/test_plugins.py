"""Plugins: discovery through entry points, per-merchant enablement and config, hooks, schema."""

from __future__ import annotations

from tests.conftest import enable_hello


async def test_third_party_plugin_is_discovered_and_served(hello):
    sdl = hello.app.state.schema.as_str()
    assert "hello(name: String!): String!" in sdl
    assert "type Greeting implements Node" in sdl and "greetings(" in sdl
    assert "HELLO_REFUSED" in sdl
    roles = await hello.ok("{ roles { name } }", token=(shop := await hello.merchant())["owner"]["token"], merchant=shop["slug"])
    assert "greeter" in [r["name"] for r in roles["roles"]]


async def test_plugin_fields_answer_plugin_disabled_until_enabled(hello):
    shop = await hello.merchant()
    disabled = await hello.gql('{ hello(name: "Li") }', merchant=shop["slug"])
    assert disabled["errors"][0]["extensions"]["code"] == "PLUGIN_DISABLED"
    listed = await hello.ok("{ merchantPlugins { plugin enabled config configSchema } }", token=shop["owner"]["token"], merchant=shop["slug"])
    entry = next(p for p in listed["merchantPlugins"] if p["plugin"] == "hello")
    assert entry["enabled"] is False
    assert entry["config"] == {"greeting": "你好", "discount_bps": 0, "referrer_bps": 1000}

    enabled = await enable_hello(hello, shop, {"greeting": "欢迎"})
    assert enabled["errors"] == [] and enabled["merchantPlugin"]["enabled"] is True
    assert (await hello.ok('{ hello(name: "Li") }', merchant=shop["slug"]))["hello"] == "欢迎, Li"

    other = await hello.merchant()
    still_disabled = await hello.gql('{ hello(name: "Li") }', merchant=other["slug"])
    assert still_disabled["errors"][0]["extensions"]["code"] == "PLUGIN_DISABLED"

    off = await enable_hello(hello, shop, enabled=False)
    assert off["merchantPlugin"]["enabled"] is False and off["merchantPlugin"]["config"]["greeting"] == "欢迎"
    assert (await hello.gql('{ hello(name: "Li") }', merchant=shop["slug"]))["errors"][0]["extensions"]["code"] == "PLUGIN_DISABLED"


async def test_config_is_validated_and_warned(hello):
    shop = await hello.merchant()
    bad = await enable_hello(hello, shop, {"discount_bps": 9000, "colour": "red"})
    assert sorted((e["field"], e["code"]) for e in bad["errors"]) == [("config.colour", "CONFIG_INVALID"), ("config.discount_bps", "CONFIG_INVALID")]
    risky = await enable_hello(hello, shop, {"discount_bps": 4000})
    assert risky["merchantPlugin"]["warnings"] == [{"field": "discount_bps", "message": "a discount above 30% sells below cost for most merchants"}]
    customer = await hello.register(merchant=shop["slug"])
    refused = await hello.mutate("merchantPluginConfigure", {"plugin": "hello", "enabled": True}, token=customer["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "FORBIDDEN"
    unknown = await hello.mutate("merchantPluginConfigure", {"plugin": "nope", "enabled": True}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert unknown["errors"][0] == {"field": "plugin", "code": "NOT_FOUND", "message": "no plugin named 'nope' is installed"}


async def test_hooks_run_only_for_merchants_that_enabled_the_plugin(hello):
    from fenxiao_hello import COMMITTED_EVENTS

    on, off = await hello.merchant(), await hello.merchant()
    await enable_hello(hello, on, {"discount_bps": 1000})
    buyer = await hello.register()
    results = {}
    for shop in (on, off):
        product = await hello.product(shop, price=10000)
        placed = await hello.place(shop, buyer, [(product["id"], 2)])
        assert placed["errors"] == []
        results[shop["slug"]] = placed["order"]
    assert results[on["slug"]]["total"]["minor"] == 18000  # the plugin's price hook
    assert results[off["slug"]]["total"]["minor"] == 20000
    greetings = await hello.ok("{ greetings { totalCount edges { node { text orderId } } } }", token=on["owner"]["token"], merchant=on["slug"])
    assert greetings["greetings"]["totalCount"] == 1
    assert greetings["greetings"]["edges"][0]["node"]["orderId"] == results[on["slug"]]["id"]
    assert (results[on["slug"]]["number"], "placed") in COMMITTED_EVENTS
    assert (results[off["slug"]]["number"], "placed") not in COMMITTED_EVENTS
    attribution = await hello.ok("query($id: ID!) { order(id: $id) { attribution } }", {"id": results[on["slug"]]["id"]},
                                 token=on["owner"]["token"], merchant=on["slug"])
    assert attribution["order"]["attribution"] == {"hello": True}

    product = await hello.product(on)
    refused = await hello.place(on, buyer, [(product["id"], 1)], note="refuse me")
    assert refused["errors"] == [{"field": "note", "code": "HELLO_REFUSED", "message": "hello refuses this order"}]


async def test_plugin_commission_follows_the_order(hello):
    shop = await hello.merchant(afterSalesDays=0)
    await enable_hello(hello, shop, {"referrer_bps": 1000})
    referrer = await hello.register(merchant=shop["slug"])
    buyer = await hello.register()
    product = await hello.product(shop, price=10000)
    placed = await hello.place(shop, buyer, [(product["id"], 3)], referralCode=referrer["email"])
    order = placed["order"]
    assert (await hello.pay(shop, order["id"]))["errors"] == []
    wallet = "{ wallet { pending { minor } frozen { minor } available { minor } } }"
    assert (await hello.ok(wallet, token=referrer["token"], merchant=shop["slug"]))["wallet"] == {
        "pending": {"minor": 3000}, "frozen": {"minor": 0}, "available": {"minor": 0}}
    commissions = await hello.ok("{ commissions { edges { node { source kind level amount { minor } state rateBps } } } }",
                                 token=referrer["token"], merchant=shop["slug"])
    assert [e["node"] for e in commissions["commissions"]["edges"]] == [
        {"source": "hello", "kind": "referral", "level": 1, "amount": {"minor": 3000}, "state": "PENDING", "rateBps": 1000}]
    # A redelivered payment pays nothing twice.
    again = await hello.pay(shop, order["id"])
    assert again["errors"][0]["code"] == "INVALID_TRANSITION"
    assert (await hello.ok(wallet, token=referrer["token"], merchant=shop["slug"]))["wallet"]["pending"] == {"minor": 3000}


async def test_hook_callers_are_cached_per_merchant_and_rebuilt_when_its_plugins_change(hello):
    from fenxiao.core.models import Merchant
    from fenxiao.core.plugins import PluginManager

    shop = await hello.merchant()
    other_worker = PluginManager.discover()  # another process's manager, with its own cache
    before = await Merchant.get(slug=shop["slug"])
    cached = await other_worker.for_merchant(before)
    assert not cached.enabled("hello")
    assert await other_worker.for_merchant(before) is cached
    assert [impl.plugin_name for impl in cached.caller("fenxiao_order_paid").get_hookimpls()] == []

    await enable_hello(hello, shop)
    after = await Merchant.get(slug=shop["slug"])
    assert after.plugins_version != before.plugins_version
    rebuilt = await other_worker.for_merchant(after)
    assert rebuilt is not cached and rebuilt.enabled("hello")
    assert [impl.plugin_name for impl in rebuilt.caller("fenxiao_order_paid").get_hookimpls()] == ["hello"]


async def test_online_gateway_confirms_by_signed_webhook_once(hello):
    import hashlib
    import hmac
    import json

    from fenxiao_hello import WEBHOOK_SECRET

    shop = await hello.merchant()
    await enable_hello(hello, shop)
    buyer = await hello.register()
    product = await hello.product(shop, price=5000)
    order = (await hello.place(shop, buyer, [(product["id"], 1)]))["order"]
    started = await hello.mutate("orderPay", {"orderId": order["id"], "gateway": "hellopay", "idempotencyKey": "buyer-pays-1"},
                                 token=buyer["token"], merchant=shop["slug"], select="order { status } payment { status } actionUrl")
    assert started["errors"] == []
    assert started["order"]["status"] == "PENDING_PAYMENT" and started["payment"]["status"] == "PENDING"
    reference = f"hp-{order['number']}"
    assert started["actionUrl"] == f"https://pay.example/{reference}"

    def signed(event: dict) -> tuple[bytes, dict]:
        body = json.dumps(event).encode()
        return body, {"X-Hellopay-Signature": hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()}

    body, headers = signed({"merchant": shop["slug"], "reference": reference, "status": "paid"})
    forged = await hello.http.post("/payments/hellopay/webhook", content=body, headers={"X-Hellopay-Signature": "0" * 64})
    assert forged.status_code == 400
    for _ in range(2):  # providers retry; the second call changes nothing
        response = await hello.http.post("/payments/hellopay/webhook", content=body, headers=headers)
        assert response.status_code == 200 and response.json() == {"status": "succeeded"}
    view = await hello.ok("query($id: ID!) { order(id: $id) { status payments { status } } }", {"id": order["id"]},
                          token=buyer["token"], merchant=shop["slug"])
    assert view["order"] == {"status": "PAID", "payments": [{"status": "SUCCEEDED"}]}
    ledger = await hello.ok('{ ledgerTransactions(filter: {kind: "order_payment"}) { totalCount } }', token=shop["owner"]["token"], merchant=shop["slug"])
    assert ledger["ledgerTransactions"]["totalCount"] == 1
    unknown = await hello.http.post("/payments/manual/webhook", content=b"{}")
    assert unknown.status_code == 404
