"""What `fenxiao check` verifies of regional agents (hook `fenxiao_check`).

- exclusivity: one territory per region (also a unique constraint), each of a region as deep
  as its level;
- the agent role is held exactly by members holding a territory, the salesperson role exactly
  by active salespeople;
- sales counted for a territory never go below zero per order (a refund takes back at most
  what was counted).
"""

from __future__ import annotations

from fenxiao.core import db
from fenxiao.core.invariants import role_holders, role_problems
from fenxiao.plugins.b2b_agent.models import AgentSalesperson, AgentTerritory
from fenxiao.plugins.b2b_agent.service import ROLE, SALES_ROLE, region_chain


async def problems(merchant_id: int | None) -> list[str]:
    scope = {} if merchant_id is None else {"merchant_id": merchant_id}
    found = []
    territories = await AgentTerritory.filter(**scope).prefetch_related("level")
    for territory in territories:
        chain = await region_chain(territory.merchant_id, territory.region_code)
        if chain and chain[0].level != territory.level.depth:
            found.append(f"territory {territory.region_code} of merchant {territory.merchant_id} is held at a level of depth "
                         f"{territory.level.depth}, but the region is of depth {chain[0].level}")
    agents = {(t.merchant_id, t.agent_id) for t in territories}
    found += role_problems(ROLE, await role_holders(ROLE, merchant_id), agents, "a territory")
    sellers = set(await AgentSalesperson.filter(active=True, **scope).values_list("merchant_id", "salesperson_id"))
    found += role_problems(SALES_ROLE, await role_holders(SALES_ROLE, merchant_id), sellers, "an active salesperson record")
    where, params = ("WHERE merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    for row in await db.fetch(f"SELECT order_id, agent_id, SUM(amount) AS total FROM agent_sale {where} "
                              "GROUP BY order_id, agent_id HAVING SUM(amount) < 0", *params):
        found.append(f"agent {row['agent_id']}'s sales on order {row['order_id']} sum to {row['total']}")
    return found
