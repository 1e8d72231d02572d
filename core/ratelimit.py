"""Sign-in attempt limits, per account and per client address (the `limits` library).

Failed attempts count against the account (so a guesser cannot lock out an
account holder who knows the password for long); every attempt counts against
the address. Storage is one worker's memory by default; point
FENXIAO_RATE_LIMIT_STORAGE at async+redis://… to share limits between workers.
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

    async def _refuse_if_exhausted(self, item, key: str, field: str) -> None:
        if not await self.limiter.test(item, key):
            stats = await self.limiter.get_window_stats(item, key)
            wait = max(1, int(stats.reset_time - time.time()))
            raise DomainError(ErrorCode.LIMIT_EXCEEDED, f"too many sign-in attempts; try again in {wait} s", field)

    async def before(self, login: str, address: str) -> None:
        """Refuse when the address or the account has used its attempts; count the address's attempt."""
        await self._refuse_if_exhausted(self.per_account, f"account:{login.strip().lower()}", "login")
        await self._refuse_if_exhausted(self.per_address, f"address:{address}", "login")
        await self.limiter.hit(self.per_address, f"address:{address}")

    async def failed(self, login: str) -> None:
        await self.limiter.hit(self.per_account, f"account:{login.strip().lower()}")
