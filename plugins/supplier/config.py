"""The merchant's configuration of suppliers."""

from __future__ import annotations

from pydantic import Field, field_validator

from fenxiao.plugins import AMOUNT, RATE, ConfigWarning, PluginConfig, TimeZoneName

PROPOSABLE = ("title", "description", "price", "supply_price", "min_price", "max_price", "status", "category",
              "distributor_bps", "resale", "collect", "rebate", "stock")


class SupplierConfig(PluginConfig):
    platform_bps: int = Field(1000, **RATE.bounds(), description="the platform's commission on a supplier's sales, unless the "
                                                                 "supplier, the product's category or the product says otherwise")
    category_bps: dict[str, int] = Field(default_factory=dict, description="the platform's commission by category (basis points)")
    cycle: str = Field("monthly", pattern="^(weekly|monthly)$", description="statement cycle: weekly (Monday to Sunday) or monthly")
    time_zone: TimeZoneName = Field("Asia/Shanghai", description="the time zone cycles are counted in")
    below_floor_allowed: bool = Field(False, description="推广代收: a distributor may sell below the supplier's floor and make up the difference")
    low_risk: list[str] = Field(default_factory=lambda: ["stock"],
                                description="product changes a supplier makes at once (recorded, not reviewed): any of " + ", ".join(PROPOSABLE))
    agreement_version: str = Field("2026-01", min_length=1, max_length=32, description="the supplier agreement an applicant accepts")
    deposit: int = Field(0, **AMOUNT.bounds(), description="the deposit (保证金) a supplier pays before it is activated (0: none)")

    @field_validator("category_bps")
    @classmethod
    def _rates(cls, value: dict[str, int]) -> dict[str, int]:
        for category, rate in value.items():
            if not 1 <= len(category) <= 50 or not RATE.low <= rate <= RATE.high:
                raise ValueError(f"a category of 1 to 50 characters and a rate of {RATE.low} to {RATE.high} basis points ({category!r})")
        return value

    @field_validator("low_risk")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(PROPOSABLE))
        if unknown:
            raise ValueError(f"not a product field a supplier proposes: {', '.join(unknown)}")
        return value

    def warnings(self) -> list[str]:
        found = []
        if "supply_price" in self.low_risk or "price" in self.low_risk:
            found.append(ConfigWarning("suppliers change prices without review: a supply price raised at once changes what you owe "
                                       "on the next sale", "low_risk"))
        return found
