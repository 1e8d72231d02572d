"""The audit log: admin changes to money, roles, configs, catalog and bindings, with before and after."""

from tests.api import unique

AUDIT = """{ auditEntries(first: 50) { edges { node { action targetType targetId before after actorId requestId } } } }"""


async def _entries(api, shop):
    data = await api.ok(AUDIT, token=shop["owner"]["token"], merchant=shop["slug"])
    return [edge["node"] for edge in data["auditEntries"]["edges"]]


async def test_admin_changes_are_logged_with_before_and_after(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    member = await api.register(merchant=slug)
    await api.mutate("memberRolesSet", {"memberId": member["id"], "roles": ["customer", "staff"]}, token=owner, merchant=slug)
    await api.mutate("merchantUpdate", {"withdrawalFeeBps": 100}, token=owner, merchant=slug)
    adjusted = await api.mutate("walletAdjust", {"memberId": member["id"], "amount": 5000, "reason": "bonus", "idempotencyKey": unique("audit-key-")},
                                token=owner, merchant=slug)
    assert adjusted["errors"] == []
    product = await api.product(shop, price=1000, stock=0)
    await api.mutate("productUpdate", {"id": product["id"], "price": 1200}, token=owner, merchant=slug)
    refused = await api.mutate("productUpdate", {"id": product["id"], "price": -1}, token=owner, merchant=slug)
    assert refused["errors"]
    entries = {e["action"]: e for e in await _entries(api, shop)}
    assert entries["memberRolesSet"]["before"] == {"roles": ["customer"]}
    assert entries["memberRolesSet"]["after"] == {"roles": ["customer", "staff"]}
    assert entries["merchantUpdate"]["before"]["withdrawal_fee_bps"] == 0 and entries["merchantUpdate"]["after"]["withdrawal_fee_bps"] == 100
    assert entries["walletAdjust"]["before"]["available"] == 0 and entries["walletAdjust"]["after"]["available"] == 5000
    assert entries["productUpdate"]["before"]["price"] == 1000 and entries["productUpdate"]["after"]["price"] == 1200
    assert all(e["actorId"] == shop["owner"]["id"] and e["requestId"] for e in entries.values())
    assert [e["action"] for e in await _entries(api, shop)].count("productUpdate") == 1  # the refused change left nothing
    staff_view = await api.gql(AUDIT, token=member["token"], merchant=slug)
    assert staff_view["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # staff may not read it: owners only


async def test_plugin_config_and_binding_moves_are_logged(api):
    from tests.plugins.social import chain, configure

    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation")
    a, b, c = await chain(api, shop, 3)
    await api.mutate("socialMemberMove", {"memberId": c["id"], "uplineId": a["id"], "reason": "agreed"}, token=shop["owner"]["token"], merchant=shop["slug"])
    entries = await _entries(api, shop)
    config = next(e for e in entries if e["action"] == "merchantPluginConfigure")
    assert config["before"] is None and config["after"]["enabled"] is True
    move = next(e for e in entries if e["action"] == "socialMemberMove")
    assert move["after"]["reason"] == "agreed" and move["before"]["upline"] != move["after"]["upline"]
    secrets = await api.mutate("passwordChange", {"currentPassword": "correct-horse-9", "newPassword": "another-pass-7"},
                               token=shop["owner"]["token"])
    assert secrets["errors"] == []
    assert not any("correct-horse" in str(e) for e in entries)
