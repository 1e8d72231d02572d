"""What `fenxiao check` verifies of social distribution (hook `fenxiao_check`).

- the network: every path follows its upline, and every member's team counters add up
  (network.problems);
- the distributor role is held exactly by distributors (active or frozen; removed ones lose it).
"""

from __future__ import annotations

from fenxiao.core.invariants import role_holders, role_problems
from fenxiao.plugins.b2b2c_social import network
from fenxiao.plugins.b2b2c_social.models import MemberStatus, SocialMember
from fenxiao.plugins.b2b2c_social.service import ROLE


async def problems(merchant_id: int | None) -> list[str]:
    query = SocialMember.filter(status__in=[MemberStatus.ACTIVE, MemberStatus.FROZEN])
    if merchant_id is not None:
        query = query.filter(merchant_id=merchant_id)
    backed = set(await query.values_list("merchant_id", "user_id"))
    roles = role_problems(ROLE, await role_holders(ROLE, merchant_id), backed, "a distributor record")
    return [*await network.problems(merchant_id), *roles]
