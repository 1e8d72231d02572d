"""Limits on what costs a password hash: sign-in attempts per account and per client address,
registrations per address (the `limits` library).

Failed attempts count against the account — keyed on the login as sign-in looks it up, so
"138 0013 8000" and "138-0013-8000" are one account, not six budgets — so a guesser cannot lock
out an account holder who knows the password for long; every attempt counts against the address.
Storage is one worker's memory by default; FENXIAO_RATE_LIMIT_STORAGE=async+redis://… shares the
limits between workers (required in production with more than one worker, see core/settings.py).
"""

from __future__ import annotations

import time

from limits import parse
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.settings import Settings


class LoginLimiter:
    def __init__(self, settings: Settings) -> None:
        self.limiter = MovingWindowRateLimiter(storage_from_string(settings.rate_limit_storage))
        self.per_account = parse(settings.login_attempts_per_account)
        self.per_address = parse(settings.login_attempts_per_address)
        self.registrations = parse(settings.register_attempts_per_address)

    async def _refuse_if_exhausted(self, item, key: str, field: str) -> None:
        if not await self.limiter.test(item, key):
            stats = await self.limiter.get_window_stats(item, key)
            wait = max(1, int(stats.reset_time - time.time()))
            raise DomainError(ErrorCode.LIMIT_EXCEEDED, f"too many sign-in attempts; try again in {wait} s", field)

    async def before(self, account: str, address: str) -> None:
        """Refuse when the address or the account (its normalised login) has used its attempts; count the address's attempt."""
        await self._refuse_if_exhausted(self.per_account, f"account:{account}", "login")
        await self._refuse_if_exhausted(self.per_address, f"address:{address}", "login")
        await self.limiter.hit(self.per_address, f"address:{address}")

    async def failed(self, account: str) -> None:
        await self.limiter.hit(self.per_account, f"account:{account}")

    async def registration(self, address: str) -> None:
        """Count a registration from `address`, or refuse it when the address has used its allowance."""
        if not await self.limiter.hit(self.registrations, f"register:{address}"):
            stats = await self.limiter.get_window_stats(self.registrations, f"register:{address}")
            wait = max(1, int(stats.reset_time - time.time()))
            raise DomainError(ErrorCode.LIMIT_EXCEEDED, f"too many new accounts from this address; try again in {wait} s", "email")
