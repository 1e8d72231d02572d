"""Inputs that name a row or a person, resolved within the request's merchant.

Users are global (one account, many merchants), so a user's global ID alone says
nothing about the merchant: every input that names a person (a member, an agent, a
salesperson, an upline, a recommender, a seller …) goes through `member()`, which
answers NOT_FOUND unless the user is an active member of the request's merchant —
whoever they are elsewhere. Rows of tenant tables are found only within the merchant.
The generated admin resolves its foreign keys with `exists()`, hand-written
mutations with `member()`; a test walks every such input with another merchant's user.

Resolve references first, before other checks: a refusal then names the reference.
"""

from __future__ import annotations

from typing import Any

from tortoise.models import Model

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import Membership, Merchant, User
from fenxiao.core.models.base import is_tenant
from fenxiao.schema.relay import decode_id

MEMBER_ID = "global ID of a User who is a member of this merchant"


async def _is_member(merchant_id: int, user_id: int) -> bool:
    return await Membership.exists(merchant_id=merchant_id, user_id=user_id, is_active=True)


async def member(ctx: Any, global_id: str, field: str) -> int:
    """The user `global_id` names, if an active member of the request's merchant; else NOT_FOUND."""
    user_id = decode_id(global_id, "User", field)
    if not await _is_member(ctx.merchant.id, user_id):
        raise DomainError(ErrorCode.NOT_FOUND, "no such member of this merchant", field)
    return user_id


async def optional_member(ctx: Any, global_id: str | None, field: str) -> int | None:
    return None if global_id is None else await member(ctx, global_id, field)


async def exists(ctx: Any, model: type[Model], pk: int) -> bool:
    """Whether the row `pk` of `model` may be referred to from the request's merchant."""
    if model is User:
        return await _is_member(ctx.merchant.id, pk)
    if model is Merchant:
        return pk == ctx.merchant.id
    query = model.filter(pk=pk)
    if is_tenant(model):
        query = query.filter(merchant_id=ctx.merchant.id)
    return await query.exists()
