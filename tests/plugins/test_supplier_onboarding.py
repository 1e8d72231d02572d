"""Suppliers through the GraphQL API, on SQLite and PostgreSQL: applying, invitations, review with its
refusals, deposits, staff, the catalogue a supplier proposes and the brand decides, and termination."""

from __future__ import annotations

from tests.api import unique
from tests.plugins import suppliers as sp


async def test_an_application_is_reviewed_by_another_member_of_staff_and_makes_a_warehouse_and_a_role(api):
    shop = await sp.setup(api)
    applied, owner = await sp.apply(api, shop)
    assert applied["errors"] == []
    row = applied["supplier"]
    assert row["status"] == "PENDING" and row["warehouseId"] is None
    assert row["payoutAccount"] == "****1234" and row["licenceNumber"]
    # the applicant cannot review themselves, even when made staff
    await api.mutate("memberRolesSet", {"memberId": owner["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"],
                     merchant=shop["slug"])
    own = await api.mutate("supplierReview", {"supplierId": row["id"], "approve": True}, token=owner["token"], merchant=shop["slug"])
    assert sp.codes(own) == ["OWN_REQUEST"]
    await api.mutate("memberRolesSet", {"memberId": owner["id"], "roles": ["customer"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    reviewed = await api.mutate("supplierReview", {"supplierId": row["id"], "approve": True, "note": "ok"}, token=shop["staff"]["token"],
                                merchant=shop["slug"], select=sp.SUPPLIER_FIELDS)
    assert reviewed["errors"] == [] and reviewed["supplier"]["status"] == "ACTIVE" and reviewed["supplier"]["warehouseId"]
    again = await api.mutate("supplierReview", {"supplierId": row["id"], "approve": False}, token=shop["staff"]["token"], merchant=shop["slug"])
    assert sp.codes(again) == ["INVALID_TRANSITION"]
    mine = await api.ok("{ mySupplier { id status } }", token=owner["token"], merchant=shop["slug"])
    assert mine["mySupplier"] == {"id": row["id"], "status": "ACTIVE"}
    # one supplier per member
    twice, _ = await sp.apply(api, shop, owner=owner)
    assert sp.codes(twice) == ["SUPPLIER_EXISTS"]


async def test_bad_applications_are_refused_field_by_field_and_write_nothing(api):
    shop = await sp.setup(api)
    bad, owner = await sp.apply(api, shop, code="No Spaces!", licenceNumber="123", contactPhone="call me", categories=[],
                                payoutAccount="x", agreementVersion="1999-01")
    assert {(e["field"], e["code"]) for e in bad["errors"]} == {
        ("code", "INVALID"), ("licenceNumber", "INVALID"), ("contactPhone", "INVALID"), ("categories", "INVALID"),
        ("payoutAccount", "INVALID"), ("agreementVersion", "SUPPLIER_AGREEMENT_OUTDATED")}
    assert (await api.ok("{ mySupplier { id } }", token=owner["token"], merchant=shop["slug"]))["mySupplier"] is None
    taken, _ = await sp.apply(api, shop)
    duplicate, _ = await sp.apply(api, shop, code=taken["supplier"]["code"])
    assert sp.codes(duplicate) == ["INVALID"]


async def test_an_invited_supplier_accepts_the_agreement_before_approval_and_the_deposit_is_due_first(api):
    shop = await sp.setup(api, deposit=300_000)
    member = await api.register(merchant=shop["slug"])
    invited = await api.mutate("supplierInvite", {"ownerId": member["id"], "code": unique("inv-").lower(), "companyName": "Invited Ltd",
                                                  "contactName": "Zhao", "contactPhone": "13700001111", "licenceNumber": sp.licence(),
                                                  "categories": ["flowers"], "payoutAccount": "62220000111122223333"},
                               token=shop["owner"]["token"], merchant=shop["slug"], select="supplier { id status invited agreementAcceptedAt }")
    assert invited["errors"] == [] and invited["supplier"]["invited"] and invited["supplier"]["agreementAcceptedAt"] is None
    supplier_id = invited["supplier"]["id"]
    review = {"supplierId": supplier_id, "approve": True}
    # the inviter does not review their own invitation; nobody approves before the agreement and the deposit
    assert sp.codes(await api.mutate("supplierReview", review, token=shop["owner"]["token"], merchant=shop["slug"])) == ["OWN_REQUEST"]
    assert sp.codes(await api.mutate("supplierReview", review, token=shop["staff"]["token"], merchant=shop["slug"])) == ["SUPPLIER_AGREEMENT_PENDING"]
    accept = {"supplierId": supplier_id, "agreementVersion": sp.AGREEMENT}
    stranger = await api.register(merchant=shop["slug"])
    refused = await api.mutate("supplierAcceptAgreement", accept, token=stranger["token"], merchant=shop["slug"])
    assert sp.codes(refused) == ["NOT_FOUND"]
    outdated = await api.mutate("supplierAcceptAgreement", {**accept, "agreementVersion": "2020-01"}, token=member["token"], merchant=shop["slug"])
    assert sp.codes(outdated) == ["SUPPLIER_AGREEMENT_OUTDATED"]
    accepted = await api.mutate("supplierAcceptAgreement", accept, token=member["token"], merchant=shop["slug"], select="supplier { agreementVersion }")
    assert accepted["errors"] == [] and accepted["supplier"]["agreementVersion"] == sp.AGREEMENT
    assert sp.codes(await api.mutate("supplierReview", review, token=shop["staff"]["token"], merchant=shop["slug"])) == ["SUPPLIER_DEPOSIT_DUE"]
    deposit = {"supplierId": supplier_id, "amount": 300_000, "reference": "BANK-0001"}
    for _ in range(2):  # recorded once per reference
        recorded = await api.mutate("supplierDepositRecord", deposit, token=shop["owner"]["token"], merchant=shop["slug"], select="deposit { minor }")
        assert recorded["errors"] == [] and recorded["deposit"]["minor"] == 300_000
    approved = await api.mutate("supplierReview", review, token=shop["staff"]["token"], merchant=shop["slug"], select="supplier { status }")
    assert approved["errors"] == [] and approved["supplier"]["status"] == "ACTIVE"
    wallet = await api.ok("{ wallet { available { minor } reserve { minor } } }", token=member["token"], merchant=shop["slug"])
    assert wallet["wallet"] == {"available": {"minor": 0}, "reserve": {"minor": 300_000}}


async def test_proposals_wait_for_review_low_risk_changes_apply_at_once_and_history_is_kept(api):
    shop = await sp.setup(api)
    row, owner = await sp.supplier(api, shop)
    new = await sp.propose(api, shop, owner, {"sku": unique("S-"), "title": "Rose", "form": "consignment", "price": 10_000,
                                              "supply_price": 6_000, "min_price": 8_000, "max_price": 12_000, "resale": True})
    assert new["errors"] == [] and new["changes"][0]["status"] == "PENDING" and new["changes"][0]["supplyId"] is None
    assert await sp.supply_products(api, shop, owner) == []  # nothing exists before approval
    # the supplier does not decide its own proposal; a refusal needs a reason
    assert sp.codes(await sp.decide(api, shop, new["changes"][0]["id"], who=owner)) == ["FORBIDDEN"]
    assert sp.codes(await sp.decide(api, shop, new["changes"][0]["id"], "REJECTED")) == ["REQUIRED"]
    approved = await sp.decide(api, shop, new["changes"][0]["id"])
    assert approved["errors"] == [] and approved["change"]["status"] == "APPROVED"
    supply_id = approved["change"]["supplyId"]
    # a price change waits; stock (low-risk by default) is applied at once; both are recorded
    mixed = await sp.propose(api, shop, owner, {"supply_price": 6_500, "stock": 25}, supply_id)
    assert mixed["errors"] == []
    assert sorted((c["status"], sorted(c["proposed"])) for c in mixed["changes"]) == [("APPLIED", ["stock"]), ("PENDING", ["supply_price"])]
    [product] = await sp.supply_products(api, shop, owner)
    assert product["supplyPrice"]["minor"] == 6_000 and product["stockOnHand"] == 25
    # one pending change per product at a time; out-of-band prices refused
    assert sp.codes(await sp.propose(api, shop, owner, {"title": "Red rose"}, supply_id)) == ["SUPPLIER_CHANGE_PENDING"]
    assert sp.codes(await sp.propose(api, shop, owner, {"min_price": 5_000}, supply_id)) == ["SUPPLIER_PRICE_BAND"]
    pending = next(c for c in mixed["changes"] if c["status"] == "PENDING")
    asked = await sp.decide(api, shop, pending["id"], "CHANGES_REQUESTED", "justify the increase")
    assert asked["errors"] == [] and asked["change"]["note"] == "justify the increase"
    again = await sp.propose(api, shop, owner, {"supply_price": 6_400}, supply_id)
    assert again["errors"] == []
    applied = await sp.decide(api, shop, again["changes"][0]["id"])
    assert applied["change"]["before"] == {"supply_price": 6_000}
    [product] = await sp.supply_products(api, shop, owner)
    assert product["supplyPrice"]["minor"] == 6_400
    history = await api.ok("{ supplierChanges(first: 20) { edges { node { status proposed } } } }", token=owner["token"], merchant=shop["slug"])
    assert [e["node"]["status"] for e in history["supplierChanges"]["edges"]] == ["APPROVED", "APPLIED", "CHANGES_REQUESTED", "APPROVED"]


async def test_bad_proposals_name_each_field(api):
    shop = await sp.setup(api)
    _, owner = await sp.supplier(api, shop)
    bad = await sp.propose(api, shop, owner, {"sku": "", "price": -5, "supply_price": 1.5, "form": "dropship", "resale": "yes",
                                              "distributor_bps": 20_000, "colour": "red"})
    assert {(e["field"], e["code"]) for e in bad["errors"]} >= {
        ("changes.sku", "INVALID"), ("changes.price", "INVALID"), ("changes.supplyPrice", "INVALID"), ("changes.form", "INVALID"),
        ("changes.resale", "INVALID"), ("changes.distributorBps", "INVALID"), ("changes.colour", "INVALID"), ("changes.title", "REQUIRED")}
    not_object = await api.mutate("supplyPropose", {"changes": [1, 2]}, token=owner["token"], merchant=shop["slug"])
    assert sp.codes(not_object) == ["INVALID"]


async def test_staff_of_a_supplier_act_for_it_alone_and_see_nothing_of_another(api):
    shop = await sp.setup(api)
    first, first_owner = await sp.supplier(api, shop)
    second, second_owner = await sp.supplier(api, shop)
    theirs = await sp.product(api, shop, second_owner, price=5_000, supply_price=3_000, stock=5)
    helper = await api.register(merchant=shop["slug"])
    added = await api.mutate("supplierStaffAdd", {"supplierId": first["id"], "memberId": helper["id"]}, token=first_owner["token"],
                             merchant=shop["slug"])
    assert added["errors"] == []
    # the other supplier's owner cannot hire for the first
    poached = await api.mutate("supplierStaffAdd", {"supplierId": first["id"], "memberId": helper["id"]}, token=second_owner["token"],
                               merchant=shop["slug"])
    assert sp.codes(poached) == ["NOT_FOUND"]
    for query in ("query($s: ID) { supplyProducts(supplierId: $s) { edges { node { id } } } }",
                  "query($s: ID) { supplierStatements(supplierId: $s) { edges { node { id } } } }",
                  "query($s: ID) { supplierBalance(supplierId: $s) { available { minor } } }",
                  "query($s: ID) { supplierOrders(supplierId: $s) { orderId } }",
                  "query($s: ID) { purchaseOrders(supplierId: $s) { edges { node { id } } } }",
                  "query($s: ID) { supplierChanges(supplierId: $s) { edges { node { id } } } }"):
        body = await api.gql(query, {"s": second["id"]}, token=helper["token"], merchant=shop["slug"])
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND", query
    assert (await api.ok("query($s: ID!) { supplier(id: $s) { id } }", {"s": second["id"]}, token=helper["token"],
                         merchant=shop["slug"]))["supplier"] is None
    # changing, stocking or shipping the other's product
    assert sp.codes(await sp.propose(api, shop, helper, {"stock": 5}, theirs["id"])) == ["NOT_FOUND"]
    buyer = await api.register(merchant=shop["slug"])
    order = await sp.paid_order(api, shop, [(theirs["productId"], 1)], buyer)
    assert sp.codes(await sp.ship(api, shop, helper, order["id"])) == ["NOT_FOUND"]
    # a buyer or a plain member reaches no back office
    body = await api.gql("{ supplierBalance { available { minor } } }", token=buyer["token"], merchant=shop["slug"])
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_suspended_suppliers_sell_nothing_and_termination_needs_everything_settled(api):
    shop = await sp.setup(api)
    row, owner = await sp.supplier(api, shop, deposit=100_000)
    goods = await sp.product(api, shop, owner, price=5_000, supply_price=3_000, stock=5)
    buyer = await api.register(merchant=shop["slug"])
    order = await sp.paid_order(api, shop, [(goods["productId"], 1)], buyer)
    status = {"supplierId": row["id"]}
    suspended = await api.mutate("supplierStatusSet", {**status, "status": "SUSPENDED"}, token=shop["staff"]["token"], merchant=shop["slug"])
    assert suspended["errors"] == []
    refused = await api.place(shop, buyer, [(goods["productId"], 1)])
    assert sp.codes(refused) == ["SUPPLIER_INACTIVE"]
    terminate = {**status, "status": "TERMINATED"}
    assert sp.codes(await api.mutate("supplierStatusSet", terminate, token=shop["staff"]["token"], merchant=shop["slug"])) == ["SUPPLIER_OPEN_ORDERS"]
    # a suspended supplier still ships what was sold; once the order is refunded in full nothing is open
    assert (await sp.ship(api, shop, owner, order["id"]))["errors"] == []
    refunded = await api.mutate("orderRefund", {"orderId": order["id"], "reason": "lost in transit", "idempotencyKey": unique("refund-key-")},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert refunded["errors"] == [], refunded["errors"]
    ended = await api.mutate("supplierStatusSet", terminate, token=shop["staff"]["token"], merchant=shop["slug"], select="supplier { status }")
    assert ended["errors"] == [] and ended["supplier"]["status"] == "TERMINATED"
    wallet = await api.ok("{ wallet { available { minor } reserve { minor } } }", token=owner["token"], merchant=shop["slug"])
    assert wallet["wallet"] == {"available": {"minor": 100_000}, "reserve": {"minor": 0}}  # the deposit went back
    body = await api.gql("{ supplierBalance { available { minor } } }", token=owner["token"], merchant=shop["slug"])
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # no longer on any supplier's staff


async def test_nobody_on_a_suppliers_staff_decides_for_the_brand_about_it(api):
    shop = await sp.setup(api)
    row, owner = await sp.supplier(api, shop)
    insider = await api.register(merchant=shop["slug"])
    assert (await api.mutate("supplierStaffAdd", {"supplierId": row["id"], "memberId": insider["id"]}, token=owner["token"],
                             merchant=shop["slug"]))["errors"] == []
    made_staff = await api.mutate("memberRolesSet", {"memberId": insider["id"], "roles": ["customer", "staff", "supplier"]},
                                  token=shop["owner"]["token"], merchant=shop["slug"])
    assert made_staff["errors"] == []
    proposed = await sp.propose(api, shop, owner, {"sku": unique("S-"), "title": "Tea", "form": "consignment", "price": 5_000, "supply_price": 3_000})
    change = proposed["changes"][0]["id"]
    token = insider["token"]
    assert sp.codes(await sp.decide(api, shop, change, who=insider)) == ["OWN_REQUEST"]
    for name, input in (("supplierAdjust", {"supplierId": row["id"], "amount": 50_000, "reason": "bonus", "idempotencyKey": unique("adj-key-")}),
                        ("supplierDepositRecord", {"supplierId": row["id"], "amount": 50_000, "reference": unique("dep-")}),
                        ("supplierRateSet", {"supplierId": row["id"], "platformBps": 0}),
                        ("supplierStatusSet", {"supplierId": row["id"], "status": "SUSPENDED"})):
        assert sp.codes(await api.mutate(name, input, token=token, merchant=shop["slug"])) == ["OWN_REQUEST"], name
    money = await sp.balance(api, shop, owner)
    assert (money["available"], money["deposit"]) == (0, 0)
    # another member of staff may; an adjustment is made once per key
    adjust = {"supplierId": row["id"], "amount": -1_500, "reason": "late delivery", "idempotencyKey": unique("adj-key-")}
    for _ in range(2):
        done = await api.mutate("supplierAdjust", adjust, token=shop["staff"]["token"], merchant=shop["slug"], select="amount { minor }")
        assert done["errors"] == [] and done["amount"]["minor"] == -1_500
    assert (await sp.balance(api, shop, owner))["debt"] == 1_500  # a debit beyond the balance is debt
    reused = await api.mutate("supplierAdjust", {**adjust, "amount": -9_000}, token=shop["staff"]["token"], merchant=shop["slug"])
    assert sp.codes(reused) == ["INVALID"]


async def test_supplier_back_office_lists_cost_the_same_queries_for_a_bigger_page(api):
    shop = await sp.setup(api)
    _, owner = await sp.supplier(api, shop)
    products = [await sp.product(api, shop, owner, price=5_000, supply_price=3_000, stock=20)]

    async def queries(query: str) -> int:
        body = await api.gql(query, token=owner["token"], merchant=shop["slug"])
        assert not body.get("errors"), body["errors"]
        return body["extensions"]["queries"]

    listing = "{ supplyProducts(first: 50) { edges { node { id sku title price { minor } stockOnHand modes } } } }"
    orders = "{ supplierOrders(first: 50) { number shipName lines { sku quantity paid { minor } } } }"
    await sp.paid_order(api, shop, [(products[0]["productId"], 1)])
    before = (await queries(listing), await queries(orders))
    for _ in range(4):
        products.append(await sp.product(api, shop, owner, price=5_000, supply_price=3_000, stock=20))
        await sp.paid_order(api, shop, [(products[-1]["productId"], 2), (products[0]["productId"], 1)])
    assert (await queries(listing), await queries(orders)) == before
