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
from typing import TYPE_CHECKING, Protocol, runtime_checkable

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


class ManualGateway:
    """Offline payment (bank transfer, cash, WeChat transfer to the merchant) recorded by staff."""

    name = "manual"
    title = "Offline payment recorded by staff"
    buyer_initiated = False

    async def charge(self, order: Order, reference: str) -> ChargeResult:
        return ChargeResult(ChargeStatus.SUCCEEDED, reference=reference or f"manual-{order.number}")

    async def refund(self, payment: Payment, amount: int) -> str:
        return f"manual-refund-{payment.id}"
