"""The merchant's configuration of social distribution, validated with clear errors."""

from __future__ import annotations

import enum
from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field, model_validator

from fenxiao.plugins import AMOUNT, BPS, ConfigWarning, PluginConfig, TimeZoneName

MAX_DEPTH = 3


class JoinMode(str, enum.Enum):
    AUTO = "auto"                # every member is a distributor
    APPLICATION = "application"  # apply with a form, the merchant reviews
    PURCHASE = "purchase"        # automatically after a qualifying purchase
    INVITATION = "invitation"    # only members the merchant invites


class BindingMode(str, enum.Enum):
    FIRST_TOUCH = "first_touch"                    # the first code binds for good
    FIRST_TOUCH_EXPIRING = "first_touch_expiring"  # … for binding_days, then a new code may rebind
    LAST_TOUCH = "last_touch"                      # every new code rebinds


class CountedAt(str, enum.Enum):
    PAYMENT = "payment"
    COMPLETION = "completion"


class FieldKind(str, enum.Enum):
    TEXT = "text"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    URL = "url"


class FormField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,31}$")
    label: str = Field(min_length=1, max_length=50)
    kind: FieldKind = FieldKind.TEXT
    required: bool = True


class PurchaseRule(BaseModel):
    """Become a distributor after buying: any one of the conditions set is enough."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    skus: list[str] = Field(default_factory=list, description="buying any of these products qualifies")
    min_cumulative_spend: int | None = Field(None, ge=1, le=AMOUNT.high, description="minor units")
    min_paid_orders: int | None = Field(None, ge=1, le=1_000_000)
    counted_at: CountedAt = CountedAt.PAYMENT


DEFAULT_FORM = (
    FormField(key="real_name", label="真实姓名 Real name"),
    FormField(key="phone", label="手机号 Phone", kind=FieldKind.PHONE),
)


class SocialConfig(PluginConfig):
    join_mode: JoinMode = JoinMode.APPLICATION
    application_form: list[FormField] = Field(default_factory=lambda: list(DEFAULT_FORM), max_length=20)
    purchase_rule: PurchaseRule = Field(default_factory=PurchaseRule)
    entry_fee_sku: str | None = Field(None, description="a product the candidate must have paid for (an entry fee): off by default, a compliance risk")
    binding_mode: BindingMode = BindingMode.FIRST_TOUCH
    binding_days: int = Field(30, ge=1, le=3650, description="how long a first-touch binding holds (expiring mode)")
    bind_new_members_only: bool = Field(False, description="a code binds only a member who joins with it")
    depth: int = Field(2, ge=1, le=MAX_DEPTH, description="levels of uplines that earn")
    level_rates_bps: list[Annotated[int, Field(ge=0, le=BPS)]] = Field(default_factory=lambda: [1000, 500], max_length=MAX_DEPTH,
                                                                       description="rate per level, level 1 first")
    self_purchase: bool = Field(False, description="a distributor's own purchase earns them level 1")
    commission_on_resale: bool = Field(False, description="pay commission on (and count as sales) purchases bought to sell on, "
                                                          "such as a reseller's restock; off: those earn the reseller's uplines "
                                                          "their spread, not the buyer's social uplines")
    cap_bps: int = Field(5000, ge=0, le=BPS, description="most a line may pay in commission, all levels together")
    share_url: str = Field("https://shop.example.com/?ref={code}", max_length=200, description="the share link; {code} is the share code")
    timezone: TimeZoneName = Field("Asia/Shanghai", description="days, weeks and months of leaderboards are counted in this time zone")

    @model_validator(mode="after")
    def _consistent(self) -> SocialConfig:
        if len(self.level_rates_bps) != self.depth:
            raise ValueError(f"level_rates_bps needs one rate per level: {self.depth} for depth {self.depth}")
        if any(not 0 <= rate <= BPS for rate in self.level_rates_bps):
            raise ValueError("each rate is between 0 and 10000 basis points")
        if sum(self.level_rates_bps) > self.cap_bps:
            raise ValueError(f"the level rates sum to {sum(self.level_rates_bps)} bp, above the cap of {self.cap_bps} bp")
        if "{code}" not in self.share_url:
            raise ValueError("share_url must contain {code}")
        keys = [field.key for field in self.application_form]
        if len(keys) != len(set(keys)):
            raise ValueError("application_form keys must be unique")
        rule = self.purchase_rule
        if self.join_mode == JoinMode.PURCHASE and not (rule.skus or rule.min_cumulative_spend or rule.min_paid_orders):
            raise ValueError("join_mode purchase needs a purchase_rule: skus, min_cumulative_spend or min_paid_orders")
        return self

    def warnings(self) -> list[str]:
        notes = []
        if self.depth > 2:
            notes.append(ConfigWarning("more than two levels of commission may be treated as pyramid selling (传销) under Chinese "
                                       "law; check with counsel before enabling three levels", "depth"))
        if self.entry_fee_sku:
            notes.append(ConfigWarning("charging an entry fee to become a distributor (入门费) is a compliance risk under the "
                                       "Regulations on Prohibition of Pyramid Selling; leave it off unless counsel approves", "entry_fee_sku"))
        return notes

    def rate(self, level: int) -> int:
        return self.level_rates_bps[level - 1] if 1 <= level <= self.depth else 0
