"""The demo merchant's suppliers: a tea estate that sells wholesale, and two consignment suppliers (flowers,
snacks) with deposits, approved products, a proposal waiting for review, orders in every state (one split
between the brand and both suppliers), a purchase order partly shipped, and issued statements."""

from __future__ import annotations

from datetime import timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core.models import Commission, User
from fenxiao.core import ledger
from fenxiao.core.services import accounts, orders
from fenxiao.plugins import HookContext
from fenxiao.plugins.supplier import rules, service
from fenxiao.plugins.supplier.models import Supplier, SupplierChangeStatus, SupplierProduct

SUPPLIERS = [  # code, company, contact, licence, categories
    ("tea-estate", "武夷山岩茶茶厂", "林国华", "91350782MA2XY1234K", ["茶叶"]),
    ("yunnan-flowers", "昆明斗南花卉有限公司", "段丽", "91530100MA6K5678XJ", ["鲜花", "绿植"]),
    ("jiangnan-snacks", "江南食品有限公司", "沈建国", "91320500MA1N9012PL", ["零食", "糕点"]),
]
PRODUCTS = {  # supplier code → (sku, title, form, price, supply price, floor, ceiling, stock, modes, distributor bps)
    "tea-estate": [("TEA-DHP-250", "大红袍 250g", "wholesale", 36800, 21000, 30000, 42000, 0, {}, 0)],
    "yunnan-flowers": [
        ("FL-ROSE-33", "昆明玫瑰 33 枝", "consignment", 19900, 11000, 15900, 25900, 60, {"resale": True, "collect": True, "rebate": True}, 1500),
        ("FL-LILY-10", "香水百合 10 枝", "consignment", 12900, 7000, 9900, 15900, 40, {"rebate": True}, 1000),
    ],
    "jiangnan-snacks": [("SN-QINGTUAN-6", "艾草青团 6 只装", "consignment", 4800, 2600, 3900, 5900, 200, {"rebate": True}, 800)],
}
CARRIER = "顺丰速运"


