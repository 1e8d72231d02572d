"""The kernel's Tortoise models (app label "core"), one module per aggregate."""

from core.models.audit import AuditEntry
from core.models.catalog import Product, ProductStatus, StockLevel, StockMovement, StockReason, Warehouse
from core.models.identity import Membership, MemberRole, Merchant, RevokedToken, User
from core.models.idempotency import IdempotencyRecord
from core.models.ledger import (
    Account,
    AccountKind,
    Commission,
    CommissionState,
    LedgerEntry,
    LedgerTransaction,
)
from core.models.orders import (
    Order,
    OrderAdjustment,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundLine,
    Shipment,
    ShipmentEvent,
)
from core.models.plugins import MerchantPlugin
from core.models.withdrawals import Withdrawal, WithdrawalMethod, WithdrawalStatus

__models__ = [
    User, Merchant, Membership, MemberRole, RevokedToken,
    Product, Warehouse, StockLevel, StockMovement,
    Order, OrderLine, OrderAdjustment, Payment, Shipment, ShipmentEvent, Refund, RefundLine,
    Account, LedgerTransaction, LedgerEntry, Commission,
    Withdrawal, MerchantPlugin, IdempotencyRecord, AuditEntry,
]

__all__ = [m.__name__ for m in __models__] + [
    "AccountKind", "CommissionState", "OrderStatus", "PaymentStatus", "ProductStatus",
    "StockReason", "WithdrawalMethod", "WithdrawalStatus",
]
