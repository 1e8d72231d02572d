"""`fenxiao demo`: a merchant to explore, with every installed mode enabled.

Loads once (a second run leaves the data alone): an owner, staff, customers,
products with stock, orders in every state, money in wallets, and WeChat Pay and
Alipay accounts in sandbox mode with keys made at load time (WeChat Pay's sandbox
is local: `paymentSandboxComplete` pays a waiting charge). Each plugin adds its
own network through the `fenxiao_demo` hook.
"""

from __future__ import annotations

from datetime import timedelta

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from tortoise.timezone import now as utcnow

from fenxiao.core import ledger
from fenxiao.core import roles as core_roles
from fenxiao.core.models import (
    AfterSalesKind,
    Merchant,
    MerchantPlugin,
    MemberRole,
    Membership,
    Product,
    RefundRequest,
    StockReason,
    User,
    Warehouse,
    WithdrawalMethod,
)
from fenxiao.core.plugins import PluginManager
from fenxiao.core.security import hash_password
from fenxiao.core.gateways import accounts as gateway_accounts
from fenxiao.core.payments import StartRequest
from fenxiao.core.services import accounts, orders, payouts, refund_requests, stock, withdrawals
from fenxiao.core.unit_of_work import unit_of_work

SLUG = "demo"
PASSWORD = "fenxiao-demo-2026"
OWNER_EMAIL = "owner@demo.fenxiao.dev"
PRODUCTS = [
    # sku, title, price, min resale, max resale, stock
    ("TEA-LJ-250", "西湖龙井 250g", 26800, 23800, 32800, 200),
    ("TEA-PE-357", "云南普洱饼 357g", 19800, 16800, 25800, 150),
    ("HON-ZS-500", "长白山椴树蜜 500g", 8800, 7800, 11800, 300),
    ("RIC-WC-5KG", "五常大米 5kg", 9900, 8900, 12900, 120),
    ("OIL-CS-1L", "山茶油 1L", 15800, 13800, 19800, 80),
    ("GIFT-NY-01", "年货礼盒", 39900, 35900, 49900, 60),
]
ADDRESS = orders.AddressInput(name="王小明", phone="13800138000", region_code="310104", address="上海市徐汇区天钥桥路 1 号")


async def _user(email: str, name: str, password_hash: str) -> User:
    return await User.create(email=email, display_name=name, password_hash=password_hash)


def _test_keys() -> tuple[str, str]:
    """A fresh RSA key pair (PEM) for a sandbox account: private, public."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode(),
            key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode())


async def _sandbox_gateways(merchant: Merchant) -> None:
    """Both providers in sandbox mode with test keys: WeChat Pay answered locally; Alipay's own sandbox (a merchant
    puts its sandbox app's appid and keys here to open real sandbox cashier pages)."""
    merchant_key, _ = _test_keys()
    _, platform_public = _test_keys()
    await gateway_accounts.configure(merchant.id, "wechat", None, enabled=True, live=False, settings={
        "mchid": "1900000109", "appid": "wxd678efh567hg6787", "serial_no": "5157F09EFDC096DE15EBE81A47057A72",
        "public_key": platform_public, "public_key_id": "PUB_KEY_ID_0000000000000000000000000000DEMO"},
        secrets={"private_key": merchant_key, "apiv3_key": "fenxiaodemoapiv3key0000000000000"})
    app_key, _ = _test_keys()
    _, alipay_public = _test_keys()
    await gateway_accounts.configure(merchant.id, "alipay", None, enabled=True, live=False,
                                     settings={"appid": "9021000100000000", "alipay_public_key": alipay_public},
                                     secrets={"private_key": app_key})


async def _after_sales(hooks, order, customers: list[User], staff: User) -> None:
    """An after-sales case in every state, each on a shipped order of its own."""
    cases = {}
    for status, buyer, kind in (("open", 2, AfterSalesKind.REFUND_ONLY), ("offered", 3, AfterSalesKind.REFUND_ONLY),
                                ("awaiting_return", 0, AfterSalesKind.RETURN_AND_REFUND), ("return_shipped", 1, AfterSalesKind.RETURN_AND_REFUND),
                                ("approved", 2, AfterSalesKind.REFUND_ONLY), ("rejected", 3, AfterSalesKind.REFUND_ONLY),
                                ("appealed", 0, AfterSalesKind.REFUND_ONLY), ("withdrawn", 1, AfterSalesKind.REFUND_ONLY),
                                ("closed", 2, AfterSalesKind.RETURN_AND_REFUND)):
        shipped = await order(customers[buyer], [(3, 1)], "shipped")
        cases[status] = await refund_requests.ask(hooks, shipped, customers[buyer], None, "质量问题" if status != "withdrawn" else "不想要了",
                                                  kind, "收到时包装破损，米袋漏了" if kind == AfterSalesKind.REFUND_ONLY else "大米受潮结块")
    await refund_requests.offer(hooks, cases["offered"], staff, 3000, "包装破损，补偿 30 元，米可以继续吃")
    for status in ("awaiting_return", "return_shipped", "approved", "closed"):
        await refund_requests.review(hooks, cases[status], True, "", False, staff)
    await refund_requests.ship_return(cases["return_shipped"], customers[1], "中通快递", "ZT7801234567")
    for status in ("rejected", "appealed"):
        await refund_requests.review(hooks, cases[status], False, "签收照片显示包装完好", False, staff)
    await refund_requests.appeal(hooks, cases["appealed"], customers[0], "开箱视频里能看到破洞")
    await refund_requests.withdraw(cases["withdrawn"], customers[1])
    # the buyer never sent this return back: its deadline passed (backdated here), and settling closed it
    await RefundRequest.filter(id=cases["closed"].id).update(due_at=cases["closed"].created_at - timedelta(days=1))
    await refund_requests.keep_deadlines(hooks, utcnow())


