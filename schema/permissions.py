"""Who may call what: permission classes, declared once per field with `Guard`.

Every root query and mutation carries exactly one `Guard(permission)` (a test
walks the schema to make sure). The guard also:
- answers PLUGIN_DISABLED for fields a plugin contributed, when the merchant
  has not enabled that plugin;
- runs a mutation inside one unit of work (core/unit_of_work.py), turns a
  `DomainError` into payload errors (after rolling back), and so runs its
  after-commit work only once it committed;
- for queries, turns a `DomainError` into a GraphQL error with `extensions.code`;
- refuses a number outside the range its input field declares (schema/inputs.py), before
  the caller's role is even looked at: the range is the same for everyone;
- treats a value no column could hold (Tortoise's `ValidationError`, raised before
  any SQL runs: a 300-character SKU in a filter) as the client's INVALID input.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

from strawberry.extensions import FieldExtension
from tortoise.exceptions import ValidationError

from fenxiao.core import roles as core_roles
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.schema import messages
from fenxiao.schema.errors import Payload, graphql_error
from fenxiao.schema.inputs import range_errors


class Permission:
    """Decides whether the request's caller may use a field. Subclass and override `denied`."""

    needs_merchant = True
    description = ""
    admin = False

    def denied(self, ctx: Any) -> DomainError | None:
        if self.needs_merchant and ctx.merchant is None:
            return ctx.merchant_error or DomainError(ErrorCode.MERCHANT_REQUIRED)
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.description}>"


class Anyone(Permission):
    def __init__(self, merchant: bool = True) -> None:
        self.needs_merchant = merchant
        self.description = "anyone" + (" (in a merchant)" if merchant else "")


class SignedIn(Permission):
    def __init__(self, merchant: bool = False) -> None:
        self.needs_merchant = merchant
        self.description = "any signed-in user" + (" (in a merchant)" if merchant else "")

    def denied(self, ctx: Any) -> DomainError | None:
        if ctx.user is None:
            return DomainError(ErrorCode.UNAUTHENTICATED, ctx.auth_error or "sign in first")
        return super().denied(ctx)


class HasRole(SignedIn):
    """A member of the request's merchant holding one of `roles` (any role if none given)."""

    def __init__(self, *roles: str) -> None:
        super().__init__(merchant=True)
        self.roles = frozenset(roles)
        # The merchant's own people: what they change is written to the audit log.
        self.admin = bool(self.roles) and self.roles <= {core_roles.STAFF, core_roles.OWNER}
        self.description = "members with role " + " or ".join(sorted(roles)) if roles else "any member"

    def denied(self, ctx: Any) -> DomainError | None:
        problem = super().denied(ctx)
        if problem is not None:
            return problem
        if not ctx.roles or (self.roles and not (self.roles & ctx.roles)):
            return DomainError(ErrorCode.FORBIDDEN, f"only {self.description} may do this")
        return None


PUBLIC = Anyone()
GLOBAL = Anyone(merchant=False)
SIGNED_IN = SignedIn()
# Signed in, in a merchant, member or not yet (a first order makes the buyer a member).
SHOPPER = SignedIn(merchant=True)
MEMBER = HasRole()
STAFF = HasRole(core_roles.STAFF)
OWNER = HasRole(core_roles.OWNER)


def impossible_value(error: ValidationError) -> str:
    """Tortoise's complaint about a value, without echoing the (possibly huge) value back."""
    column, _, detail = str(error).partition(": ")
    too_long = re.search(r" (\d+) > (\d+)$", detail)
    return f"{column}: at most {too_long[2]} characters" if too_long else f"{column}: {detail[:120]}"


class Guard(FieldExtension):
    """The permission (and, for plugin fields, the plugin) a field requires. See module doc."""

    def __init__(self, permission: Permission, plugin: str | None = None, audit: bool | None = None) -> None:
        self.permission = permission
        self.plugin = plugin
        self.payload: type[Payload] | None = None
        # Mutations of the merchant's staff and owners are audited; others may ask for it (bindings, roles).
        self.audit = permission.admin if audit is None else audit

    def apply(self, field: Any) -> None:
        field_type = field.type
        if inspect.isclass(field_type) and issubclass(field_type, Payload):
            self.payload = field_type

    def _refusal(self, ctx: Any, arguments: dict[str, Any]) -> DomainError | None:
        if self.plugin is not None:
            if ctx.merchant is None:
                return ctx.merchant_error or DomainError(ErrorCode.MERCHANT_REQUIRED)
            if not ctx.plugins.enabled(self.plugin):
                return DomainError(ErrorCode.PLUGIN_DISABLED, f"the merchant has not enabled {self.plugin}")
        # The schema's own contract, the same for every caller: a number outside its declared range.
        out_of_range = range_errors(arguments) if arguments else []
        if out_of_range:
            return DomainErrors(out_of_range)
        return self.permission.denied(ctx)

    def _fail(self, error: DomainError | ValidationError, ctx: Any) -> Any:
        if isinstance(error, ValidationError):
            error = DomainError(ErrorCode.INVALID, impossible_value(error))
        error = messages.translated(error, getattr(ctx, "language", messages.ENGLISH))
        if self.payload is not None:
            return self.payload.failed(error)
        raise graphql_error(error)

    def resolve(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        refusal = self._refusal(info.context, kwargs)
        if refusal is not None:
            return self._fail(refusal, info.context)
        try:
            return next_(source, info, **kwargs)
        except (DomainError, ValidationError) as error:
            return self._fail(error, info.context)

    async def resolve_async(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        ctx = info.context
        refusal = self._refusal(ctx, kwargs)
        if refusal is not None:
            return self._fail(refusal, info.context)
        if self.payload is None:
            try:
                return await next_(source, info, **kwargs)
            except (DomainError, ValidationError) as error:
                return self._fail(error, info.context)
        try:
            async with unit_of_work():  # after-commit work runs as it closes, once committed
                result = await next_(source, info, **kwargs)
                if self.audit and not getattr(result, "errors", None):
                    await ctx.write_audit(info.field_name, kwargs.get("input"))
        except (DomainError, ValidationError) as error:
            ctx.discard_audit()
            return self._fail(error, info.context)
        return result


def guard_of(field: Any) -> Guard | None:
    return next((ext for ext in field.extensions if isinstance(ext, Guard)), None)
