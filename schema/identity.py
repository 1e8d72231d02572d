"""Accounts, sign-in, merchants, memberships and roles."""

from __future__ import annotations

from datetime import datetime, timezone

import strawberry

from fenxiao.core import roles as core_roles
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.models import Membership, MemberRole, Merchant as MerchantModel, User as UserModel
from fenxiao.core.plugin_types import time_zone_name
from fenxiao.core.privacy import mask_name
from fenxiao.core.ranges import MAX_AMOUNT, Range
from fenxiao.core.security import issue_token
from fenxiao.core.services import accounts
from fenxiao.schema.admin import camel, node_ref
from fenxiao.schema import references
from fenxiao.schema.errors import Payload
from fenxiao.schema.inputs import ranged
from fenxiao.schema.limits import HASHES_PASSWORD
from fenxiao.schema.money import Money
from fenxiao.schema.permissions import GLOBAL, OWNER, PUBLIC, SIGNED_IN, STAFF, Guard
from fenxiao.schema.relay import encode_id

UserNode = node_ref("User")


class UserExtras:
    """What a `User` shows depends on who asks: the user sees everything; staff of the request's
    merchant see its members' names and contact details; anyone else (a distributor looking at a
    buyer, an agent at a customer in the territory) sees the name masked and no contact details —
    the same as the masked views of socialMyTeam or agentTerritoryOrders, however the user was reached."""

    @strawberry.field(description="Masked (王**) unless you are this user or staff of the merchant.")
    async def display_name(self, info: strawberry.Info) -> str:
        return self.display_name if await _sees_person(info, self) else mask_name(self.display_name)

    @strawberry.field(description="Visible to the user and to staff of a merchant the user belongs to.")
    async def email(self, info: strawberry.Info) -> str | None:
        return self.email if await _sees_person(info, self) else None

    @strawberry.field(description="Visible to the user and to staff of a merchant the user belongs to.")
    async def phone(self, info: strawberry.Info) -> str | None:
        return self.phone if await _sees_person(info, self) else None

    @strawberry.field(description="The merchants this user belongs to, with roles (the user only).")
    async def memberships(self, info: strawberry.Info) -> list[MembershipSummary]:
        ctx = info.context
        if ctx.user is None or ctx.user.id != self.id:
            return []
        rows = await MemberRole.filter(membership__user_id=self.id, membership__is_active=True).values_list(
            "membership__merchant__slug", "membership__merchant__name", "role"
        )
        merchants: dict[str, MembershipSummary] = {}
        for slug, name, role in rows:
            merchants.setdefault(slug, MembershipSummary(merchant_slug=slug, merchant_name=name, roles=[])).roles.append(role)
        return sorted(merchants.values(), key=lambda m: m.merchant_slug)


async def _sees_person(info: strawberry.Info, user: UserModel) -> bool:
    """The caller is this user, or staff of the request's merchant and the user is one of its members."""
    ctx = info.context
    if ctx.user is None:
        return False
    if ctx.user.id == user.id:
        return True
    if not ctx.is_staff():
        return False
    merchant_id = ctx.merchant.id

    async def members(user_ids: list[int]) -> list[bool]:
        found = set(await Membership.filter(merchant_id=merchant_id, user_id__in=set(user_ids)).values_list("user_id", flat=True))
        return [user_id in found for user_id in user_ids]

    return await ctx.loaders.custom("is_member", members).load(user.id)


@strawberry.type
class MembershipSummary:
    merchant_slug: str
    merchant_name: str
    roles: list[str]


