"""Regional agents (区域代理): province, city and district agents hold exclusive territories, earn a
bonus (分红) on sales shipped into them, recruit agents below and salespeople beside, and are assessed
against targets.

- data/       China's administrative divisions (GB/T 2260), loaded by `fenxiao regions import`
- config.py   the brand's settings; models.py its tables
- rules.py    bonuses along the chain (flat or differential) and addresses to region codes — pure
- service.py  the use cases; schema.py the GraphQL; demo.py agents across provinces
"""

from __future__ import annotations

from argparse import ArgumentParser, Namespace
from pathlib import Path

from fenxiao.plugins import CommandSpec, hookimpl, PendingWork, Plugin, PluginManager, RoleInfo, SalesMode, unit_of_work
from fenxiao.plugins.b2b_agent.models import AgentApplication, AgentApplicationStatus
from fenxiao.plugins.b2b_agent import service
from fenxiao.plugins.b2b_agent.config import AgentConfig

NAME = service.NAME


def _import_arguments(parser: ArgumentParser) -> None:
    parser.add_argument("action", choices=["import"], help="import (or refresh) the division list")
    parser.add_argument("--file", type=Path, default=service.DIVISIONS_CSV, help="a CSV with code,name,level,parent (default: the shipped list)")


async def _import(args: Namespace, manager: PluginManager) -> int:
    async with unit_of_work():  # the whole list or nothing
        counts = await service.import_divisions(args.file)
    print(f"divisions: {counts['added']} added, {counts['updated']} updated, {counts['retired']} retired")
    return 0


class AgentPlugin(Plugin):
    name = NAME
    version = "1.0.0"
    title = "Regional agents 区域代理"
    description = "Province, city and district agents with exclusive territories, bonuses, recruitment rewards and targets."
    Config = AgentConfig
    roles = (RoleInfo(service.ROLE, "Agent 代理", "holds a territory and earns a bonus on its sales"),
             RoleInfo(service.SALES_ROLE, "Salesperson 销售员", "sells for an agent and earns a sales reward"))
    error_codes = {
        "AGENT_REGION_TAKEN": "the region already has an agent at this level",
        "AGENT_LEVEL_MISMATCH": "the level and the region's depth differ",
        "AGENT_AGREEMENT": "the agent agreement was not accepted",
        "AGENT_NO_TERRITORY": "the agent holds no active territory",
    }
    models = ("fenxiao.plugins.b2b_agent.models",)
    migrations = str(Path(__file__).parent / "migrations")
    # Dashboards: an order that earned a territory's bonus is an agent sale; applications wait for review.
    sales_mode = SalesMode("agent", 50, "EXISTS (SELECT 1 FROM agent_sale ag WHERE ag.order_id = o.id)")
    pending_work = (PendingWork("agentApplications", lambda merchant_id: AgentApplication.filter(
        merchant_id=merchant_id, status=AgentApplicationStatus.PENDING)),)

    @hookimpl
    def fenxiao_schema(self):
        from fenxiao.plugins.b2b_agent.schema import contribution

        return contribution()

    @hookimpl
    def fenxiao_commands(self):
        return [CommandSpec("regions", "China's administrative divisions for regional agents", _import_arguments, _import)]

    @hookimpl
    async def fenxiao_address_region(self, ctx, region_code, address):
        return await service.address_region(ctx, region_code, address)

    @hookimpl
    async def fenxiao_order_placed(self, ctx, order, lines, draft):
        await service.attribute(ctx, order, draft)

    @hookimpl
    async def fenxiao_order_paid(self, ctx, order, lines, payment):
        await service.pay(ctx, order, lines)

    @hookimpl
    async def fenxiao_order_refunded(self, ctx, order, refund):
        await service.refunded(ctx, order, refund)

    @hookimpl
    async def fenxiao_check(self, merchant_id):
        from fenxiao.plugins.b2b_agent import invariants

        return await invariants.problems(merchant_id)

    @hookimpl
    async def fenxiao_demo(self, ctx, merchant, data):
        from fenxiao.plugins.b2b_agent.demo import build_agents

        await build_agents(ctx, data)


plugin = AgentPlugin()
