"""Social distribution (三级分销 / B2C2C): customers become distributors, share a code, and earn
commission on what the people they brought in buy, up to three levels.

This package is also the reference for writing a plugin:
- config.py  the merchant's settings (pydantic), with compliance warnings
- models.py  its tables (app "b2b2c_social")
- rules.py   the pure rules, without I/O (property-tested)
- network.py / service.py  the use cases on top of the core's services
- schema.py  its GraphQL (distributor side and merchant side)
- this module: the plugin object, wiring hooks to the use cases
"""

from __future__ import annotations

from pathlib import Path

from fenxiao.plugins import DomainError, ErrorCode, FulfillmentOption, hookimpl, PendingWork, Plugin, PriceQuote, RoleInfo, SalesMode
from fenxiao.plugins.b2b2c_social import network, service
from fenxiao.plugins.b2b2c_social.config import JoinMode, SocialConfig
from fenxiao.plugins.b2b2c_social.models import ApplicationStatus, BindingSource, SocialApplication

NAME = network.NAME


class SocialPlugin(Plugin):
    name = NAME
    version = "1.0.0"
    title = "Social distribution 社交分销"
    description = "Distributors share a code and earn multi-level commission on the purchases of the members they bring in."
    Config = SocialConfig
    roles = (RoleInfo(service.ROLE, "Distributor 分销员", "shares a code and earns commission on referred purchases"),)
    error_codes = {
        "SOCIAL_JOIN_CLOSED": "the merchant does not let members join this way",
        "SOCIAL_ALREADY_DISTRIBUTOR": "the member is a distributor already",
        "SOCIAL_NOT_DISTRIBUTOR": "the member is not a distributor",
        "SOCIAL_CODE_UNKNOWN": "no active distributor has this share code",
        "SOCIAL_BIND_REFUSED": "the binding rules do not allow this binding",
        "SOCIAL_CYCLE": "the binding would make a member their own upline",
        "SOCIAL_ENTRY_FEE_UNPAID": "the entry product has not been paid for",
        "SOCIAL_TASK_NOT_ACHIEVED": "the task is not achieved",
    }
    models = ("fenxiao.plugins.b2b2c_social.models",)
    migrations = str(Path(__file__).parent / "migrations")
    # Dashboards: an order with a distributor credited is a social sale; applications wait for review.
    sales_mode = SalesMode("social", 40, "EXISTS (SELECT 1 FROM social_sale ss WHERE ss.order_id = o.id)")
    pending_work = (PendingWork("socialApplications", lambda merchant_id: SocialApplication.filter(
        merchant_id=merchant_id, status=ApplicationStatus.PENDING)),)

    @hookimpl
    def fenxiao_schema(self):
        from fenxiao.plugins.b2b2c_social.schema import contribution

        return contribution()

    @hookimpl
    async def fenxiao_member_joined(self, ctx, membership, referral_code):
        if referral_code:
            await network.bind(ctx, membership.user_id, referral_code, BindingSource.REGISTER, is_new_member=True)
        if service.config(ctx).join_mode == JoinMode.AUTO:
            await service.maybe_join(ctx, membership.user_id, "joined the merchant")

    @hookimpl
    async def fenxiao_buyer_price(self, ctx, draft, product, quantity):
        task_id = service.reward_claim(draft)
        if task_id is None:
            return None
        task, _ = await service.reward_product(ctx, task_id, draft.buyer.id)
        if product.id == task.reward_product_id and quantity == 1:
            return PriceQuote(0, f"task reward: {task.title}")
        return None

    @hookimpl
    async def fenxiao_validate_order(self, ctx, draft):
        task_id = service.reward_claim(draft)
        if task_id is None:
            return None
        task, _ = await service.reward_product(ctx, task_id, draft.buyer.id)
        if [(line.product.id, line.quantity) for line in draft.lines] != [(task.reward_product_id, 1)]:
            return [DomainError(ErrorCode.INVALID, "a reward claim is one unit of the reward product", "lines")]
        return None

    @hookimpl
    def fenxiao_fulfillment_options(self, ctx, draft):
        if service.reward_claim(draft) is not None:
            return [FulfillmentOption("social_reward", "Task reward, shipped free", 0, NAME)]
        return None

    @hookimpl
    async def fenxiao_order_placed(self, ctx, order, lines, draft):
        if draft.referral_code:
            await network.bind(ctx, order.buyer_id, draft.referral_code, BindingSource.ORDER, is_new_member=False)
        await service.remember_chain(ctx, order)
        task_id = service.reward_claim(draft)
        if task_id is not None:
            await service.claim(ctx, task_id, order)

    @hookimpl
    async def fenxiao_order_paid(self, ctx, order, lines, payment):
        if service.counts(order):
            await service.pay_commissions(ctx, order, lines)
            await service.record_payment(ctx, order, lines)

    @hookimpl
    async def fenxiao_order_completed(self, ctx, order):
        if service.counts(order):
            await service.record_completion(ctx, order)

    @hookimpl
    async def fenxiao_order_refunded(self, ctx, order, refund):
        if service.counts(order):
            await service.record_refund(ctx, order, refund)

    @hookimpl
    async def fenxiao_settle(self, ctx, now):
        expired = await network.expire_bindings(ctx, now)
        upgraded = await service.evaluate_all_grades(ctx)
        rewards = await service.grant_task_rewards(ctx, now)
        return {"social_bindings_expired": expired, "social_grades_raised": upgraded, "social_task_rewards": rewards}

    @hookimpl
    async def fenxiao_check(self, merchant_id):
        from fenxiao.plugins.b2b2c_social import invariants

        return await invariants.problems(merchant_id)

    @hookimpl
    async def fenxiao_demo(self, ctx, merchant, data):
        from fenxiao.plugins.b2b2c_social.demo import build_network

        await build_network(ctx, data)


plugin = SocialPlugin()
