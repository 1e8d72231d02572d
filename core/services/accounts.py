"""Identity use cases: register, sign in, create a merchant, memberships and roles."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timezone

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.timezone import now as utcnow

from fenxiao.core import db, ledger
from fenxiao.core.unit_of_work import savepoint
from fenxiao.core import roles as core_roles
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.models import Membership, MemberRole, Merchant, User
from fenxiao.core.models.base import fits
from fenxiao.core.plugins import PluginManager
from fenxiao.core.plugin_types import HookContext
from fenxiao.core.security import check_password_policy, dummy_hash, hash_password, issue_token, verify_password
from fenxiao.core.settings import Settings

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
PHONE = re.compile(r"^\+?[0-9]{6,20}$")
SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$")


def _email(text: str) -> str:
    return text.strip().lower()


def _phone(text: str) -> str:
    return re.sub(r"[\s-]", "", text)


def login_lookup(login: str) -> tuple[str, str]:
    """The column and value sign-in finds an account by. The sign-in limit is keyed on the same
    value, so every spelling of one login shares one budget of attempts."""
    login = login.strip()
    return ("email", _email(login)) if "@" in login else ("phone", _phone(login))


def normalise_login(email: str | None, phone: str | None) -> tuple[str | None, str | None]:
    email = _email(email or "") or None
    phone = _phone(phone or "") or None
    errors = []
    if email is None and phone is None:
        errors.append(DomainError(ErrorCode.REQUIRED, "give an email or a phone number", "email"))
    if email is not None and (len(email) > 254 or not EMAIL.match(email)):
        errors.append(DomainError(ErrorCode.INVALID, "not an email address", "email"))
    if phone is not None and not PHONE.match(phone):
        errors.append(DomainError(ErrorCode.INVALID, "not a phone number", "phone"))
    DomainErrors.raise_if_any(errors)
    return email, phone


async def hashed(password: str) -> str:
    """argon2 takes a fifth of a second of CPU by design: in a worker thread, so the event loop keeps
    answering other requests (argon2-cffi releases the GIL while it hashes)."""
    return await asyncio.to_thread(hash_password, password)


async def verified(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches; with no hash (no such account) a dummy one is checked, so both take as long."""
    return await asyncio.to_thread(lambda: verify_password(password_hash or dummy_hash(), password) and password_hash is not None)


async def register(email: str | None, phone: str | None, password: str, display_name: str = "") -> User:
    email, phone = normalise_login(email, phone)
    check_password_policy(password)
    if len(display_name) > 100:
        raise DomainError(ErrorCode.INVALID, "at most 100 characters", "displayName")
    if email and await User.exists(email=email):
        raise DomainError(ErrorCode.DUPLICATE, "an account with this email exists", "email")
    if phone and await User.exists(phone=phone):
        raise DomainError(ErrorCode.DUPLICATE, "an account with this phone number exists", "phone")
    try:
        async with savepoint():  # a savepoint: a lost race must not poison the outer transaction
            return await User.create(email=email, phone=phone, password_hash=await hashed(password), display_name=display_name.strip())
    except IntegrityError:
        raise DomainError(ErrorCode.DUPLICATE, "an account with this email or phone exists", "email") from None


async def authenticate(settings: Settings, login: str, password: str) -> tuple[User, str, int]:
    """The user and a fresh token, or INVALID_CREDENTIALS (same answer for unknown account and wrong password)."""
    field, value = login_lookup(login)
    user = await User.get_or_none(**{field: value}) if value and fits(User, field, value) else None
    if user is None:
        await verified(None, password)
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "wrong account or password", "login")
    if not await verified(user.password_hash, password) or not user.is_active:
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "wrong account or password", "login")
    token, expires_at = issue_token(settings.secret_key, user.id, user.token_version, settings.token_ttl_seconds)
    return user, token, expires_at


async def change_password(settings: Settings, user: User, current: str, new: str) -> tuple[str, int]:
    """Set a new password; every token issued before stops working. Returns a fresh token."""
    if not await verified(user.password_hash, current):
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "the current password is wrong", "currentPassword")
    check_password_policy(new)
    if new == current:
        raise DomainError(ErrorCode.WEAK_PASSWORD, "choose a password you did not use now", "newPassword")
    await User.filter(id=user.id).update(password_hash=await hashed(new))
    await revoke_all_tokens(user)  # reloads the user: the new hash, the new token version
    return issue_token(settings.secret_key, user.id, user.token_version, settings.token_ttl_seconds)


async def revoke_all_tokens(user: User) -> None:
    await User.filter(id=user.id).update(token_version=F("token_version") + 1)
    await user.refresh_from_db()


async def revoke_token(jti: str, expires_at: int) -> None:
    """Sign one token out (it stays refused until it would have expired anyway)."""
    await db.execute(
        "INSERT INTO revoked_token (jti, expires_at) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING",
        jti, datetime.fromtimestamp(expires_at, tz=timezone.utc),
    )


