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
    assert data["withdrawals"]["totalCount"] == 1
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
