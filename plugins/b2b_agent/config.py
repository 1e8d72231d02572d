"""The brand's configuration of regional agents."""

from __future__ import annotations

import enum

from pydantic import Field

from fenxiao.plugins import AMOUNT, PluginConfig


class BonusMode(str, enum.Enum):
    FLAT = "flat"                  # each level on the chain gets its own rate
    DIFFERENTIAL = "differential"  # 级差: a level gets its rate minus the highest rate already paid below it


class VacantBonus(str, enum.Enum):
    BRAND = "brand"      # flat mode: a vacant level's bonus stays with the brand
    PASS_UP = "pass_up"  # flat mode: it goes to the nearest filled level above


class AgentConfig(PluginConfig):
    mode: BonusMode = BonusMode.DIFFERENTIAL
    vacant_bonus: VacantBonus = Field(VacantBonus.BRAND, description="flat mode only: differential mode measures against what was paid below")
    agreement_version: str = Field("2026-01", min_length=1, max_length=32, description="the agent agreement applicants must accept")
    term_months: int = Field(12, ge=1, le=120, description="length of a territory's term")
    recruitment_reward: int = Field(0, **AMOUNT.bounds(), description="paid to the recommender when a recommended agent is approved (minor units)")
    recruitment_bps: int = Field(0, ge=0, le=2000, description="of the recruited agent's territory sales, to the recommender")
    recruitment_months: int = Field(12, ge=0, le=120, description="how long the recommender earns recruitment_bps")
    salesperson_bps: int = Field(0, ge=0, le=3000, description="sales reward (销售奖) of a salesperson on their orders")