@strawberry.type(description="A merchant (tenant). Settings are shown to its staff only.")
class Merchant:
    slug: str
    name: str
    currency: str
    _row: strawberry.Private[MerchantModel]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Merchant", self._row.id))

    @strawberry.field(description="Staff only.")
    def settings(self, info: strawberry.Info) -> MerchantSettings | None:
        ctx = info.context
        if ctx.merchant is None or ctx.merchant.id != self._row.id or not ctx.is_staff():
            return None
        row = self._row
        return MerchantSettings(
            withdrawal_min=Money(minor=row.withdrawal_min, currency=row.currency),
            withdrawal_fee_bps=row.withdrawal_fee_bps,
            shipping_fee=Money(minor=row.shipping_fee, currency=row.currency),
            unpaid_timeout_minutes=row.unpaid_timeout_minutes,
            auto_complete_days=row.auto_complete_days,
            after_sales_days=row.after_sales_days,
            after_sales_reasons=list(row.after_sales_reasons),
            after_sales_answer_days=row.after_sales_answer_days,
            after_sales_return_days=row.after_sales_return_days,
            time_zone=row.time_zone,
        )

    @classmethod
    def of(cls, row: MerchantModel) -> Merchant:
        return cls(slug=row.slug, name=row.name, currency=row.currency, _row=row)


@strawberry.type
class MerchantSettings:
    withdrawal_min: Money
    withdrawal_fee_bps: int = strawberry.field(description="basis points: 100 = 1%")
    shipping_fee: Money
    unpaid_timeout_minutes: int
    auto_complete_days: int
    after_sales_days: int
    after_sales_reasons: list[str] = strawberry.field(description="what a buyer chooses from when asking for a refund")
    after_sales_answer_days: int = strawberry.field(description="a refund-only request unanswered this long is approved")
    after_sales_return_days: int = strawberry.field(description="a return not sent back this long after approval is closed")
    time_zone: str = strawberry.field(description="the IANA time zone the merchant's days are counted in (dashboards)")


@strawberry.type
class RoleDescription:
    name: str
    title: str
    description: str
    assignable: bool = strawberry.field(description="granted with memberRolesSet; other roles follow a plugin's record")


# --- payloads and inputs ---


@strawberry.input
class AccountRegisterInput:
    password: str
    email: str | None = None
    phone: str | None = None
    display_name: str = ""
    referral_code: str | None = strawberry.field(default=None, description="joins the X-Merchant merchant with this code")


@strawberry.type
class AccountRegisterPayload(Payload):
    user: UserNode | None = None
    token: str | None = None


@strawberry.input
class TokenCreateInput:
    login: str = strawberry.field(description="email or phone number")
    password: str


@strawberry.type
class TokenCreatePayload(Payload):
    token: str | None = None
    expires_at: datetime | None = None
    user: UserNode | None = None


@strawberry.input
class TokenRevokeInput:
    everywhere: bool = strawberry.field(default=False, description="sign out every session of the account, not only this token")


@strawberry.type
class TokenRevokePayload(Payload):
    revoked: bool | None = None


@strawberry.input
class PasswordChangeInput:
    current_password: str
    new_password: str


@strawberry.input
class MerchantCreateInput:
    slug: str
    name: str
    currency: str = "CNY"


@strawberry.type
class MerchantPayload(Payload):
    merchant: Merchant | None = None


SETTING_RANGES = {
    "withdrawal_min": Range(0, MAX_AMOUNT, "minor units"),
    "withdrawal_fee_bps": Range(0, 5_000, "basis points"),
    "shipping_fee": Range(0, 10**7, "minor units"),
    "unpaid_timeout_minutes": Range(5, 7 * 24 * 60, "minutes"),
    "auto_complete_days": Range(1, 90, "days"),
    "after_sales_days": Range(0, 90, "days"),
    "after_sales_answer_days": Range(1, 30, "days"),
    "after_sales_return_days": Range(1, 30, "days"),
}


