"""The `fenxiao` command: serve, migrate, makemigrations, demo, schema, settle."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from datetime import datetime, timezone

from fenxiao.core import db
from fenxiao.core.plugins import PluginManager
from fenxiao.core.settings import Settings
from fenxiao.core.errors import OperatorError


def _setup() -> tuple[Settings, PluginManager]:
    from fenxiao.core.gateways import accounts

    settings = Settings.from_env()
    accounts.serve_with(settings)  # payment accounts: the key their secrets are sealed with, where providers reach us
    return settings, PluginManager.discover()


async def _migrate(settings: Settings, manager: PluginManager) -> None:
    from fenxiao.core.migrator import upgrade

    applied = await upgrade(db.tortoise_config(settings, manager), manager)
    for app, files in applied.items():
        for name in files:
            print(f"applied {app}/{name}")
    if not any(applied.values()):
        print("database is up to date")


def cmd_migrate(args: argparse.Namespace) -> int:
    settings, manager = _setup()
    asyncio.run(_migrate(settings, manager))
    return 0


def cmd_makemigrations(args: argparse.Namespace) -> int:
    from fenxiao.core.migrator import app_locations, makemigrations

    _, manager = _setup()
    apps = [args.app] if args.app else list(app_locations(manager))
    for app in apps:
        written = makemigrations(manager, app, args.name)
        print(f"{app}: " + ("; ".join(written) if written else "no changes"))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from fenxiao.schema import build_schema

    settings, manager = _setup()
    text = build_schema(manager, settings).as_str() + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from fenxiao.core.demo import load_demo

    settings, manager = _setup()

    async def run() -> None:
        await _migrate(settings, manager)
        await db.init(db.tortoise_config(settings, manager))
        try:
            print(await load_demo(manager))
        finally:
            await db.close()

    asyncio.run(run())
    return 0


async def settle_and_report(manager: PluginManager, now: datetime, merchant: str | None, secret_key: str | None = None) -> int:
    """`fenxiao settle` once the database is up: settle, print the counts and every failure; 1 if anything failed."""
    from tqdm import tqdm

    from fenxiao.core.models import Commission, CommissionState
    from fenxiao.core.services.settlement import settle

    due = Commission.filter(state=CommissionState.FROZEN, available_at__lte=now)
    if merchant:
        due = due.filter(merchant__slug=merchant)
    # A bar on a terminal (tqdm leaves it out when stderr is not one, e.g. under cron).
    with tqdm(total=await due.count(), unit=" commissions", desc="releasing", disable=None, file=sys.stderr) as bar:
        report = await settle(manager, now, merchant, bar.update, secret_key)
    for name, count in sorted(report.counts.items()):
        print(f"{name}: {count}")
    if not report.counts and not report.failures:
        print("nothing due")
    for failure in report.failures:
        print(f"FAILED {failure.merchant} [{failure.part}] {failure.what}: {failure.error}", file=sys.stderr)
    if report.failures:
        print(f"{len(report.failures)} failure(s); everything else was settled. Fix the cause and run again: "
              "what is done is not done twice.", file=sys.stderr)
        return 1
    return 0


def cmd_settle(args: argparse.Namespace) -> int:
    settings, manager = _setup()
    try:
        now = datetime.fromisoformat(args.now).astimezone(timezone.utc) if args.now else datetime.now(timezone.utc)
    except ValueError:
        raise OperatorError(f"--now: not an ISO 8601 time: {args.now!r}") from None

    async def run() -> int:
        await db.init(db.tortoise_config(settings, manager))
        try:
            if args.merchant:
                await _merchant(args.merchant)
            return await settle_and_report(manager, now, args.merchant, settings.secret_key)
        finally:
            await db.close()

    return asyncio.run(run())


async def _merchant(slug: str):
    """The merchant `--merchant` names, or OperatorError: a typo must not pass for "nothing due"."""
    from fenxiao.core.models import Merchant
    from fenxiao.core.models.base import fits

    merchant = await Merchant.get_or_none(slug=slug) if fits(Merchant, "slug", slug) else None
    if merchant is None:
        raise OperatorError(f"--merchant: no merchant {slug[:64]!r}")
    return merchant


def cmd_check(args: argparse.Namespace) -> int:
    from fenxiao.core import invariants

    settings, manager = _setup()

    async def run() -> int:
        await db.init(db.tortoise_config(settings, manager))
        try:
            merchant_id = (await _merchant(args.merchant)).id if args.merchant else None
            results = await invariants.report(manager, merchant_id)
        finally:
            await db.close()
        failed = 0
        for name, problems in results.items():
            print(f"{'FAIL' if problems else 'ok  '} {name}" + (f": {len(problems)} problem(s)" if problems else ""))
            for problem in problems[:50]:
                print(f"     {problem}")
            failed += bool(problems)
        print(f"{len(results) - failed} of {len(results)} checks passed")
        return 1 if failed else 0

    return asyncio.run(run())


def cmd_serve(args: argparse.Namespace) -> int:
    from fenxiao.schema.serving import serve

    settings = Settings.from_env()
    workers = args.workers
    if settings.database_url.startswith("sqlite") and workers > 1:
        print("SQLite serves from one worker process; use PostgreSQL (DATABASE_URL) for more.", file=sys.stderr)
        workers = 1
    settings.check(workers)  # production: a real secret, and shared sign-in limits when there are several workers
    print(f"GraphQL at http://{args.host}:{args.port}/graphql" + (" (GraphiQL on)" if settings.graphiql else ""))
    return serve("fenxiao.schema.app:create_app", args.host, args.port, workers, args.log_level)


def _plugin_command(spec) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        settings, manager = _setup()

        async def go() -> int:
            await db.init(db.tortoise_config(settings, manager))
            try:
                return await spec.run(args, manager)
            finally:
                await db.close()

        return asyncio.run(go())

    return run


DATABASE = "DATABASE_URL (default: fenxiao.sqlite3 in the working directory; a file path, sqlite://path or postgres://user:pass@host/db)"
SERVING = ("FENXIAO_ENV, FENXIAO_SECRET_KEY, FENXIAO_TOKEN_TTL, FENXIAO_MAX_DEPTH, FENXIAO_MAX_ALIASES, FENXIAO_MAX_TOKENS, "
           "FENXIAO_MAX_PAGE_SIZE, FENXIAO_MAX_COST, FENXIAO_MAX_DIRECTIVES, FENXIAO_MAX_BATCH, FENXIAO_MAX_BODY_BYTES, "
           "FENXIAO_LOGIN_RATE_ACCOUNT, FENXIAO_LOGIN_RATE_ADDRESS, FENXIAO_REGISTER_RATE_ADDRESS, FENXIAO_RATE_LIMIT_STORAGE, "
           "FENXIAO_DB_POOL_SIZE, FENXIAO_DEBUG_QUERIES, FENXIAO_GRAPHIQL, FENXIAO_INTROSPECTION, FENXIAO_FIELD_SUGGESTIONS")


def _command(commands: argparse._SubParsersAction, name: str, summary: str, details: str, environment: str) -> argparse.ArgumentParser:
    """A subcommand whose --help says what it does, its options and the environment it reads."""
    return commands.add_parser(name, help=summary, description=f"{summary}. {details}".strip(),
                               epilog=f"environment: {environment}. A bad setting stops the command with one line naming it (exit 2).")


def build_parser() -> argparse.ArgumentParser:
    """The `fenxiao` command line: the core's subcommands and every installed plugin's."""
    parser = argparse.ArgumentParser(prog="fenxiao", description="Fenxiao, the open distribution platform: one GraphQL API, "
                                                                  "the core and each distribution mode as a plugin.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    for specs in (manager := PluginManager.discover()).contributions(manager.hook.fenxiao_commands).values():
        for spec in specs:
            command = _command(commands, spec.name, spec.help, "", DATABASE)
            spec.add_arguments(command)
            command.set_defaults(func=_plugin_command(spec))

    serve = _command(commands, "serve", "serve the GraphQL API (and /health)",
                     "Runs uvicorn with the app of fenxiao.schema.app; several workers need PostgreSQL, and in production shared "
                     "sign-in limits (FENXIAO_RATE_LIMIT_STORAGE).", f"{DATABASE}; {SERVING}")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default: 1; SQLite always serves from one)")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                       help="uvicorn's log level (default: info)")
    serve.set_defaults(func=cmd_serve)

    _command(commands, "migrate", "apply database migrations (the core's, then each plugin's)",
             "Safe to run again: what is applied is not applied twice.", DATABASE).set_defaults(func=cmd_migrate)

    make = _command(commands, "makemigrations", "write the next migration of an app, one per dialect (SQLite, PostgreSQL)",
                    "For developers of Fenxiao and of plugins: compares the models with the last migration (offline, aerich).",
                    "none (no database is opened)")
    make.add_argument("app", nargs="?", help="core or a plugin name (default: every app)")
    make.add_argument("--name", default="update", help="a word for the file name (default: update)")
    make.set_defaults(func=cmd_makemigrations)

    _command(commands, "demo", "migrate, then load the demo merchant (once)",
             "Every built-in mode enabled, with a network, stores, suppliers and orders in every state.", DATABASE).set_defaults(func=cmd_demo)

    schema = _command(commands, "schema", "print the GraphQL schema (SDL)", "The schema of the installed plugins.",
                      "the FENXIAO_ settings are read and checked, none changes the SDL; no database is opened")
    schema.add_argument("--output", "-o", help="write it to this file instead of standard output")
    schema.set_defaults(func=cmd_schema)

    check = _command(commands, "check", "check the database's invariants (ledger, stock, commissions, plugins' own)",
                     "Prints each check; exit 1 on any violation, 2 when it cannot run.", DATABASE)
    check.add_argument("--merchant", help="only this merchant (its slug); unknown: exit 2")
    check.set_defaults(func=cmd_check)

    settle = _command(commands, "settle", "periodic work: expire unpaid orders, auto-complete, plugins' work, release commissions",
                      "One unit of work per item, idempotent: run it from cron. A failure is printed and the rest still runs (exit 1).",
                      DATABASE)
    settle.add_argument("--merchant", help="only this merchant (its slug); unknown: exit 2")
    settle.add_argument("--now", help="pretend it is this ISO 8601 time, e.g. 2026-12-01T00:00:00+08:00 (for testing)")
    settle.set_defaults(func=cmd_settle)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except OperatorError as error:  # a setting or the database, not a bug: one line, no traceback
        print(f"fenxiao {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