async def build_suppliers(ctx: HookContext, data: dict) -> None:
    merchant, owner, staff = ctx.merchant, data["owner"], data["staff"]
    cfg = service.config(ctx)
    made: dict[str, tuple[Supplier, User]] = {}
    for index, (code, company, contact, licence, categories) in enumerate(SUPPLIERS):
        user = await User.create(email=f"supplier{index}@demo.fenxiao.dev", display_name=contact, password_hash=data["password_hash"])
        await accounts.join(ctx, user)
        ctx.user = user
        supplier = await service.apply(ctx, service.Application(code, company, contact, f"1390000{index:04d}", licence, categories,
                                                                f"6222 0210 0100 {index:04d}", cfg.agreement_version))
        ctx.user = staff
        await service.record_deposit(ctx, supplier, 500000, f"DEP-{code}")
        supplier = await service.review(ctx, supplier, True, "资质齐全，准入")
        await Supplier.filter(id=supplier.id).update(created_at=utcnow() - timedelta(days=75))  # settled in two months ago
        await supplier.refresh_from_db()
        ctx.user = user
        for sku, title, form, price, supply, low, high, units, modes, rate in PRODUCTS[code]:
            [change] = await service.propose(ctx, supplier, None, {
                "sku": sku, "title": title, "form": form, "price": price, "supply_price": supply, "min_price": low, "max_price": high,
                "category": categories[0], "distributor_bps": rate, **modes})
            ctx.user = staff
            change = await service.decide(ctx, change, SupplierChangeStatus.APPROVED, "")
            if units:
                ctx.user = user
                supply = await SupplierProduct.get(id=change.supply_id)
                await service.propose(ctx, supplier, supply.id, {"stock": units})  # low-risk: applied at once, recorded
        made[code] = (supplier, user)
    flowers, florist = made["yunnan-flowers"]
    snacks, baker = made["jiangnan-snacks"]
    tea, grower = made["tea-estate"]
    rose = await SupplierProduct.get(supplier_id=flowers.id, product__sku="FL-ROSE-33")
    lily = await SupplierProduct.get(supplier_id=flowers.id, product__sku="FL-LILY-10")
    qingtuan = await SupplierProduct.get(supplier_id=snacks.id, product__sku="SN-QINGTUAN-6")
    # a change waiting for review: the florist wants a higher supply price for lilies
    ctx.user = florist
    await service.propose(ctx, flowers, lily.id, {"supply_price": 7500, "title": "香水百合 10 枝（西伯利亚）"})
    # the tea grower sells as a distributor too: its own price for the roses (散装代销), one wallet
    ctx.user = grower
    await service.set_offer(ctx, rose.id, rules.Mode.RESALE, 21900)

    gateway = ctx.plugins.manager.gateway("manual")
    customers, products = data["customers"], data["products"]

    async def sale(n: int, lines: list[tuple[int, int]], seller: User | None = None):
        buyer = customers[n % len(customers)]
        ctx.user = buyer
        placed = await orders.place(ctx, buyer, orders.PlaceOrder(lines=[orders.LineInput(pid, q) for pid, q in lines], address=data["address"],
                                                                  seller_id=seller.id if seller else None))
        return placed

    async def pay(order):
        ctx.user = owner
        await orders.pay(ctx, order, gateway, f"demo-supplier-{order.id}")

    async def ship(order, who: User, supplier: Supplier):
        ctx.user = who
        return await service.ship(ctx, supplier, order.id, CARRIER, f"SF8{order.id:09d}", None)

    # one order, three parties: the brand's line, the florist's and the bakery's — split, each shipped on its own
    split = await sale(0, [(products[0].id, 1), (rose.product_id, 1), (qingtuan.product_id, 2)])
    await pay(split)
    await ship(split, florist, flowers)
    await ship(split, baker, snacks)
    brand_line = await split.lines.filter(product_id=products[0].id).first()
    ctx.user = owner
    await orders.ship(ctx, split, CARRIER, f"SF9{split.id:09d}", [orders.LineUnits(brand_line.id, 1)])
    # waiting for payment; paid and waiting for the florist; the florist shipped half
    await sale(1, [(lily.product_id, 1)])
    waiting = await sale(2, [(rose.product_id, 1)])
    await pay(waiting)
    half = await sale(3, [(qingtuan.product_id, 4)])
    await pay(half)
    ctx.user = baker
    line = await half.lines.all().first()
    await service.ship(ctx, snacks, half.id, CARRIER, f"SF7{half.id:09d}", [orders.LineUnits(line.id, 2)])
    # sold by the tea grower at its own price, received by the buyer; and one returned in full
    resold = await sale(1, [(rose.product_id, 2)], seller=grower)
    await pay(resold)
    await ship(resold, florist, flowers)
    ctx.user = owner
    await resold.refresh_from_db()
    await orders.complete(ctx, resold)
    returned = await sale(2, [(lily.product_id, 1)])
    await pay(returned)
    ctx.user = owner
    await orders.refund(ctx, returned, None, True, "花材损伤", owner)
    # completed long enough ago that the shares were released and stated; one refund came after the statement
    earlier = await sale(0, [(rose.product_id, 1), (qingtuan.product_id, 1)])
    await pay(earlier)
    await ship(earlier, florist, flowers)
    await ship(earlier, baker, snacks)
    ctx.user = owner
    await earlier.refresh_from_db()
    await orders.complete(ctx, earlier)
    await Commission.filter(order_id=earlier.id).update(available_at=utcnow() - timedelta(days=40))
    await ledger.release_due_batch(merchant.id, list(await Commission.filter(order_id=earlier.id).values_list("id", flat=True)))
    ctx.user = None
    await service.settle(ctx, utcnow())
    rose_line = await earlier.lines.filter(product_id=rose.product_id).first()
    ctx.user = owner
    await orders.refund(ctx, earlier, [orders.LineUnits(rose_line.id, 1)], False, "售后：花枝折损", owner)

    # wholesale: the brand buys tea; the grower shipped part, the brand received it (a payable for the next statement)
    ctx.user = owner
    tea_product = await SupplierProduct.get(supplier_id=tea.id)
    purchase = await service.purchase(ctx, tea, data["warehouse"].id, [service.Wanted(tea_product.product_id, 50)], "春茶首批")
    ctx.user = grower
    await service.answer_purchase(ctx, purchase, True)
    lines = await purchase.lines.all()
    parcel = await service.ship_purchase(ctx, purchase, [orders.LineUnits(lines[0].id, 20)], "德邦物流", "DB2026120100001")
    ctx.user = staff
    await service.receive(ctx, parcel.id)
    ctx.user = owner
