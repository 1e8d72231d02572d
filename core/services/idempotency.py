"""Idempotency keys for money-moving mutations (and order placement, which reserves stock).

The mutation first *claims* its key (INSERT … ON CONFLICT DO NOTHING) inside
its own transaction. A retry, or a concurrent twin that waited on the unique
index, finds the claim and gets the first result back instead of moving money
again. A failed attempt rolls its claim back with everything else, so the
client may retry it. The same key with different input is refused.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tortoise.models import Model
from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import IdempotencyRecord


def fingerprint(request: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(request, sort_keys=True, default=str).encode()).hexdigest()


def check_key(key: str) -> str:
    key = (key or "").strip()
    if not 8 <= len(key) <= 128:
        raise DomainError(ErrorCode.INVALID, "an idempotency key has 8 to 128 characters", "idempotencyKey")
    return key


async def claim(merchant_id: int, user_id: int, operation: str, key: str, request: dict[str, Any], model: type[Model]) -> Model | None:
    """None if this request is the first with `key` (go ahead), else the first request's result."""
    key = check_key(key)
    digest = fingerprint(request)
    inserted = await db.fetch(
        "INSERT INTO idempotency_record (merchant_id, user_id, operation, key, request_hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (merchant_id, user_id, operation, key) DO NOTHING RETURNING id",
        merchant_id, user_id, operation, key, digest, utcnow(),
    )
    if inserted:
        return None
    record = await IdempotencyRecord.get(merchant_id=merchant_id, user_id=user_id, operation=operation, key=key)
    if record.request_hash != digest:
        raise DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, "this idempotency key was used for a different request", "idempotencyKey")
    return await model.get(id=record.result_id, merchant_id=merchant_id)


async def record(merchant_id: int, user_id: int, operation: str, key: str, result: Model) -> None:
    await IdempotencyRecord.filter(merchant_id=merchant_id, user_id=user_id, operation=operation, key=key.strip()).update(
        result_type=type(result).__name__, result_id=result.pk
    )
