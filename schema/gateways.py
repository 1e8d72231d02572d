"""The merchant's accounts at online payment providers: configured by an owner; secrets go in, never out."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.gateways import accounts
from fenxiao.core.models import GatewayAccount
from fenxiao.core.services import orders
from fenxiao.schema.admin import node_ref
from fenxiao.schema.errors import Payload
from fenxiao.schema.relay import decode_id
from fenxiao.schema.permissions import OWNER, STAFF, Guard


@strawberry.type(description="A merchant's account at a payment provider. Secrets are never shown: only which are set.")
class MerchantGateway:
    gateway: str
    enabled: bool
    live: bool = strawberry.field(description="false: the provider's sandbox or test account")
    settings: JSON = strawberry.field(description="the provider's public settings (ids, serial numbers, its public key)")
    secrets_set: list[str] = strawberry.field(description="the names of the secrets stored (their values are never returned)")
    updated_at: datetime


def _shown(row: GatewayAccount, secret_key: str) -> MerchantGateway:
    return MerchantGateway(gateway=row.gateway, enabled=row.enabled, live=row.live, settings=row.settings,
                           secrets_set=accounts.secret_names(row, secret_key), updated_at=row.updated_at)


@strawberry.input
class MerchantGatewayConfigureInput:
    gateway: str = strawberry.field(description="wechat or alipay")
    enabled: bool = True
    live: bool = False
    settings: JSON = strawberry.field(description="wechat: mchid, appid, serial_no, public_key (PEM), public_key_id; alipay: appid and "
                                                  "alipay_public_key, or appid and app_cert, alipay_cert, alipay_root_cert (PEM; "
                                                  "transfers need the certificates)")
    secrets: JSON = strawberry.field(default_factory=dict, description="wechat: private_key (PEM), apiv3_key; alipay: private_key; "
                                                                       "leave one out to keep the stored one")


@strawberry.type
class MerchantGatewayConfigurePayload(Payload):
    merchant_gateway: MerchantGateway | None = None


def _object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DomainError(ErrorCode.INVALID, "an object of fields by name", field)
    return value


@strawberry.type
class GatewayQuery:
    @strawberry.field(extensions=[Guard(STAFF)], description="The merchant's payment provider accounts (no secrets).")
    async def merchant_gateways(self, info: strawberry.Info) -> list[MerchantGateway]:
        ctx = info.context
        return [_shown(row, ctx.settings.secret_key) for row in await GatewayAccount.filter(merchant_id=ctx.merchant.id).order_by("gateway")]


OrderNode = node_ref("Order")
PaymentNode = node_ref("Payment")


@strawberry.input
class PaymentSandboxCompleteInput:
    order_id: strawberry.ID


@strawberry.type
class PaymentSandboxCompletePayload(Payload):
    order: OrderNode | None = None
    payment: PaymentNode | None = None


@strawberry.type
class GatewayMutation:
    @strawberry.mutation(extensions=[Guard(OWNER)], description="Set up or change an account at a payment provider. Secrets are "
                                                                "sealed at rest and never returned; the audit log records only "
                                                                "which were changed.")
    async def merchant_gateway_configure(self, info: strawberry.Info, input: MerchantGatewayConfigureInput) -> MerchantGatewayConfigurePayload:
        ctx = info.context
        settings, secrets = _object(input.settings, "settings"), _object(input.secrets, "secrets")
        before = await GatewayAccount.get_or_none(merchant_id=ctx.merchant.id, gateway=input.gateway)
        row = await accounts.configure(ctx.merchant.id, input.gateway, ctx.settings.secret_key, enabled=input.enabled, live=input.live,
                                       settings=settings, secrets=secrets)
        ctx.audit("GatewayAccount", input.gateway,  # noted here so the input, secrets and all, is not what the log keeps
                  None if before is None else {"enabled": before.enabled, "live": before.live, "settings": before.settings},
                  {"enabled": row.enabled, "live": row.live, "settings": row.settings, "secrets_changed": sorted(secrets)})
        return MerchantGatewayConfigurePayload(merchant_gateway=_shown(row, ctx.settings.secret_key))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Sandbox accounts only: pay the order's waiting charge as the "
                                                                "provider's notification would (no money moves). For storefront "
                                                                "development and the demo.")
    async def payment_sandbox_complete(self, info: strawberry.Info, input: PaymentSandboxCompleteInput) -> PaymentSandboxCompletePayload:
        ctx = info.context
        order = await orders.get_order(ctx.merchant.id, decode_id(input.order_id, "Order", "orderId"), lock=True)
        payment = await orders.complete_in_sandbox(ctx.hooks(), order)
        return PaymentSandboxCompletePayload(order=await orders.get_order(ctx.merchant.id, order.id), payment=payment)
