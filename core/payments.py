"""Payment gateways: the interface, and the built-in manual (offline) gateway.

A gateway charges an order and refunds a payment. `orderPay` calls `charge`.
A gateway that completes asynchronously (redirect to the provider, QR code)
returns PENDING with an `action_url`; the provider later calls
`POST /payments/<gateway>/webhook`, the gateway's `parse_webhook` checks the
call's signature and says which payment it is about, and the core confirms
it (once, however often the provider retries).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from fenxiao.core.models import Order, Payment


class ChargeStatus(str, enum.Enum):
    SUCCEEDED = "succeeded"
    PENDING = "pending"
    FAILED = "failed"


@dataclass(frozen=True)
class ChargeResult:
    status: ChargeStatus
    reference: str = ""
    message: str = ""
    action_url: str | None = None  # where to send the buyer, for redirecting gateways
    client: dict[str, Any] | None = None  # what the client needs to start paying (a QR payload, signed parameters)


@dataclass(frozen=True)
class StartRequest:
    """How the buyer pays at a provider where the merchant has an account of its own."""

    method: str                   # one of the gateway's `methods`
    notify_url: str               # where the provider reports the outcome
    openid: str | None = None     # WeChat JSAPI: the buyer's openid in the merchant's app
    client_ip: str | None = None  # WeChat H5: the buyer's address


@dataclass(frozen=True)
class Notice:
    """What a provider says of a payment, once its message is authenticated: our reference (the order's
    number), its own transaction id, whether it is paid, how much, in which currency."""

    reference: str
    transaction_id: str
    paid: bool
    amount: int
    currency: str
    kind: str = "payment"  # "refund": `reference` is our refund number, `paid` the money went back; "payout": a withdrawal's
    failed: bool = False   # the provider gave up (a refund it could not pay back, a payout it could not pay)
    reason: str = ""       # why it failed, as the provider says


@dataclass(frozen=True)
class RefundStarted:
    status: str                  # "succeeded" or "pending"
    provider_reference: str = ""


@dataclass(frozen=True)
class PayoutResult:
    """A provider's word on a payout: `paid`, `failed` (never will be: the money goes back to the member) or
    `pending` (not final; asked again later), its own reference and state, why it failed, and what the
    member's app needs to confirm receipt (WeChat's package_info), if anything."""

    status: str
    reference: str = ""
    state: str = ""
    reason: str = ""
    client: dict[str, Any] | None = None


@dataclass(frozen=True)
class WebhookResult:
    merchant_slug: str
    reference: str  # the gateway's reference, as returned by `charge`
    paid: bool


class BadWebhook(Exception):
    """The webhook call is not authentic or not understood (answered with HTTP 400)."""


@runtime_checkable
class PaymentGateway(Protocol):
    name: str
    title: str
    # Online gateways are started by the buyer; offline ones are recorded by staff.
    buyer_initiated: bool

    async def charge(self, order: Order, reference: str) -> ChargeResult: ...

    async def refund(self, payment: Payment, amount: int) -> str: ...

    # Gateways that confirm asynchronously also define:
    #   async def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> WebhookResult
    # raising BadWebhook when the signature or the payload is wrong.
    #
    # Gateways where each merchant has an account of its own (WeChat Pay, Alipay: core/gateways/) define
    # instead `methods`, `account(merchant_id, secret_key)`, `start(account, order, StartRequest) -> ChargeResult`,
    # `notice(account, headers, body, now) -> Notice` (raising BadWebhook), `query(account, reference) -> Notice`
    # and `acknowledge(ok) -> (status, body, content type)`; their notifications arrive at
    # `POST /payments/<gateway>/<merchant slug>/webhook`. Those that pay withdrawals out also define
    # `pays_out(account) -> bool`, `transfer(account, withdrawal, notify_url) -> PayoutResult` and
    # `transfer_state(account, withdrawal) -> PayoutResult`,
    # idempotent by the withdrawal (its number is the provider's idempotency key).


class ManualGateway:
    """Offline payment (bank transfer, cash, WeChat transfer to the merchant) recorded by staff."""

    name = "manual"
    title = "Offline payment recorded by staff"
    buyer_initiated = False

    async def charge(self, order: Order, reference: str) -> ChargeResult:
        return ChargeResult(ChargeStatus.SUCCEEDED, reference=reference or f"manual-{order.number}")

    async def refund(self, payment: Payment, amount: int) -> str:
        return f"manual-refund-{payment.id}"
