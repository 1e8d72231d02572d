"""fenxiao_hello: greets buyers, gives a configurable discount and pays the referrer a commission."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import strawberry
from pydantic import Field

from fenxiao.plugins import (
    PUBLIC, STAFF, AdminModel, BadWebhook, ChargeResult, ChargeStatus, ConfigWarning, DomainError, Guard, Membership, Plugin,
    PluginConfig,
    PriceQuote, RoleInfo, SchemaContribution, User, WebhookResult, accrue_commission, apply_bps, hookimpl,
)

NAME = "hello"
WEBHOOK_SECRET = b"hellopay-shared-secret"
# What happened after commit, for the tests to look at.
COMMITTED_EVENTS: list[tuple[str, str]] = []


class HelloConfig(PluginConfig):
    greeting: str = Field("你好", min_length=1, max_length=50)
    discount_bps: int = Field(0, ge=0, le=5000, description="off the retail price, in basis points")
    referrer_bps: int = Field(1000, ge=0, le=5000, description="commission of the referrer, in basis points")

    def warnings(self) -> list[str]:
        return [ConfigWarning("a discount above 30% sells below cost for most merchants", "discount_bps")] if self.discount_bps > 3000 else []


@strawberry.type
class HelloQuery:
    @strawberry.field(extensions=[Guard(PUBLIC)], description="A greeting in the merchant's words.")
    def hello(self, info: strawberry.Info, name: str) -> str:
        return f"{info.context.hooks().config(NAME).greeting}, {name}"


class HelloPay:
    """An online gateway: the buyer pays on the provider's page; the provider calls our webhook."""

    name = "hellopay"
    title = "HelloPay (online)"
    buyer_initiated = True

    async def charge(self, order, reference):
        reference = f"hp-{order.number}"
        return ChargeResult(ChargeStatus.PENDING, reference=reference, action_url=f"https://pay.example/{reference}")

    async def refund(self, payment, amount):
        return f"hp-refund-{payment.id}-{amount}"

    async def parse_webhook(self, headers, body):
        expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(headers.get("x-hellopay-signature", ""), expected):
            raise BadWebhook("bad signature")
        event = json.loads(body)
        return WebhookResult(merchant_slug=event["merchant"], reference=event["reference"], paid=event["status"] == "paid")


class HelloPlugin(Plugin):
    name = NAME
    version = "1.0.0"
    title = "Hello"
    description = "Greets buyers, discounts orders, pays referrers."
    Config = HelloConfig
    error_codes = {"HELLO_REFUSED": "the hello plugin refused the order"}
    roles = (RoleInfo("greeter", "Greeter", "may be greeted", assignable=True),)
    models = ("fenxiao_hello.models",)
    migrations = str(Path(__file__).parent / "migrations")

    @hookimpl
    def fenxiao_schema(self):
        from fenxiao_hello.models import Greeting

        return SchemaContribution(query=HelloQuery, admin=[AdminModel(Greeting, read=STAFF, create=None, update=None)])

    @hookimpl
    def fenxiao_payment_gateways(self):
        return [HelloPay()]

    @hookimpl
    def fenxiao_buyer_price(self, ctx, draft, product, quantity):
        discount = ctx.config(NAME).discount_bps
        if discount:
            return PriceQuote(product.price - apply_bps(product.price, discount), "hello discount")
        return None

    @hookimpl
    def fenxiao_validate_order(self, ctx, draft):
        if draft.note == "refuse me":
            return [DomainError("HELLO_REFUSED", "hello refuses this order", "note")]
        return None

    @hookimpl
    async def fenxiao_order_placed(self, ctx, order, lines, draft):
        from fenxiao_hello.models import Greeting

        await Greeting.create(merchant_id=order.merchant_id, order_id=order.id, text=f"{ctx.config(NAME).greeting} #{order.number}")
        order.attribution["hello"] = True

    @hookimpl
    async def fenxiao_order_paid(self, ctx, order, lines, payment):
        if not order.referral_code:
            return
        referrer = await User.get_or_none(email=order.referral_code)
        if referrer is None or referrer.id == order.buyer_id:
            return
        if not await Membership.exists(merchant_id=order.merchant_id, user_id=referrer.id):
            return
        rate = ctx.config(NAME).referrer_bps
        for line in lines:
            await accrue_commission(order, referrer.id, apply_bps(line.total, rate), source=NAME, kind="referral",
                                    level=1, line=line, base=line.total, rate_bps=rate)

    @hookimpl
    def fenxiao_order_event_committed(self, ctx, order, event):
        COMMITTED_EVENTS.append((order.number, event))


plugin = HelloPlugin()