async def load_demo(manager: PluginManager) -> str:
    if await Merchant.exists(slug=SLUG):
        return f"The demo merchant '{SLUG}' is already loaded (sign in as {OWNER_EMAIL} / {PASSWORD})."
    password_hash = hash_password(PASSWORD)
    async with unit_of_work():
        owner = await _user(OWNER_EMAIL, "店主 Owner", password_hash)
        merchant = await accounts.create_merchant(owner, SLUG, "分销演示店 Fenxiao Demo")
        merchant.shipping_fee, merchant.withdrawal_min, merchant.withdrawal_fee_bps = 800, 1000, 60
        await merchant.save()
        staff = await _user("staff@demo.fenxiao.dev", "客服 Staff", password_hash)
        membership = await Membership.create(merchant_id=merchant.id, user_id=staff.id)
        await MemberRole.create(merchant_id=merchant.id, membership_id=membership.id, role=core_roles.STAFF)

        for name in sorted(manager.infos):
            config = manager.infos[name].config_model().model_dump(mode="json")
            await MerchantPlugin.create(merchant_id=merchant.id, plugin=name, enabled=True, config=config)
        await manager.plugins_changed(merchant)
        hooks = await manager.context(merchant, owner)

        warehouse = await Warehouse.create(merchant_id=merchant.id, code="SH-01", name="上海仓", region_code="310000")
        products = []
        for sku, title, price, low, high, units in PRODUCTS:
            product = await Product.create(merchant_id=merchant.id, sku=sku, title=title, price=price,
                                           min_resale_price=low, max_resale_price=high, description=f"{title}，产地直发。")
            await stock.adjust(merchant.id, product.id, warehouse.id, units, StockReason.RECEIPT, owner.id, "opening stock")
            products.append(product)

        customers = [await _user(f"buyer{i}@demo.fenxiao.dev", name, password_hash)
                     for i, name in enumerate(["张伟", "李娜", "刘洋", "陈静"], start=1)]
        gateway = manager.gateway("manual")

        async def order(buyer: User, lines: list[tuple[int, int]], upto: str):
            hooks.user = buyer
            placed = await orders.place(hooks, buyer, orders.PlaceOrder(
                lines=[orders.LineInput(products[i].id, q) for i, q in lines], address=ADDRESS))
            hooks.user = owner
            if upto in ("paid", "shipped", "completed", "refunded"):
                await orders.pay(hooks, placed, gateway, f"bank-{placed.number}")
            if upto in ("shipped", "completed"):
                await orders.ship(hooks, placed, "顺丰速运", f"SF{placed.id:010d}")
            if upto == "completed":
                await orders.complete(hooks, placed)
            if upto == "cancelled":
                await orders.cancel(hooks, placed)
            if upto == "refunded":
                await orders.refund(hooks, placed, None, False, "买家不想要了", owner)
            return placed

        await order(customers[0], [(0, 1), (2, 2)], "completed")
        await order(customers[1], [(1, 1)], "completed")
        await order(customers[1], [(3, 2)], "shipped")
        await order(customers[2], [(5, 1)], "paid")
        await order(customers[3], [(4, 1)], "pending")
        await order(customers[2], [(2, 1)], "cancelled")
        await order(customers[3], [(0, 1)], "refunded")

        await ledger.adjust(merchant.id, customers[0].id, 8800, "demo:bonus:1", "推广奖励 launch bonus")
        await ledger.adjust(merchant.id, customers[1].id, 5000, "demo:bonus:2", "推广奖励 launch bonus")
        await withdrawals.request(merchant, customers[0], 5000, WithdrawalMethod.WECHAT, "张伟", "wxid_zhangwei")

        await _sandbox_gateways(merchant)
        wechat_pay = manager.gateway("wechat")
        hooks.user = customers[1]
        by_qr = await orders.place(hooks, customers[1], orders.PlaceOrder(lines=[orders.LineInput(products[2].id, 1)], address=ADDRESS))
        hooks.user = owner
        await orders.pay(hooks, by_qr, wechat_pay, "", StartRequest("native", gateway_accounts.notify_url("wechat", merchant.slug)))
        await orders.complete_in_sandbox(hooks, by_qr)  # paid by WeChat Pay (sandbox)
        to_wechat = await withdrawals.request(merchant, customers[1], 2000, WithdrawalMethod.WECHAT, "李娜", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
        await payouts.begin(hooks, await withdrawals.approve(to_wechat, staff))  # paid to her WeChat balance once the demo commits

        await _after_sales(hooks, order, customers, staff)

        data = {"owner": owner, "staff": staff, "customers": customers, "products": products, "warehouse": warehouse,
                "password_hash": password_hash, "address": ADDRESS}
        await hooks.hook.fenxiao_demo(merchant=merchant, data=data)
    modes = ", ".join(sorted(manager.infos)) or "none installed"
    return (f"Loaded the demo merchant '{SLUG}' (modes enabled: {modes}).\n"
            f"Sign in as {OWNER_EMAIL} / {PASSWORD} (owner), staff@demo.fenxiao.dev or buyer1@demo.fenxiao.dev (same password).")
