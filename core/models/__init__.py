"""The kernel's Tortoise models (app label "core"), one module per aggregate."""

from fenxiao.core.models.audit import AuditEntry
from fenxiao.core.models.gateways import GatewayAccount
from fenxiao.core.models.catalog import Product, ProductStatus, StockLevel, StockMovement, StockReason, Warehouse
from fenxiao.core.models.identity import Membership, MemberRole, Merchant, RevokedToken, User
from fenxiao.core.models.idempotency import IdempotencyRecord
from fenxiao.core.models.ledger import (
    Account,
    AccountKind,
    Commission,
    CommissionState,
    LedgerEntry,
    LedgerTransaction,
)
from fenxiao.core.models.orders import (
    Order,
    OrderAdjustment,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundLine,
    RefundStatus,
    RefundRequest,
    RefundRequestStatus,
    AfterSalesKind,
    AfterSalesStep,
    OPEN_REQUEST_STATES,
    Shipment,
    ShipmentEvent,
    ShipmentLine,
)
from fenxiao.core.models.plugins import MerchantPlugin
from fenxiao.core.models.withdrawals import Withdrawal, WithdrawalMethod, WithdrawalStatus

__models__ = [
    User, Merchant, Membership, MemberRole, RevokedToken,
    Product, Warehouse, StockLevel, StockMovement,
    Order, OrderLine, OrderAdjustment, Payment, Shipment, ShipmentLine, ShipmentEvent, Refund, RefundLine, RefundRequest,
    AfterSalesStep, Account, LedgerTransaction, LedgerEntry, Commission,
    Withdrawal, MerchantPlugin, IdempotencyRecord, AuditEntry, GatewayAccount,
]

__all__ = [m.__name__ for m in __models__] + [
    "AccountKind", "CommissionState", "OrderStatus", "PaymentStatus", "ProductStatus", "RefundRequestStatus", "AfterSalesKind", "OPEN_REQUEST_STATES", "RefundStatus",
    "StockReason", "WithdrawalMethod", "WithdrawalStatus",
]
