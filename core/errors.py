"""Expected failures of the domain, raised by services and shown in mutation payloads.

A service raises `DomainError(code, message, field)`; the GraphQL layer turns
it into `{field, code, message}` in the payload and rolls the transaction back.
Anything else that escapes is a bug: it is logged with a request id and masked.
"""

from __future__ import annotations

import enum


class ErrorCode(enum.Enum):
    """Codes every client can switch on. Plugins add theirs in PluginInfo.error_codes."""

    INVALID = "invalid input"
    REQUIRED = "a required value is missing"
    NOT_FOUND = "no such object in this merchant"
    INVALID_ID = "the id is malformed or names another type"
    DUPLICATE = "a unique value is already taken"
    IN_USE = "the object is still referenced and cannot be deleted"
    UNAUTHENTICATED = "sign in first"
    FORBIDDEN = "your role does not allow this"
    MERCHANT_REQUIRED = "send the X-Merchant header"
    PLUGIN_DISABLED = "the merchant has not enabled this plugin"
    INVALID_CREDENTIALS = "wrong account or password"
    WEAK_PASSWORD = "the password does not meet the policy"
    INVALID_TRANSITION = "the object's state does not allow this"
    INSUFFICIENT_STOCK = "not enough stock"
    INSUFFICIENT_FUNDS = "not enough available balance"
    PRODUCT_UNAVAILABLE = "the product is not on sale"
    PRICE_OUT_OF_RANGE = "the price is outside the allowed range"
    BELOW_MINIMUM = "the amount is below the merchant's minimum"
    IDEMPOTENCY_KEY_REUSED = "the idempotency key was used with different input"
    GATEWAY_ERROR = "the payment gateway refused"
    CONFIG_INVALID = "the plugin configuration is invalid"
    LIMIT_EXCEEDED = "a request limit was exceeded"
    OWN_REQUEST = "nobody reviews or decides on their own request, money or standing"
    REFUND_REQUEST_OPEN = "a refund request of the order is open already"
    AFTER_SALES_CLOSED = "the after-sales window of the order has ended"


class DomainError(Exception):
    """An expected, reportable failure. `code` is an ErrorCode member or a plugin code name."""

    def __init__(self, code: ErrorCode | str, message: str | None = None, field: str | None = None):
        self.code = code.name if isinstance(code, ErrorCode) else code
        default = code.value if isinstance(code, ErrorCode) else code.lower().replace("_", " ")
        self.message = message or default
        self.field = field
        super().__init__(f"{self.code}: {self.message}")


class DomainErrors(DomainError):
    """Several field errors at once (validation of a whole input)."""

    def __init__(self, errors: list[DomainError]):
        if not errors:
            raise ValueError("DomainErrors needs at least one error")
        self.errors = errors
        first = errors[0]
        super().__init__(first.code, first.message, first.field)

    @classmethod
    def raise_if_any(cls, errors: list[DomainError]) -> None:
        if errors:
            raise cls(errors)


class OperatorError(RuntimeError):
    """Something the operator must put right — a setting, the database, a file — rather than a bug:
    the `fenxiao` command says it in one line naming what to fix, without a traceback."""


def refuse_own(actor_id: int, subject_id: int, what: str, field: str | None = None) -> None:
    """Separation of duties: whoever requested something (a withdrawal, an application) or is its
    subject (their own wallet, grade, level) never decides on it, staff and owners included —
    another member of the staff does."""
    if actor_id == subject_id:
        raise DomainError(ErrorCode.OWN_REQUEST, f"you cannot {what} yourself; another member of the staff must", field)


def all_errors(exc: DomainError) -> list[DomainError]:
    return exc.errors if isinstance(exc, DomainErrors) else [exc]
