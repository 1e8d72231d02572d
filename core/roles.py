"""The kernel's membership roles. Plugins declare more with the `fenxiao_roles` hook."""

from fenxiao.core.plugin_types import RoleInfo

OWNER = "owner"
STAFF = "staff"
CUSTOMER = "customer"

CORE_ROLES = (
    RoleInfo(OWNER, "Owner", "runs the merchant: everything staff may do, plus plugins, roles and money settings", assignable=True),
    RoleInfo(STAFF, "Staff", "runs the shop: catalog, stock, orders, withdrawals", assignable=True),
    RoleInfo(CUSTOMER, "Customer", "buys; sees their own orders and wallet", assignable=True),
)

# A role that includes others: an owner may do whatever staff may.
IMPLIED = {OWNER: frozenset({STAFF})}


def expand(roles: set[str] | frozenset[str]) -> frozenset[str]:
    expanded = set(roles)
    for role in roles:
        expanded |= IMPLIED.get(role, frozenset())
    return frozenset(expanded)