@strawberry.input
class MerchantUpdateInput:
    name: str | None = strawberry.UNSET
    withdrawal_min: int | None = ranged(SETTING_RANGES["withdrawal_min"], "the smallest withdrawal", default=strawberry.UNSET)
    withdrawal_fee_bps: int | None = ranged(SETTING_RANGES["withdrawal_fee_bps"], "fee on a withdrawal", default=strawberry.UNSET)
    shipping_fee: int | None = ranged(SETTING_RANGES["shipping_fee"], "per delivered order", default=strawberry.UNSET)
    unpaid_timeout_minutes: int | None = ranged(SETTING_RANGES["unpaid_timeout_minutes"], "an unpaid order is cancelled after",
                                                default=strawberry.UNSET)
    auto_complete_days: int | None = ranged(SETTING_RANGES["auto_complete_days"], "a shipped order completes after", default=strawberry.UNSET)
    after_sales_days: int | None = ranged(SETTING_RANGES["after_sales_days"], "commissions wait this long after completion",
                                          default=strawberry.UNSET)
    after_sales_answer_days: int | None = ranged(SETTING_RANGES["after_sales_answer_days"], "a refund-only request unanswered this "
                                                 "long is approved", default=strawberry.UNSET)
    after_sales_return_days: int | None = ranged(SETTING_RANGES["after_sales_return_days"], "a return not sent back this long is "
                                                 "closed", default=strawberry.UNSET)
    after_sales_reasons: list[str] | None = strawberry.field(default=strawberry.UNSET, description="1 to 20 reasons, each 1 to 30 "
                                                                                                  "characters")
    time_zone: str | None = strawberry.field(default=strawberry.UNSET, description="an IANA time zone, e.g. Asia/Shanghai")


@strawberry.input
class MemberRolesSetInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    roles: list[str]


@strawberry.type
class MemberRolesSetPayload(Payload):
    roles: list[str] | None = None


@strawberry.type
class IdentityQuery:
    @strawberry.field(extensions=[Guard(SIGNED_IN)], description="The signed-in user.")
    async def me(self, info: strawberry.Info) -> UserNode | None:
        return info.context.user

    @strawberry.field(name="merchant", extensions=[Guard(PUBLIC)], description="The merchant named by the X-Merchant header.")
    async def current_merchant(self, info: strawberry.Info) -> Merchant:
        return Merchant.of(info.context.merchant)

    @strawberry.field(extensions=[Guard(STAFF)], description="Roles that can be granted: the core's and the plugins'.")
    def roles(self, info: strawberry.Info) -> list[RoleDescription]:
        declared = [*core_roles.CORE_ROLES, *info.context.manager.roles().values()]
        return [RoleDescription(name=r.name, title=r.title, description=r.description, assignable=r.assignable) for r in declared]


