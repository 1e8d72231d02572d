"""`fenxiao demo` loads a merchant worth exploring, once."""

from fenxiao.core.demo import OWNER_EMAIL, PASSWORD, load_demo


async def test_demo_merchant(api, manager):
    first = await load_demo(manager)
    assert "Loaded the demo merchant 'demo'" in first
    assert "already loaded" in await load_demo(manager)

    signed_in = await api.mutate("tokenCreate", {"login": OWNER_EMAIL, "password": PASSWORD}, select="token")
    token = signed_in["token"]
    data = await api.ok("""{
      products(first: 20) { totalCount edges { node { title available } } }
      orders(first: 7, orderBy: [{field: ID, direction: ASC}]) { totalCount edges { node { status } } }
      withdrawals { totalCount }
      merchantPlugins { plugin enabled }
    }""", token=token, merchant="demo")
    assert data["products"]["totalCount"] == 10  # six of the brand's, four of its suppliers'
    assert all(edge["node"]["available"] > 0 for edge in data["products"]["edges"])
    statuses = {edge["node"]["status"] for edge in data["orders"]["edges"]}
    assert {"CANCELLED", "COMPLETED", "PAID", "PENDING_PAYMENT", "REFUNDED", "SHIPPED"} <= statuses
    assert data["orders"]["totalCount"] >= 7
    assert data["withdrawals"]["totalCount"] == 2  # one requested, one paid to a WeChat balance
    assert all(plugin["enabled"] for plugin in data["merchantPlugins"])

    social = await api.ok("{ socialMembers(filter: {status: ACTIVE}) { totalCount } socialSales { totalCount } commissions { totalCount } }",
                          token=token, merchant="demo")
    assert social["socialMembers"]["totalCount"] >= 50 and social["socialSales"]["totalCount"] >= 100
    assert social["commissions"]["totalCount"] >= 100

    ordering = await api.ok("{ orderingResellers { totalCount } orderingStockReport { virtualOwed } orderingSourcings { totalCount } }",
                            token=token, merchant="demo")
    assert ordering["orderingResellers"]["totalCount"] == 20
    assert sum(row["virtualOwed"] for row in ordering["orderingStockReport"]) > 0
    assert ordering["orderingSourcings"]["totalCount"] >= 20

    agents = await api.ok('{ agentTerritories { totalCount } agentSales { totalCount } zhejiang: agentRegionMap(parentCode: "330000") { code vacant } }',
                          token=token, merchant="demo")
    assert agents["agentTerritories"]["totalCount"] == 9 and agents["agentSales"]["totalCount"] >= 24
    assert any(not r["vacant"] for r in agents["zhejiang"])

    buyer = await api.mutate("tokenCreate", {"login": "buyer1@demo.fenxiao.dev", "password": PASSWORD}, select="token")
    wallet = await api.ok("{ wallet { available { amount } withdrawing { amount } entries { totalCount } } }", token=buyer["token"], merchant="demo")
    assert wallet["wallet"]["available"]["amount"] == "38.00" and wallet["wallet"]["withdrawing"]["amount"] == "50.00"

    gateways = await api.ok("{ merchantGateways { gateway live enabled secretsSet } withdrawals(filter: {status: PAID}) { totalCount } }",
                            token=token, merchant="demo")
    assert [(g["gateway"], g["live"], g["enabled"]) for g in gateways["merchantGateways"]] == [("alipay", False, True), ("wechat", False, True)]
    assert gateways["withdrawals"]["totalCount"] == 1  # paid to a WeChat balance through the sandbox
    pending = await api.ok("{ orders(filter: {status: PENDING_PAYMENT}) { edges { node { id number buyer { email } } } } }",
                           token=token, merchant="demo")
    waiting = pending["orders"]["edges"][0]["node"]
    payer = await api.mutate("tokenCreate", {"login": waiting["buyer"]["email"], "password": PASSWORD}, select="token")
    by_qr = await api.mutate("orderPay", {"orderId": waiting["id"], "gateway": "wechat", "method": "native", "idempotencyKey": "demo-pay-tour"},
                             token=payer["token"], merchant="demo", select="client order { status }")
    assert by_qr["errors"] == [] and by_qr["client"]["codeUrl"] == f"weixin://wxpay/bizpayurl?pr=sandbox{waiting['number']}"
    paid = await api.mutate("paymentSandboxComplete", {"orderId": waiting["id"]}, token=token, merchant="demo", select="order { status }")
    assert paid["errors"] == [] and paid["order"]["status"] == "PAID"

    cases = await api.ok("{ refundRequestCounts { status count } }", token=token, merchant="demo")
    assert all(row["count"] >= 1 for row in cases["refundRequestCounts"]), cases  # an after-sales case in every state

    suppliers = await api.ok("{ suppliers { totalCount edges { node { status } } } supplierChanges(status: PENDING) { totalCount } "
                             "purchaseOrders { edges { node { status lines { shipped received } } } } }", token=token, merchant="demo")
    assert suppliers["suppliers"]["totalCount"] == 3 and {e["node"]["status"] for e in suppliers["suppliers"]["edges"]} == {"ACTIVE"}
    assert suppliers["supplierChanges"]["totalCount"] == 1
    assert suppliers["purchaseOrders"]["edges"][0]["node"] == {"status": "CONFIRMED", "lines": [{"shipped": 20, "received": 20}]}
    florist = await api.mutate("tokenCreate", {"login": "supplier1@demo.fenxiao.dev", "password": PASSWORD}, select="token")
    back_office = await api.ok("{ supplierOrders { status lines { shipped quantity } } supplierStatements { edges { node { earned { minor } lines { kind } } } } }",
                               token=florist["token"], merchant="demo")
    assert {"PAID", "SHIPPED", "COMPLETED", "REFUNDED"} <= {order["status"] for order in back_office["supplierOrders"]}
    assert [line["kind"] for edge in back_office["supplierStatements"]["edges"] for line in edge["node"]["lines"]] == ["sale"]
