"""Settings are read and validated once: a bad value stops the command with one line naming the
variable; nothing unknown is taken for development."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from fenxiao.core.settings import DEFAULT_SECRET, Environment, Settings, SettingsError

STRONG = "a-production-secret-of-forty-characters!!"


def _from(monkeypatch, **variables) -> Settings:
    for name in [name for name in os.environ if name.startswith("FENXIAO_") or name == "DATABASE_URL"]:
        monkeypatch.delenv(name)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return Settings.from_env()


@pytest.mark.parametrize("variables, named", [
    ({"FENXIAO_ENV": "prod"}, "FENXIAO_ENV"),
    ({"FENXIAO_ENV": "Production"}, "FENXIAO_ENV"),
    ({"FENXIAO_MAX_DEPTH": "abc"}, "FENXIAO_MAX_DEPTH"),
    ({"FENXIAO_MAX_DEPTH": "0"}, "FENXIAO_MAX_DEPTH"),
    ({"FENXIAO_MAX_PAGE_SIZE": "-5"}, "FENXIAO_MAX_PAGE_SIZE"),
    ({"FENXIAO_TOKEN_TTL": "1e9"}, "FENXIAO_TOKEN_TTL"),
    ({"FENXIAO_GRAPHIQL": "perhaps"}, "FENXIAO_GRAPHIQL"),
    ({"DATABASE_URL": "mysql://host/db"}, "DATABASE_URL"),
    ({"FENXIAO_LOGIN_RATE_ACCOUNT": "five a minute"}, "FENXIAO_LOGIN_RATE_ACCOUNT"),
    ({"FENXIAO_RATE_LIMIT_STORAGE": "redis://host"}, "FENXIAO_RATE_LIMIT_STORAGE"),
])
def test_a_bad_setting_is_refused_naming_its_variable(monkeypatch, variables, named):
    with pytest.raises(SettingsError) as refused:
        _from(monkeypatch, **variables)
    assert str(refused.value).startswith(named) and "\n" not in str(refused.value)


def test_defaults_and_production_defaults(monkeypatch):
    development = _from(monkeypatch)
    assert (development.env, development.graphiql, development.introspection, development.debug_queries) == (
        Environment.DEVELOPMENT, True, True, False)
    production = _from(monkeypatch, FENXIAO_ENV="production", FENXIAO_SECRET_KEY=STRONG)
    assert (production.graphiql, production.introspection, production.field_suggestions) == (False, False, False)
    assert _from(monkeypatch, DATABASE_URL="/var/lib/fenxiao/shop.sqlite3").database_url == "sqlite:///var/lib/fenxiao/shop.sqlite3"


def test_production_refuses_the_default_secret_and_unshared_limits_for_several_workers():
    with pytest.raises(SettingsError, match="FENXIAO_SECRET_KEY"):
        Settings(env="production", secret_key=DEFAULT_SECRET).check()
    Settings(env="production", secret_key=STRONG).check(workers=1)
    with pytest.raises(SettingsError, match="FENXIAO_RATE_LIMIT_STORAGE"):
        Settings(env="production", secret_key=STRONG).check(workers=2)
    Settings(env="production", secret_key=STRONG, rate_limit_storage="async+redis://localhost:6379").check(workers=2)


@pytest.mark.parametrize("variables, says", [
    ({"FENXIAO_ENV": "prod"}, "fenxiao check: FENXIAO_ENV:"),
    ({"DATABASE_URL": "/no/such/directory/shop.sqlite3"}, "fenxiao check: DATABASE_URL: cannot"),
    ({"DATABASE_URL": "postgres://fenxiao:secret@127.0.0.1:1/shop"}, "fenxiao check: DATABASE_URL: cannot reach"),
])
def test_the_command_says_what_to_fix_in_one_line_without_a_traceback(tmp_path, variables, says):
    env = {name: value for name, value in os.environ.items() if not name.startswith("FENXIAO_") and name != "DATABASE_URL"}
    done = subprocess.run([sys.executable, "-m", "fenxiao.schema.cli", "check"], cwd=tmp_path, env={**env, **variables},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(says) and "Traceback" not in done.stderr and "secret@" not in done.stderr, done.stderr


async def test_the_sql_count_is_shown_only_when_asked_for(database, manager, schema):
    from fenxiao.schema.app import create_app
    from tests.api import Api
    from tests.conftest import base_settings

    async with Api(create_app(base_settings().with_(debug_queries=False), manager, manage_db=False)) as quiet:
        assert "extensions" not in (await quiet.gql("{ __typename }"))
    async with Api(create_app(base_settings(), manager, schema, manage_db=False)) as counting:
        assert "queries" in (await counting.gql("{ __typename }"))["extensions"]
