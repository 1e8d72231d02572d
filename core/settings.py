"""Settings read from the environment, once, into an immutable object.

Every knob that differs between a developer laptop, CI and production lives
here, so that the rest of the code never reads `os.environ` itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

DEFAULT_SECRET = "fenxiao-development-secret-do-not-use-in-production"


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    env: str = "development"
    database_url: str = "sqlite://fenxiao.sqlite3"  # in the directory the command runs in
    secret_key: str = DEFAULT_SECRET
    token_ttl_seconds: int = 7 * 24 * 3600
    # GraphQL limits (see schema/limits.py for what each one guards against).
    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 4000
    max_page_size: int = 100
    default_page_size: int = 20
    max_cost: int = 50_000
    max_directives: int = 20
    max_batch: int = 5
    max_body_bytes: int = 256 * 1024
    login_attempts_per_account: str = "5/minute"
    login_attempts_per_address: str = "30/minute"
    rate_limit_storage: str = "async+memory://"  # one worker's memory; async+redis://… shares limits between workers
    graphiql: bool = True
    introspection: bool = True
    field_suggestions: bool = True
    db_pool_size: int = 10

    @property
    def production(self) -> bool:
        return self.env == "production"

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ.get("FENXIAO_ENV", "development")
        production = env == "production"
        return cls(
            env=env,
            database_url=os.environ.get("DATABASE_URL") or cls.database_url,
            secret_key=os.environ.get("FENXIAO_SECRET_KEY") or DEFAULT_SECRET,
            token_ttl_seconds=_int("FENXIAO_TOKEN_TTL", cls.token_ttl_seconds),
            max_depth=_int("FENXIAO_MAX_DEPTH", cls.max_depth),
            max_aliases=_int("FENXIAO_MAX_ALIASES", cls.max_aliases),
            max_tokens=_int("FENXIAO_MAX_TOKENS", cls.max_tokens),
            max_page_size=_int("FENXIAO_MAX_PAGE_SIZE", cls.max_page_size),
            max_cost=_int("FENXIAO_MAX_COST", cls.max_cost),
            max_directives=_int("FENXIAO_MAX_DIRECTIVES", cls.max_directives),
            max_batch=_int("FENXIAO_MAX_BATCH", cls.max_batch),
            max_body_bytes=_int("FENXIAO_MAX_BODY_BYTES", cls.max_body_bytes),
            login_attempts_per_account=os.environ.get("FENXIAO_LOGIN_RATE_ACCOUNT") or cls.login_attempts_per_account,
            login_attempts_per_address=os.environ.get("FENXIAO_LOGIN_RATE_ADDRESS") or cls.login_attempts_per_address,
            rate_limit_storage=os.environ.get("FENXIAO_RATE_LIMIT_STORAGE") or cls.rate_limit_storage,
            graphiql=_bool("FENXIAO_GRAPHIQL", not production),
            introspection=_bool("FENXIAO_INTROSPECTION", not production),
            field_suggestions=_bool("FENXIAO_FIELD_SUGGESTIONS", not production),
            db_pool_size=_int("FENXIAO_DB_POOL_SIZE", cls.db_pool_size),
        )

    def check(self) -> None:
        """Refuse configurations that are unsafe to serve."""
        if self.production and (self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32):
            raise RuntimeError(
                "FENXIAO_ENV=production needs FENXIAO_SECRET_KEY set to a secret of your own, 32 characters or more"
            )
