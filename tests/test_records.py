"""Records the kernel keeps honest: partial plugin configuration, append-only tables, plugin roles
only with the records behind them, and `fenxiao check` seeing what went wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from tortoise.exceptions import IntegrityError, OperationalError

from fenxiao.core import db, invariants
from fenxiao.core.models import Commission, CommissionState, Merchant, Order, StockMovement
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.plugins.b2b_ordering.models import OrderingSourcing, SourcingStatus
from fenxiao.schema.plugins import merge_patch
from tests.personas import networker
from tests.plugins import ordering, social

# --- partial configuration ---

SOCIAL_CONFIG = "merchantPlugin { config }"


async def _social_config(api, shop: dict, config: dict | None, replace: bool = False) -> dict:
    payload = await api.mutate("merchantPluginConfigure", {"plugin": "b2b2c_social", "enabled": True, "config": config,
                                                           "replaceConfig": replace},
                               token=shop["owner"]["token"], merchant=shop["slug"], select=SOCIAL_CONFIG)
    return payload


async def test_changing_one_field_of_a_configuration_keeps_every_other(api):
    shop = await api.merchant()
    first = await _social_config(api, shop, {"join_mode": "auto", "depth": 3, "level_rates_bps": [1200, 600, 300], "cap_bps": 3000,
                                             "self_purchase": True, "binding_days": 90})
    assert first["errors"] == []
    before = first["merchantPlugin"]["config"]
    changed = await _social_config(api, shop, {"binding_mode": "last_touch"})
    assert changed["errors"] == []
    after = changed["merchantPlugin"]["config"]
    assert after["binding_mode"] == "last_touch"
    assert {k: v for k, v in after.items() if k != "binding_mode"} == {k: v for k, v in before.items() if k != "binding_mode"}
    stored = (await api.ok("{ merchantPlugins { plugin config } }", token=shop["owner"]["token"], merchant=shop["slug"]))["merchantPlugins"]
    assert next(p["config"] for p in stored if p["plugin"] == "b2b2c_social") == after
    # the audit entry shows the configuration before and after
    audit = await api.ok('{ auditEntries(filter: {action: "merchantPluginConfigure"}, orderBy: [{field: ID, direction: DESC}], first: 1) '
                         "{ nodes { before after } } }", token=shop["owner"]["token"], merchant=shop["slug"])
    entry = audit["auditEntries"]["nodes"][0]
    assert entry["before"]["config"] == before and entry["after"]["config"] == after


async def test_a_patch_is_validated_as_a_whole_and_refused_whole(api):
    shop = await api.merchant()
    assert (await _social_config(api, shop, {"depth": 2, "level_rates_bps": [1000, 500]}))["errors"] == []
    refused = await _social_config(api, shop, {"depth": 3})  # three levels need three rates
    assert [e["code"] for e in refused["errors"]] == ["CONFIG_INVALID"]
    current = (await _social_config(api, shop, None))["merchantPlugin"]["config"]
    assert (current["depth"], current["level_rates_bps"]) == (2, [1000, 500])


async def test_null_resets_a_field_and_replace_config_resets_the_rest(api):
    shop = await api.merchant()
    assert (await _social_config(api, shop, {"binding_days": 90, "self_purchase": True}))["errors"] == []
    reset = (await _social_config(api, shop, {"binding_days": None}))["merchantPlugin"]["config"]
    assert (reset["binding_days"], reset["self_purchase"]) == (30, True)
    replaced = (await _social_config(api, shop, {"join_mode": "auto"}, replace=True))["merchantPlugin"]["config"]
    assert (replaced["join_mode"], replaced["self_purchase"]) == ("auto", False)
    refused = await _social_config(api, shop, [1, 2])
    assert [e["code"] for e in refused["errors"]] == ["CONFIG_INVALID"]


RFC_7396_EXAMPLES = [  # Appendix A of RFC 7396
    ({"a": "b"}, {"a": "c"}, {"a": "c"}),
    ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
    ({"a": "b"}, {"a": None}, {}),
    ({"a": "b", "b": "c"}, {"a": None}, {"b": "c"}),
    ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
    ({"a": "c"}, {"a": ["b"]}, {"a": ["b"]}),
    ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
    ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}),
    (["a", "b"], ["c", "d"], ["c", "d"]),
    ({"a": "b"}, ["c"], ["c"]),
    ({"a": "foo"}, None, None),
    ({"a": "foo"}, "bar", "bar"),
    ({"e": None}, {"a": 1}, {"e": None, "a": 1}),
    ([1, 2], {"a": "b", "c": None}, {"a": "b"}),
    ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}}),
]


@pytest.mark.parametrize("target, patch, result", RFC_7396_EXAMPLES)
def test_merge_patch_is_rfc_7396(target, patch, result):
    assert merge_patch(target, patch) == result


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=3),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3), max_leaves=8)


@given(target=st.dictionaries(st.text(max_size=2), JSON, max_size=4), patch=st.dictionaries(st.text(max_size=2), JSON, max_size=4))
def test_a_patch_applied_twice_changes_nothing_more_and_leaves_unnamed_fields_alone(target, patch):
    once = merge_patch(target, patch)
    assert merge_patch(once, patch) == once
    assert all(once[key] == value for key, value in target.items() if key not in patch)


# --- append-only records ---


async def test_a_product_with_stock_movements_is_not_deleted(api):
    shop = await api.merchant()
    product = await api.product(shop, price=1000, stock=5)
    deleted = await api.mutate("productDelete", {"id": product["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [e["code"] for e in deleted["errors"]] == ["IN_USE"]
    assert await StockMovement.filter(product__sku=product["sku"]).count() == 1
    fresh = await api.product(shop, price=1000, stock=0)  # nothing recorded about it yet: it may go
    assert (await api.mutate("productDelete", {"id": fresh["id"]}, token=shop["owner"]["token"], merchant=shop["slug"]))["errors"] == []


APPEND_ONLY = ["stock_movement", "ledger_transaction", "ledger_entry", "audit_entry", "social_binding_event", "social_member_change",
               "social_sale", "agent_territory_event", "ordering_stock_movement", "ordering_reseller_change", "after_sales_step"]


async def test_the_database_refuses_to_change_or_delete_append_only_rows(api):
    shop = await api.merchant()
    person = await networker(api, shop)  # a distributor, reseller and agent: history in every plugin
    buyer = await api.register(merchant=shop["slug"], referralCode=(await social.me(api, shop, person))["shareCode"])
    product = await api.product(shop, price=1000, stock=5)
    sold = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]  # into the agent's district, via the distributor
    await api.pay(shop, sold["id"])
    await ordering.restock(api, shop, person, product, 1)
    asked = await api.mutate("orderRefundRequest", {"orderId": sold["id"], "reason": "其他"}, token=buyer["token"], merchant=shop["slug"])
    assert asked["errors"] == []  # a step of an after-sales case
    for table in APPEND_ONLY:
        rows = await db.fetch(f'SELECT id FROM "{table}" ORDER BY id LIMIT 1')
        assert rows, f"{table} has no row to try"
        for statement in (f'UPDATE "{table}" SET created_at = created_at WHERE id = ?', f'DELETE FROM "{table}" WHERE id = ?'):
            with pytest.raises((IntegrityError, OperationalError), match="append-only"):
                async with unit_of_work():
                    await db.execute(statement, rows[0]["id"])
        assert await db.fetch(f'SELECT id FROM "{table}" WHERE id = ?', rows[0]["id"])


# --- plugin roles come and go with their records ---


async def test_plugin_roles_are_not_granted_or_taken_by_hand(api):
    shop = await api.merchant()
    person = await networker(api, shop)
    bystander = await api.register(merchant=shop["slug"])
    owner, slug = shop["owner"]["token"], shop["slug"]
    for member, roles in ((bystander, ["customer", "distributor"]), (person, ["customer", "agent", "reseller", "salesperson"])):
        refused = await api.mutate("memberRolesSet", {"memberId": member["id"], "roles": roles}, token=owner, merchant=slug)
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [("roles", "INVALID")]
    staffed = await api.mutate("memberRolesSet", {"memberId": person["id"], "roles": ["customer", "staff", "distributor", "agent",
                                                                                      "reseller", "salesperson", "clerk", "supplier"]},
                               token=owner, merchant=slug, select="roles")
    assert staffed["errors"] == [] and "staff" in staffed["roles"]  # assignable roles still are
    removed = await api.mutate("socialDistributorStatusSet", {"memberId": person["id"], "status": "REMOVED", "reason": "left"},
                               token=owner, merchant=slug)
    assert removed["errors"] == []
    held = await api.ok("{ me { memberships { roles } } }", token=person["token"])
    assert "distributor" not in held["me"]["memberships"][0]["roles"]
    assert (await social.me(api, shop, person))["status"] == "REMOVED"
    merchant = await Merchant.get(slug=slug)
    assert await invariants.all_problems(merchant.id, api.app.state.manager) == []


# --- fenxiao check sees what went wrong ---


async def test_check_sees_a_pending_commission_on_a_completed_order_and_a_half_routed_restock(api):
    shop = await api.merchant(afterSalesDays=7)
    await social.configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    distributor, buyer = await social.chain(api, shop, 2)
    product = await api.product(shop, price=10000, stock=10)
    placed = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]
    await api.pay(shop, placed["id"])
    owner, slug = shop["owner"]["token"], shop["slug"]
    await api.mutate("orderShip", {"orderId": placed["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=slug)
    await api.mutate("orderComplete", {"orderId": placed["id"]}, token=buyer["token"], merchant=slug)
    merchant = await Merchant.get(slug=slug)
    manager = api.app.state.manager
    assert await invariants.all_problems(merchant.id, manager) == []
    order = await Order.get(number=placed["number"])
    async with unit_of_work():  # what the issue saw: a commission frozen out of order, left pending
        await Commission.filter(order_id=order.id).update(state=CommissionState.PENDING)
    assert any("pending on order" in p for p in await invariants.all_problems(merchant.id, manager))
    async with unit_of_work():
        await Commission.filter(order_id=order.id).update(state=CommissionState.FROZEN)

    await ordering.enable(api, shop)
    levels = await ordering.levels(api, shop)
    reseller = await ordering.top_reseller(api, shop, levels["总代"])
    restock = await ordering.restock(api, shop, reseller, product, 2)
    assert await invariants.all_problems(merchant.id, manager) == []
    restock_row = await Order.get(number=restock["number"])
    async with unit_of_work():  # a line delivered while its sourcing still says it waits, the order still paid
        await OrderingSourcing.filter(order_id=restock_row.id).update(status=SourcingStatus.WAITING)
    problems = await invariants.all_problems(merchant.id, manager)
    assert any("waiting but put 2 units" in p or "is waiting but put" in p for p in problems), problems
    assert any("still waits for stock" in p for p in problems), problems
