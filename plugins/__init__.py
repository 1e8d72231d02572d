"""The plugin author's one import: everything a Fenxiao plugin needs, from `fenxiao.plugins`.

    from fenxiao.plugins import Plugin, PluginConfig, hookimpl, accrue_commission, ...

This package also holds the built-in distribution modes (`fenxiao.plugins.b2b_agent`,
`b2b_ordering`, `b2b2c_social`), one package each, registered through the `fenxiao.plugins`
entry-point group exactly like third-party plugins, and `fenxiao.plugins.testing`, the pytest
fixtures a plugin's own tests use. What is named here is the public contract; the modules
behind it (`fenxiao.core.*`, `fenxiao.schema.*`) may move between releases.
"""

from fenxiao.core import ledger, money, privacy, tree
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode, OperatorError, refuse_own
from fenxiao.core.hookspecs import hookimpl
from fenxiao.core.invariants import role_holders, role_problems
from fenxiao.core.ledger import accrue_commission
from fenxiao.core.models import (
    Commission,
    CommissionState,
    Membership,
    Merchant,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    Product,
    Refund,
    User,
)
from fenxiao.core.models.base import TenantModel, fits
from fenxiao.core.models.fields import MoneyField, RateField
from fenxiao.core.money import BPS, allocate, apply_bps, proportion
from fenxiao.core.ranges import AMOUNT, COUNT, LATITUDE, LONGITUDE, MAX_AMOUNT, MAX_QUANTITY, PRICE, QUANTITY, RANK, RATE, Range
from fenxiao.core.payments import BadWebhook, ChargeResult, ChargeStatus, PaymentGateway, WebhookResult
from fenxiao.core.plugin_types import (
    TimeZoneName,
    Adjustment,
    CommandSpec,
    ConfigWarning,
    DraftLine,
    FulfillmentOption,
    HookContext,
    OrderDraft,
    PluginConfig,
    PendingWork,
    PluginInfo,
    PluginModels,
    PriceQuote,
    RoleInfo,
    SalesMode,
    SchemaContribution,
)
from fenxiao.core.plugins import Plugin, PluginManager
from fenxiao.core.services import accounts, orders
from fenxiao.core.services.accounts import grant_role, revoke_role
from fenxiao.core.unit_of_work import OutsideUnitOfWork, savepoint, unit_of_work
from fenxiao.core.services.orders import TransitionInHook
from fenxiao.schema import references
from fenxiao.schema.admin import AdminModel, graphql_enum, node_ref
from fenxiao.schema.errors import Payload
from fenxiao.schema.inputs import ranged
from fenxiao.schema.money import Money
from fenxiao.schema.permissions import MEMBER, OWNER, PUBLIC, SHOPPER, SIGNED_IN, STAFF, Guard, HasRole, Permission
from fenxiao.schema.relay import Connection, PageArgs, decode_id, encode_id, paginate

__all__ = [
    # a plugin: its object, its config, its hooks, what they take and return
    "Plugin", "PluginConfig", "ConfigWarning", "PluginInfo", "PluginModels", "RoleInfo", "CommandSpec", "PluginManager", "hookimpl",
    "HookContext", "OrderDraft", "DraftLine", "PriceQuote", "Adjustment", "FulfillmentOption", "SchemaContribution",
    # what the merchant's dashboards show of the mode
    "SalesMode", "PendingWork",
    # its tables
    "TenantModel", "MoneyField", "RateField", "fits",
    # the valid range of every number a client or a merchant gives (columns, inputs, config)
    "Range", "AMOUNT", "PRICE", "RATE", "QUANTITY", "COUNT", "RANK", "MAX_AMOUNT", "MAX_QUANTITY", "LATITUDE", "LONGITUDE", "ranged",
    "TimeZoneName",
    # the core's rows a hook receives
    "Merchant", "User", "Membership", "Product", "Order", "OrderLine", "OrderStatus", "Payment", "Refund", "Commission",
    "CommissionState",
    # money and the unit of work
    "BPS", "apply_bps", "allocate", "proportion", "accrue_commission", "unit_of_work", "savepoint",
    "ledger", "money", "orders", "accounts", "grant_role", "revoke_role", "tree", "privacy",
    # refusals, and the bugs the core refuses loudly
    "DomainError", "DomainErrors", "ErrorCode", "OutsideUnitOfWork", "TransitionInHook", "refuse_own",
    # a command's problem the operator must fix (a file, a setting): one line, no traceback
    "OperatorError",
    # GraphQL: permissions, payloads, generated admin, ids and pages, references to people
    "Guard", "Permission", "HasRole", "PUBLIC", "SIGNED_IN", "SHOPPER", "MEMBER", "STAFF", "OWNER", "Payload", "Money",
    "AdminModel", "node_ref", "graphql_enum", "Connection", "PageArgs", "paginate", "decode_id", "encode_id", "references",
    # payment gateways
    "PaymentGateway", "ChargeResult", "ChargeStatus", "WebhookResult", "BadWebhook",
    # fenxiao check
    "role_holders", "role_problems",
]
