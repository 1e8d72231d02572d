"""Settings read from the environment, once, into an immutable, validated object (pydantic-settings).

Every knob that differs between a developer laptop, CI and production lives here, so that the
rest of the code never reads `os.environ` itself. Each setting has a declared type and range;
`Settings.from_env()` refuses a bad value with one line naming the environment variable
(`FENXIAO_MAX_DEPTH: a whole number, got 'abc'`) instead of starting in a mode nobody chose:
an unknown `FENXIAO_ENV` (`prod`, `Production`) is refused, not taken for development.
"""

from __future__ import annotations

import enum
import re
from typing import Annotated, Any

from limits import parse
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from fenxiao.core.errors import OperatorError

DEFAULT_SECRET = "fenxiao-development-secret-do-not-use-in-production"
SCHEMES = ("sqlite://", "postgres://", "postgresql://", "asyncpg://")


class Environment(str, enum.Enum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class SettingsError(OperatorError):
    """The environment holds a setting Fenxiao cannot start with; the message names each variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FENXIAO_", frozen=True, extra="ignore", populate_by_name=True)

    env: Environment = Environment.DEVELOPMENT
    database_url: str = Field("sqlite://fenxiao.sqlite3", validation_alias="DATABASE_URL",
                              description="sqlite://path, a plain path (SQLite), or postgres://user:pass@host/db")
    secret_key: str = Field(DEFAULT_SECRET, min_length=1)
    token_ttl_seconds: int = Field(7 * 24 * 3600, ge=60, le=365 * 24 * 3600,
                                   validation_alias="FENXIAO_TOKEN_TTL")
    # GraphQL limits (see schema/limits.py for what each one guards against).
    max_depth: int = Field(12, ge=2, le=100)
    max_aliases: int = Field(30, ge=1, le=10_000)
    max_tokens: int = Field(4000, ge=100, le=1_000_000)
    max_page_size: int = Field(100, ge=1, le=10_000)
    default_page_size: int = Field(20, ge=1, le=10_000)
    max_cost: int = Field(50_000, ge=100, le=100_000_000)
    max_directives: int = Field(20, ge=1, le=10_000)
    max_batch: int = Field(5, ge=1, le=100)
    max_body_bytes: int = Field(256 * 1024, ge=1024, le=100 * 1024 * 1024)
    login_attempts_per_account: str = Field("5/minute", validation_alias="FENXIAO_LOGIN_RATE_ACCOUNT")
    login_attempts_per_address: str = Field("30/minute", validation_alias="FENXIAO_LOGIN_RATE_ADDRESS")
    register_attempts_per_address: str = Field("60/minute", validation_alias="FENXIAO_REGISTER_RATE_ADDRESS")
    # One worker's memory by default; async+redis://… shares limits between workers (required in production with several).
    rate_limit_storage: str = "async+memory://"
    graphiql: bool = Field(None, description="default: on except in production")  # type: ignore[assignment]
    introspection: bool = Field(None, description="default: on except in production")  # type: ignore[assignment]
    field_suggestions: bool = Field(None, description="default: on except in production")  # type: ignore[assignment]
    debug_queries: bool = Field(False, description="add the SQL statement count to every response (extensions.queries)")
    db_pool_size: int = Field(10, ge=1, le=1000)
    public_url: str = Field("http://127.0.0.1:8000", pattern=r"^https?://[^\s/]+(:\d+)?$",
                            description="where payment providers reach this server (their notifications): scheme, host, port")
    cors_origins: Annotated[tuple[str, ...], NoDecode] = Field((), description="origins whose pages may call the API "
                                                         "(a console elsewhere), comma-separated; none by default")
    media_dir: str = Field("media", min_length=1, description="where uploaded files are kept (relative: to the working directory)")
    media_max_bytes: int = Field(5 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024, description="the largest file one may upload")

    @model_validator(mode="before")
    @classmethod
    def _production_defaults(cls, data: Any) -> Any:
        """GraphiQL, introspection and suggestions default to on, except in production."""
        if isinstance(data, dict):
            production = str(data.get("env", data.get("FENXIAO_ENV", ""))).strip() == Environment.PRODUCTION.value
            for name in ("graphiql", "introspection", "field_suggestions"):
                if data.get(name) in (None, ""):
                    data = {**data, name: not production}
        return data

    @field_validator("database_url", mode="before")
    @classmethod
    def _database_url(cls, value: Any) -> Any:
        """A plain path is a SQLite file; anything else must name a scheme Fenxiao speaks."""
        if not isinstance(value, str) or not value.strip():
            raise ValueError("give sqlite://path, a file path, or postgres://user:pass@host/db")
        value = value.strip()
        if value.startswith(SCHEMES):
            return value
        scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", value)
        if scheme:
            raise ValueError(f"unknown scheme {scheme[1]!r}: use sqlite://path or postgres://user:pass@host/db")
        return f"sqlite://{value}"

    @field_validator("login_attempts_per_account", "login_attempts_per_address", "register_attempts_per_address")
    @classmethod
    def _rate(cls, value: str) -> str:
        try:
            parse(value)
        except ValueError:
            raise ValueError(f"a rate such as 5/minute, got {value!r}") from None
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _origins(cls, value: Any) -> Any:
        """`https://console.example.com,http://localhost:5173`: each a scheme, host and optional port, nothing more."""
        origins = [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value
        for origin in origins or []:
            if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:\d{1,5})?", origin):
                raise ValueError(f"{origin!r} is not an origin (scheme://host[:port])")
        return tuple(origins or ())

    @field_validator("rate_limit_storage")
    @classmethod
    def _storage(cls, value: str) -> str:
        if not value.startswith("async+"):
            raise ValueError(f"an async limits storage such as async+memory:// or async+redis://host:6379, got {value!r}")
        return value

    @property
    def production(self) -> bool:
        return self.env == Environment.PRODUCTION

    @property
    def shared_rate_limits(self) -> bool:
        return not self.rate_limit_storage.startswith("async+memory")

    def with_(self, **changes: Any) -> Settings:
        return type(self)(**{**self.model_dump(), **changes})

    @classmethod
    def from_env(cls) -> Settings:
        """The settings of this process's environment, or SettingsError naming each bad variable."""
        try:
            return cls()
        except ValidationError as error:
            raise SettingsError("; ".join(f"{_variable(problem['loc'])}: {_plain(problem)}" for problem in error.errors())) from None

    def check(self, workers: int = 1) -> None:
        """Refuse configurations that are unsafe to serve."""
        if self.production and (self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32):
            raise SettingsError("FENXIAO_ENV=production needs FENXIAO_SECRET_KEY set to a secret of your own, 32 characters or more")
        if self.shared_rate_limits:
            from limits.errors import ConfigurationError
            from limits.storage import storage_from_string

            try:
                storage_from_string(self.rate_limit_storage)
            except ConfigurationError as error:
                raise SettingsError(f"FENXIAO_RATE_LIMIT_STORAGE: {error} (install the extra: pip install 'fenxiao[redis]')") from None
        if self.production and workers > 1 and not self.shared_rate_limits:
            raise SettingsError("FENXIAO_RATE_LIMIT_STORAGE: several workers in production need shared sign-in limits "
                                "(async+redis://host:6379); each worker's own memory would multiply the attempts allowed")


VARIABLES = {"database_url": "DATABASE_URL", "token_ttl_seconds": "FENXIAO_TOKEN_TTL",
             "login_attempts_per_account": "FENXIAO_LOGIN_RATE_ACCOUNT", "login_attempts_per_address": "FENXIAO_LOGIN_RATE_ADDRESS",
             "register_attempts_per_address": "FENXIAO_REGISTER_RATE_ADDRESS"}


def _variable(location: tuple) -> str:
    name = str(location[0]) if location else "settings"
    if name.isupper():
        return name
    return VARIABLES.get(name, f"FENXIAO_{name.upper()}")


def shown_url(url: str) -> str:
    """A database URL fit to print: its password hidden."""
    return re.sub(r"(//[^:/@]+:)[^@]*@", r"\1***@", url)


def _plain(problem: dict) -> str:
    """pydantic's complaint, with what was given (cut short; a secret or a password never shown)."""
    given, variable = problem.get("input"), _variable(problem["loc"])
    if isinstance(given, str) and variable == "DATABASE_URL":
        given = shown_url(given)
    hidden = variable == "FENXIAO_SECRET_KEY" or isinstance(given, dict) or given is None
    shown = "" if hidden or problem["msg"].startswith("Value error, unknown scheme") else f", got {str(given)[:60]!r}"
    return f"{problem['msg'].removeprefix('Value error, ')}{shown}"
