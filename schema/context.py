"""The per-request context every resolver gets as `info.context`.

Built once per request from the bearer token (the user), the `X-Merchant`
header (the tenant), the user's roles in that merchant, and the merchant's
enabled plugins. A token that is invalid or expired does not fail the
request: the caller is anonymous, and fields that need a user say why.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from typing import Any

from fenxiao.core import roles as core_roles
from fenxiao.core.errors import DomainError, ErrorCode
from strawberry import UNSET
from tortoise.expressions import Subquery

from fenxiao.core.models import AuditEntry, MemberRole, Merchant, RevokedToken, User
from fenxiao.core.models.base import fits
from fenxiao.core.plugins import MerchantPlugins, PluginManager
from fenxiao.core.plugin_types import HookContext
from fenxiao.core.ratelimit import LoginLimiter
from fenxiao.core.security import TokenClaims, read_token
from fenxiao.core.settings import Settings
from fenxiao.schema import messages
from fenxiao.schema.loaders import Loaders


@dataclass
class Context:
    settings: Settings
    manager: PluginManager
    request: Any = None
    response: Any = None
    user: User | None = None
    auth_error: str | None = None
    merchant: Merchant | None = None
    merchant_error: DomainError | None = None
    roles: frozenset[str] = frozenset()
    plugins: MerchantPlugins | None = None
    loaders: Loaders = field(default_factory=lambda: Loaders(None))
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    token: TokenClaims | None = None
    limiter: LoginLimiter | None = None
    language: str = messages.ENGLISH  # of error messages, from Accept-Language (schema/messages.py)
    _audit: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    _hooks: HookContext | None = None
    _password_checks: int = 0

    def password_check(self) -> None:
        """One password hash per HTTP request: aliases and the operations of a batch share the
        request's context, so neither can multiply sign-ins, registrations or password changes."""
        self._password_checks += 1
        if self._password_checks > 1:
            raise DomainError(ErrorCode.LIMIT_EXCEEDED, "one sign-in, registration or password change per request")

    @property
    def client_address(self) -> str:
        client = getattr(self.request, "client", None)
        return client.host if client else "unknown"

    @property
    def currency(self) -> str:
        return self.merchant.currency if self.merchant else "CNY"

    def is_staff(self) -> bool:
        return core_roles.STAFF in self.roles

    def hooks(self) -> HookContext:
        """The request's hook context (one per request, so after-commit work queues in one place)."""
        if self.merchant is None or self.plugins is None:
            raise DomainError(ErrorCode.MERCHANT_REQUIRED)
        if self._hooks is None or self._hooks.merchant is not self.merchant:
            self._hooks = HookContext(merchant=self.merchant, user=self.user, plugins=self.plugins)
        return self._hooks

    async def refresh_roles(self) -> None:
        """Reload roles after a mutation changed the caller's own membership (e.g. merchantCreate)."""
        self.roles = await load_roles(self.merchant, self.user)

    async def use_merchant(self, merchant: Merchant) -> None:
        self.merchant = merchant
        self.merchant_error = None
        self.plugins = await self.manager.for_merchant(merchant)
        self.loaders = Loaders(merchant.id)
        await self.refresh_roles()

    # --- the audit log: resolvers note changes; the mutation guard writes them in the mutation's transaction

    def audit(self, target_type: str, target_id: Any, before: Any, after: Any) -> None:
        self._audit.append((target_type, str(target_id), before, after))

    async def write_audit(self, action: str, input: Any) -> None:
        changes, self._audit = self._audit, []
        if self.merchant is None:
            return
        if not changes:  # no detail noted: the request itself is the record
            changes = [("", "", None, _plain(input))]
        await AuditEntry.bulk_create([
            AuditEntry(merchant_id=self.merchant.id, actor_id=self.user.id if self.user else None, action=action[:64],
                       target_type=target_type[:64], target_id=target_id[:64], before=_plain(before), after=_plain(after),
                       request_id=self.request_id)
            for target_type, target_id, before, after in changes
        ])

    def discard_audit(self) -> None:
        """The mutation rolled back: what it noted for the audit log did not happen."""
        self._audit.clear()


SECRET_KEYS = ("password", "token", "secret")


def _plain(value: Any) -> Any:
    """JSON-ready, without secrets: strawberry inputs, enums, datetimes and money become plain values."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "__strawberry_definition__") and not isinstance(value, type):
        value = {f.python_name: getattr(value, f.python_name, None) for f in value.__strawberry_definition__.fields}
    if isinstance(value, dict):
        return {k: ("***" if any(s in k.lower() for s in SECRET_KEYS) else _plain(v)) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


async def load_roles(merchant: Merchant | None, user: User | None) -> frozenset[str]:
    if merchant is None or user is None:
        return frozenset()
    names = await MemberRole.filter(
        merchant_id=merchant.id, membership__user_id=user.id, membership__is_active=True
    ).values_list("role", flat=True)
    return core_roles.expand(set(names))


async def _token_user(claims: TokenClaims) -> tuple[User | None, bool]:
    """The token's user and whether the token was signed out, in one statement."""
    query = User.filter(id=claims.user_id)
    if claims.jti and fits(RevokedToken, "jti", claims.jti):  # a longer jti was never stored
        query = query.annotate(revoked_id=Subquery(RevokedToken.filter(jti=claims.jti).limit(1).values("id")))
    user = await query.first()
    return user, getattr(user, "revoked_id", None) is not None


async def build_context(settings: Settings, manager: PluginManager, headers: Any, request: Any = None, response: Any = None,
                        limiter: LoginLimiter | None = None) -> Context:
    ctx = Context(settings=settings, manager=manager, request=request, response=response, limiter=limiter,
                  language=messages.language(headers.get("accept-language")))
    authorization = headers.get("authorization") or ""
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            ctx.auth_error = "use the Authorization: Bearer <token> header"
        else:
            try:
                claims = read_token(settings.secret_key, token.strip())
                user, revoked = await _token_user(claims)
                if user is None or not user.is_active:
                    ctx.auth_error = "the account is disabled"
                elif user.token_version != claims.version or revoked:
                    ctx.auth_error = "the token was revoked; sign in again"
                else:
                    ctx.user, ctx.token = user, claims
            except DomainError as error:
                ctx.auth_error = error.message
    slug = (headers.get("x-merchant") or "").strip()
    if slug:
        merchant = await Merchant.get_or_none(slug=slug) if fits(Merchant, "slug", slug) else None
        if merchant is None:
            ctx.merchant_error = DomainError(ErrorCode.NOT_FOUND, f"no merchant {slug[:64]!r}", "X-Merchant")
        else:
            await ctx.use_merchant(merchant)
    return ctx
