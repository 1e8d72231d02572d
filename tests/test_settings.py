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
    ({"DATABASE_URL": "postgres://fenxiao:secret@no-such-host.invalid/shop"}, "fenxiao check: DATABASE_URL: cannot reach"),
    ({"DATABASE_URL": "mysql://fenxiao:secret@localhost/shop"}, "fenxiao check: DATABASE_URL: unknown scheme 'mysql'"),
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


def _fenxiao(tmp_path, *args: str, **variables: str) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if not name.startswith("FENXIAO_") and name != "DATABASE_URL"}
    return subprocess.run([sys.executable, "-m", "fenxiao.schema.cli", *args], cwd=tmp_path, env={**env, **variables},
                          capture_output=True, text=True, timeout=300)


def test_every_subcommand_says_what_it_does_its_options_and_its_environment(tmp_path):
    import argparse

    from fenxiao.schema import cli

    subcommands = next(action for action in cli.build_parser()._actions if isinstance(action, argparse._SubParsersAction))
    parser_of: dict[str, argparse.ArgumentParser] = dict(subcommands.choices)
    assert {"serve", "migrate", "makemigrations", "demo", "schema", "check", "settle", "regions"} <= set(parser_of)
    for name, parser in parser_of.items():
        text = parser.format_help()
        assert parser.description and len(parser.description) > 20, name
        assert "environment:" in text, name
        for action in parser._actions:
            if action.dest != "help":
                assert action.help, f"fenxiao {name}: {action.dest} has no help"
    assert "FENXIAO_RATE_LIMIT_STORAGE" in parser_of["serve"].format_help()
    shown = _fenxiao(tmp_path, "settle", "--help")
    assert shown.returncode == 0 and "DATABASE_URL" in shown.stdout and "--merchant" in shown.stdout


@pytest.fixture
def migrated(sqlite_template, tmp_path, monkeypatch) -> str:
    """A migrated SQLite file as DATABASE_URL, for commands run in this process (`cli.main`)."""
    import shutil

    path = tmp_path / "ops.sqlite3"
    shutil.copy(sqlite_template, path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite://{path}")
    return str(path)


def _main(capsys, *args: str) -> tuple[int, str]:
    from fenxiao.schema import cli

    code = cli.main(list(args))
    return code, capsys.readouterr().err


def test_an_unknown_merchant_or_time_is_said_not_taken_for_nothing_due(migrated, capsys):
    for args, says in ((("settle", "--merchant", "no-such-shop"), "fenxiao settle: --merchant: no merchant 'no-such-shop'"),
                       (("check", "--merchant", "x" * 300), "fenxiao check: --merchant: no merchant"),
                       (("settle", "--now", "yesterday"), "fenxiao settle: --now: not an ISO 8601 time")):
        code, said = _main(capsys, *args)
        assert code == 2 and said.startswith(says) and said.count("\n") == 1, said


@pytest.mark.parametrize("content, says", [
    (None, "cannot read it"),
    (b"\xff\xfe\x00broken", "not UTF-8 text"),
    (b"", "line 1: the header must be code,name,level,parent"),
    (b"code,name\n110000,x\n", "line 1: the header must be"),
    (b"code,name,level,parent\n", "no divisions in it"),
    (b"code,name,level,parent\n110000,Beijing,1,\n110100,,2,110000\n", "line 3: name: 1 to 100 characters"),
    (b"code,name,level,parent\n110000,Beijing,one,\n", "line 2: level: 1, 2 or 3"),
    (b"code,name,level,parent\n110000,Beijing,1,\n110000,Again,1,\n", "line 3: code: 110000 appears twice"),
    (b"code,name,level,parent\n11 00,Beijing,1,\n", "line 2: code:"),
    (b"code,name,level,parent\n110000,Beijing,1,\n110100,Dongcheng,2,999999\n", "line 3: parent: '999999' is not a code"),
    (b"code,name,level,parent\n110000,Beijing,1\n", "line 2: columns"),
    (b"code,name,level,parent\n110100,Dongcheng,2,\n", "line 2: parent: a province"),
])
def test_a_division_file_that_cannot_be_imported_is_named_with_its_line_and_field(migrated, capsys, tmp_path, content, says):
    path = tmp_path / "divisions.csv"
    if content is not None:
        path.write_bytes(content)
    code, said = _main(capsys, "regions", "import", "--file", str(path))
    assert code == 2 and said.startswith(f"fenxiao regions: {path}: {says}") and said.count("\n") == 1, said


def test_the_commands_say_it_from_a_shell_too(tmp_path):
    """The same, from a real process: one line on stderr, exit 2, no traceback."""
    done = _fenxiao(tmp_path, "regions", "import", "--file", str(tmp_path / "missing.csv"), DATABASE_URL=f"sqlite://{tmp_path / 'x.sqlite3'}")
    assert done.returncode == 2 and "cannot read it" in done.stderr and "Traceback" not in done.stderr, done.stderr