async def create_merchant(owner: User, slug: str, name: str, currency: str = "CNY") -> Merchant:
    slug = slug.strip().lower()
    errors = []
    if not SLUG.match(slug):
        errors.append(DomainError(ErrorCode.INVALID, "3–64 lowercase letters, digits and dashes", "slug"))
    if not name.strip() or len(name) > 200:
        errors.append(DomainError(ErrorCode.INVALID, "give a name of at most 200 characters", "name"))
    if not re.fullmatch(r"[A-Z]{3}", currency):
        errors.append(DomainError(ErrorCode.INVALID, "an ISO 4217 code such as CNY", "currency"))
    DomainErrors.raise_if_any(errors)
    if await Merchant.exists(slug=slug):
        raise DomainError(ErrorCode.DUPLICATE, "this slug is taken", "slug")
    try:
        async with savepoint():
            merchant = await Merchant.create(slug=slug, name=name.strip(), currency=currency)
    except IntegrityError:
        raise DomainError(ErrorCode.DUPLICATE, "this slug is taken", "slug") from None
    await ledger.create_merchant_accounts(merchant.id)
    membership = await Membership.create(merchant_id=merchant.id, user_id=owner.id)
    await MemberRole.create(merchant_id=merchant.id, membership_id=membership.id, role=core_roles.OWNER)
    return merchant


async def join(hooks: HookContext, user: User, referral_code: str | None = None) -> tuple[Membership, bool]:
    """The user's membership in the merchant, created as a customer if new (then `fenxiao_member_joined` runs)."""
    merchant = hooks.merchant
    membership = await Membership.get_or_none(merchant_id=merchant.id, user_id=user.id)
    if membership is not None:
        return membership, False
    try:
        async with savepoint():
            membership = await Membership.create(merchant_id=merchant.id, user_id=user.id)
            await MemberRole.create(merchant_id=merchant.id, membership_id=membership.id, role=core_roles.CUSTOMER)
    except IntegrityError:  # joined concurrently by another request
        return await Membership.get(merchant_id=merchant.id, user_id=user.id), False
    await hooks.hook.fenxiao_member_joined(membership=membership, referral_code=referral_code)
    return membership, True


async def grant_role(merchant_id: int, user_id: int, role: str) -> None:
    """Add one role to a member (a plugin making someone an agent, a distributor …); idempotent."""
    membership = await Membership.get(merchant_id=merchant_id, user_id=user_id)
    await db.execute(
        "INSERT INTO member_role (merchant_id, membership_id, role, created_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (membership_id, role) DO NOTHING",
        merchant_id, membership.id, role, utcnow(),
    )


async def roles_of(merchant_id: int, user_id: int) -> set[str]:
    """The roles a member holds in the merchant, as granted (not expanded)."""
    return set(await MemberRole.filter(merchant_id=merchant_id, membership__user_id=user_id).values_list("role", flat=True))


async def is_staff(merchant_id: int, user_id: int) -> bool:
    """Staff or owner of the merchant: people a member never binds into a team or role of theirs."""
    return bool(await roles_of(merchant_id, user_id) & {core_roles.STAFF, core_roles.OWNER})


async def revoke_role(merchant_id: int, user_id: int, role: str) -> None:
    membership = await Membership.get(merchant_id=merchant_id, user_id=user_id)
    await MemberRole.filter(membership_id=membership.id, role=role).delete()


async def set_roles(manager: PluginManager, merchant: Merchant, membership: Membership, roles: list[str]) -> list[str]:
    """Replace a member's assignable roles. Only declared roles; the last owner cannot be demoted.

    A plugin's role follows the plugin's own record (a distributor's row, a reseller's, a
    territory): it is granted and removed with that record, never here, so nobody holds a
    role no record stands behind, nor keeps a record whose role was taken away."""
    declared = {role.name: role for role in core_roles.CORE_ROLES} | manager.roles()
    unknown = sorted(set(roles) - set(declared))
    if unknown:
        raise DomainError(ErrorCode.INVALID, f"unknown role(s): {', '.join(unknown)}", "roles")
    current = set(await MemberRole.filter(membership_id=membership.id).values_list("role", flat=True))
    wanted = set(roles)
    managed = sorted(role for role in current ^ wanted if role in declared and not declared[role].assignable)
    if managed:
        raise DomainError(ErrorCode.INVALID, f"{', '.join(managed)}: granted and removed by the plugin together with its own record "
                                             "(approve an application, invite a distributor, grant a territory …), not by hand", "roles")
    if core_roles.OWNER in current and core_roles.OWNER not in wanted:
        owners = await MemberRole.filter(merchant_id=merchant.id, role=core_roles.OWNER).count()
        if owners <= 1:
            raise DomainError(ErrorCode.INVALID, "a merchant needs at least one owner", "roles")
    await MemberRole.filter(membership_id=membership.id, role__in=current - wanted).delete()
    await MemberRole.bulk_create(
        [MemberRole(merchant_id=merchant.id, membership_id=membership.id, role=role) for role in sorted(wanted - current)]
    )
    return sorted(wanted)
