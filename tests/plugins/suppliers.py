"""Helpers for the supplier tests: a brand with a second staff member, suppliers taken through
application, deposit and review, products proposed and approved, orders placed, paid and shipped."""

from __future__ import annotations

from itertools import count

from tests.api import Api, unique
from tests.plugins.stores import commissions  # noqa: F401 - a member's commissions, as the store tests read them

PLUGIN = "supplier"
AGREEMENT = "2026-01"
_licences = count(1000)
SUPPLIER_FIELDS = "supplier { id code status warehouseId ownerId contactPhone licenceNumber payoutAccount }"
CHANGE_FIELDS = "changes { id supplyId status proposed before note }"


def licence() -> str:
    return f"91330100MA2B{next(_licences):04d}XK"


async def setup(api: Api, **config) -> dict:
    """A brand with the supplier mode on and a second member of staff (the reviewer)."""
    shop = await api.merchant()
    await api.enable(shop, PLUGIN, config)
    reviewer = await api.register(merchant=shop["slug"])
    granted = await api.mutate("memberRolesSet", {"memberId": reviewer["id"], "roles": ["customer", "staff"]},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert granted["errors"] == [], granted["errors"]
    shop["staff"] = reviewer
    return shop


async def apply(api: Api, shop: dict, owner: dict | None = None, **extra) -> tuple[dict, dict]:
    owner = owner or await api.register(merchant=shop["slug"])
    fields = {"code": unique("sup-").lower()[:30], "companyName": "Acme Supply Co.", "contactName": "Wang Fang",
              "contactPhone": "13900001111", "licenceNumber": licence(), "categories": ["tea"], "payoutAccount": "6222021001001234",
              "agreementVersion": AGREEMENT, **extra}
    payload = await api.mutate("supplierApply", fields, token=owner["token"], merchant=shop["slug"], select=SUPPLIER_FIELDS)
    return payload, owner


async def supplier(api: Api, shop: dict, deposit: int = 0, **extra) -> tuple[dict, dict]:
    """An active supplier (applied, deposit recorded when asked, approved by staff) and its owner."""
    payload, owner = await apply(api, shop, **extra)
    assert payload["errors"] == [], payload["errors"]
    row = payload["supplier"]
    if deposit:
        recorded = await api.mutate("supplierDepositRecord", {"supplierId": row["id"], "amount": deposit, "reference": unique("dep-")},
                                    token=shop["staff"]["token"], merchant=shop["slug"], select="deposit { minor }")
        assert recorded["errors"] == [], recorded["errors"]
    reviewed = await api.mutate("supplierReview", {"supplierId": row["id"], "approve": True}, token=shop["staff"]["token"],
                                merchant=shop["slug"], select=SUPPLIER_FIELDS)
    assert reviewed["errors"] == [], reviewed["errors"]
    return reviewed["supplier"], owner


async def propose(api: Api, shop: dict, who: dict, changes: dict, supply_id: str | None = None) -> dict:
    return await api.mutate("supplyPropose", {"changes": changes, **({"supplyId": supply_id} if supply_id else {})},
                            token=who["token"], merchant=shop["slug"], select=CHANGE_FIELDS)


async def decide(api: Api, shop: dict, change_id: str, decision: str = "APPROVED", note: str = "", who: dict | None = None) -> dict:
    return await api.mutate("supplierChangeDecide", {"changeId": change_id, "decision": decision, "note": note},
                            token=(who or shop["staff"])["token"], merchant=shop["slug"], select="change { id status supplyId before note }")


async def product(api: Api, shop: dict, owner: dict, price: int, supply_price: int, stock: int = 0, form: str = "consignment",
                  **terms) -> dict:
    """A product the supplier proposes and the brand approves; consignment stock received at once (low-risk)."""
    proposed = await propose(api, shop, owner, {"sku": unique("SUP-"), "title": "Supplied goods", "form": form, "price": price,
                                                "supply_price": supply_price, **terms})
    assert proposed["errors"] == [], proposed["errors"]
    decided = await decide(api, shop, proposed["changes"][0]["id"])
    assert decided["errors"] == [], decided["errors"]
    supply_id = decided["change"]["supplyId"]
    if stock:
        stocked = await propose(api, shop, owner, {"stock": stock}, supply_id)
        assert stocked["errors"] == [], stocked["errors"]
    rows = await supply_products(api, shop, owner)
    return next(row for row in rows if row["id"] == supply_id)


async def supply_products(api: Api, shop: dict, who: dict, supplier_id: str | None = None) -> list[dict]:
    data = await api.ok("query($s: ID) { supplyProducts(supplierId: $s, first: 100) { edges { node { id productId sku form "
                        "supplyPrice { minor } minPrice { minor } maxPrice { minor } modes stockOnHand stockReserved platformBps } } } }",
                        {"s": supplier_id}, token=who["token"], merchant=shop["slug"])
    return [edge["node"] for edge in data["supplyProducts"]["edges"]]


async def paid_order(api: Api, shop: dict, lines: list[tuple[str, int]], buyer: dict | None = None, **extra) -> dict:
    buyer = buyer or await api.register(merchant=shop["slug"])
    placed = await api.place(shop, buyer, lines, **extra)
    assert placed["errors"] == [], placed["errors"]
    paid = await api.pay(shop, placed["order"]["id"])
    assert paid["errors"] == [], paid["errors"]
    return placed["order"]


async def ship(api: Api, shop: dict, who: dict, order_id: str, lines: list[tuple[str, int]] | None = None) -> dict:
    return await api.mutate("supplierShip", {"orderId": order_id, "carrier": "SF", "trackingNumber": unique("SF"),
                                             **({"lines": [{"lineId": i, "quantity": q} for i, q in lines]} if lines else {})},
                            token=who["token"], merchant=shop["slug"], select="shipmentId order { status lines { shipped } }")


async def balance(api: Api, shop: dict, who: dict, supplier_id: str | None = None) -> dict[str, int]:
    data = await api.ok("query($s: ID) { supplierBalance(supplierId: $s) { pending { minor } frozen { minor } available { minor } "
                        "withdrawing { minor } debt { minor } deposit { minor } } }", {"s": supplier_id}, token=who["token"], merchant=shop["slug"])
    return {k: v["minor"] for k, v in data["supplierBalance"].items()}


async def statements(api: Api, shop: dict, who: dict, supplier_id: str | None = None) -> list[dict]:
    data = await api.ok("query($s: ID) { supplierStatements(supplierId: $s, first: 50) { edges { node { number periodStart periodEnd "
                        "openingDebt { minor } earned { minor } refunded { minor } adjusted { minor } payable { minor } depositUsed { minor } "
                        "closingDebt { minor } lines { kind amount { minor } } } } } }", {"s": supplier_id}, token=who["token"],
                        merchant=shop["slug"])
    return [edge["node"] for edge in data["supplierStatements"]["edges"]]


def codes(payload: dict) -> list[str]:
    return [error["code"] for error in payload["errors"]]