@strawberry.type
class IdentityMutation:
    @strawberry.mutation(extensions=[Guard(GLOBAL)], metadata=HASHES_PASSWORD,
                         description="Create an account. With X-Merchant, also join that merchant. Registrations are rate-limited per address.")
    async def account_register(self, info: strawberry.Info, input: AccountRegisterInput) -> AccountRegisterPayload:
        ctx = info.context
        ctx.password_check()
        await ctx.limiter.registration(ctx.client_address)
        user = await accounts.register(input.email, input.phone, input.password, input.display_name)
        if ctx.merchant is not None:
            ctx.user = user
            await accounts.join(ctx.hooks(), user, input.referral_code)
        token, _ = issue_token(ctx.settings.secret_key, user.id, user.token_version, ctx.settings.token_ttl_seconds)
        return AccountRegisterPayload(user=user, token=token)

    @strawberry.mutation(extensions=[Guard(GLOBAL)], metadata=HASHES_PASSWORD,
                         description="Sign in: a bearer token for the Authorization header. Attempts are rate-limited.")
    async def token_create(self, info: strawberry.Info, input: TokenCreateInput) -> TokenCreatePayload:
        ctx = info.context
        ctx.password_check()
        account = ":".join(accounts.login_lookup(input.login))
        await ctx.limiter.before(account, ctx.client_address)
        try:
            user, token, expires_at = await accounts.authenticate(ctx.settings, input.login, input.password)
        except DomainError:
            await ctx.limiter.failed(account)
            raise
        return TokenCreatePayload(token=token, expires_at=datetime.fromtimestamp(expires_at, tz=timezone.utc), user=user)

    @strawberry.mutation(extensions=[Guard(SIGNED_IN)], description="Sign out: this token stops working.")
    async def token_revoke(self, info: strawberry.Info, input: TokenRevokeInput) -> TokenRevokePayload:
        ctx = info.context
        if input.everywhere:
            await accounts.revoke_all_tokens(ctx.user)
        else:
            await accounts.revoke_token(ctx.token.jti, ctx.token.expires_at)
        return TokenRevokePayload(revoked=True)

    @strawberry.mutation(extensions=[Guard(SIGNED_IN)], metadata=HASHES_PASSWORD,
                         description="Change your password; every other token stops working, a new one is returned.")
    async def password_change(self, info: strawberry.Info, input: PasswordChangeInput) -> TokenCreatePayload:
        ctx = info.context
        ctx.password_check()
        login = ":".join(accounts.login_lookup(ctx.user.email or ctx.user.phone or ""))
        await ctx.limiter.before(login, ctx.client_address)
        try:
            token, expires_at = await accounts.change_password(ctx.settings, ctx.user, input.current_password, input.new_password)
        except DomainError as error:
            if error.code == ErrorCode.INVALID_CREDENTIALS.name:
                await ctx.limiter.failed(login)
            raise
        return TokenCreatePayload(token=token, expires_at=datetime.fromtimestamp(expires_at, tz=timezone.utc), user=ctx.user)

    @strawberry.mutation(extensions=[Guard(SIGNED_IN)], description="Create a merchant; the caller becomes its owner.")
    async def merchant_create(self, info: strawberry.Info, input: MerchantCreateInput) -> MerchantPayload:
        merchant = await accounts.create_merchant(info.context.user, input.slug, input.name, input.currency)
        return MerchantPayload(merchant=Merchant.of(merchant))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Change the merchant's name and money settings.")
    async def merchant_update(self, info: strawberry.Info, input: MerchantUpdateInput) -> MerchantPayload:
        merchant = await MerchantModel.filter(id=info.context.merchant.id).select_for_update().first()
        before = {name: getattr(merchant, name) for name in ("name", "after_sales_reasons", "time_zone", *SETTING_RANGES)}
        errors = []
        if input.name is not strawberry.UNSET:
            if not input.name or not input.name.strip() or len(input.name) > 200:
                errors.append(DomainError(ErrorCode.INVALID, "1 to 200 characters", "name"))
            else:
                merchant.name = input.name.strip()
        if input.after_sales_reasons is not strawberry.UNSET:
            reasons = [reason.strip() for reason in input.after_sales_reasons or []]
            if not 1 <= len(reasons) <= 20 or not all(1 <= len(reason) <= 30 for reason in reasons) or len(set(reasons)) != len(reasons):
                errors.append(DomainError(ErrorCode.INVALID, "1 to 20 different reasons, each 1 to 30 characters", "afterSalesReasons"))
            else:
                merchant.after_sales_reasons = reasons
        if input.time_zone is not strawberry.UNSET:
            try:
                merchant.time_zone = time_zone_name(input.time_zone or "")
            except ValueError as error:
                errors.append(DomainError(ErrorCode.INVALID, str(error), "timeZone"))
        for name in SETTING_RANGES:  # ranges are checked by Guard; a null cannot be stored
            value = getattr(input, name)
            if value is strawberry.UNSET:
                continue
            if value is None:
                errors.append(DomainError(ErrorCode.REQUIRED, "must not be null", camel(name)))
            else:
                setattr(merchant, name, value)
        DomainErrors.raise_if_any(errors)
        await merchant.save()
        info.context.audit("Merchant", merchant.id, before, {name: getattr(merchant, name) for name in before})
        info.context.merchant = merchant
        return MerchantPayload(merchant=Merchant.of(merchant))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Replace a member's roles (those marked assignable; a plugin's roles follow its records).")
    async def member_roles_set(self, info: strawberry.Info, input: MemberRolesSetInput) -> MemberRolesSetPayload:
        ctx = info.context
        user_id = await references.member(ctx, input.member_id, "memberId")
        membership = await Membership.get(merchant_id=ctx.merchant.id, user_id=user_id)
        before = sorted(await MemberRole.filter(membership_id=membership.id).values_list("role", flat=True))
        roles = await accounts.set_roles(ctx.manager, ctx.merchant, membership, input.roles)
        ctx.audit("Membership", user_id, {"roles": before}, {"roles": roles})
        if user_id == ctx.user.id:
            await ctx.refresh_roles()
        return MemberRolesSetPayload(roles=roles)
