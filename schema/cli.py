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
    return Settings.from_env(), PluginManager.discover()


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


async def settle_and_report(manager: PluginManager, now: datetime, merchant: str | None) -> int:
    """`fenxiao settle` once the database is up: settle, print the counts and every failure; 1 if anything failed."""
    from tqdm import tqdm

    from fenxiao.core.models import Commission, CommissionState
    from fenxiao.core.services.settlement import settle

    due = Commission.filter(state=CommissionState.FROZEN, available_at__lte=now)
    if merchant:
        due = due.filter(merchant__slug=merchant)
    # A bar on a terminal (tqdm leaves it out when stderr is not one, e.g. under cron).
    with tqdm(total=await due.count(), unit=" commissions", desc="releasing", disable=None, file=sys.stderr) as bar:
        report = await settle(manager, now, merchant, bar.update)
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
    now = datetime.fromisoformat(args.now).astimezone(timezone.utc) if args.now else datetime.now(timezone.utc)

    async def run() -> int:
        await db.init(db.tortoise_config(settings, manager))
        try:
            return await settle_and_report(manager, now, args.merchant)
        finally:
            await db.close()

    return asyncio.run(run())


def cmd_check(args: argparse.Namespace) -> int:
    from fenxiao.core import invariants
    from fenxiao.core.models import Merchant

    settings, manager = _setup()

    async def run() -> int:
        await db.init(db.tortoise_config(settings, manager))
        try:
            merchant_id = None
            if args.merchant:
                merchant = await Merchant.get_or_none(slug=args.merchant)
                if merchant is None:
                    print(f"no merchant {args.merchant!r}", file=sys.stderr)
                    return 2
                merchant_id = merchant.id
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fenxiao", description="Fenxiao distribution platform")
    commands = parser.add_subparsers(dest="command", required=True)
    for specs in (manager := PluginManager.discover()).contributions(manager.hook.fenxiao_commands).values():
        for spec in specs:
            command = commands.add_parser(spec.name, help=spec.help)
            spec.add_arguments(command)
            command.set_defaults(func=_plugin_command(spec))

    serve = commands.add_parser("serve", help="serve the GraphQL API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(func=cmd_serve)

    commands.add_parser("migrate", help="apply database migrations (core, then plugins)").set_defaults(func=cmd_migrate)

    make = commands.add_parser("makemigrations", help="write the next migration of an app, one per dialect (SQLite, PostgreSQL)")
    make.add_argument("app", nargs="?", help="core or a plugin name (default: all)")
    make.add_argument("--name", default="update")
    make.set_defaults(func=cmd_makemigrations)

    commands.add_parser("demo", help="migrate, then load the demo merchant").set_defaults(func=cmd_demo)

    schema = commands.add_parser("schema", help="print the GraphQL schema (SDL)")
    schema.add_argument("--output", "-o")
    schema.set_defaults(func=cmd_schema)

    check = commands.add_parser("check", help="check the database's invariants (ledger, stock, plugins); exit 1 on any violation")
    check.add_argument("--merchant", help="only this merchant (slug)")
    check.set_defaults(func=cmd_check)

    settle = commands.add_parser("settle", help="periodic work: expire unpaid orders, auto-complete, release commissions")
    settle.add_argument("--merchant", help="only this merchant (slug)")
    settle.add_argument("--now", help="pretend it is this ISO time (for testing)")
    settle.set_defaults(func=cmd_settle)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except OperatorError as error:  # a setting or the database, not a bug: one line, no traceback
        print(f"fenxiao {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
