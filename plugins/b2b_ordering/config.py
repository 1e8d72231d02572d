"""The brand's configuration of cloud-warehouse ordering."""

from __future__ import annotations

import enum

from pydantic import Field

from fenxiao.plugins import AMOUNT, ConfigWarning, PluginConfig


class JoinMode(str, enum.Enum):
    APPLICATION = "application"  # apply, the brand reviews
    INVITATION = "invitation"    # an upline reseller's invite code
    BOTH = "both"


class ShortUpline(str, enum.Enum):
    SPLIT = "split"  # take what the upline holds, the rest from the brand (the upline sells what it can)
    BRAND = "brand"  # the whole line from the brand (uplines earn their spread on all of it)


class CommissionPayer(str, enum.Enum):
    BRAND = "brand"        # the brand pays them, as on its own sales
    RESELLER = "reseller"  # taken from what the selling reseller is paid for the sale


class OrderingConfig(PluginConfig):
    join_mode: JoinMode = JoinMode.BOTH
    invitation_needs_review: bool = Field(False, description="members joining with an upline's code wait for the brand's approval")
    wait_for_upline_hours: int = Field(0, ge=0, le=168, description="a restock waits this long for the upline to have stock before going to the brand (0: never waits)")
    short_upline: ShortUpline = Field(ShortUpline.SPLIT, description="a restock line the upline holds too few units for: the upline's units "
                                                                      "first and the rest from the brand (split), or the whole line from the brand")
    rebate_bps: int = Field(0, ge=0, le=5000, description="share of each restock paid to the reseller's recommender")
    pickup_shipping_fee: int = Field(0, **AMOUNT.bounds(), description="charged for shipping units out of one's cloud stock (minor units)")
    retail_from_cloud_stock: bool = Field(True, description="retail orders in a reseller's shop draw the reseller's cloud stock")
    shop_sale_commissions_paid_by: CommissionPayer = Field(
        CommissionPayer.BRAND, description="who pays the commissions other modes grant on a reseller's shop sale (a distributor's, "
                                           "an agent's): the brand (default), or the selling reseller, out of what the sale pays them")

    def warnings(self) -> list[str]:
        return [ConfigWarning("a rebate above 10% of restocks rewards recruiting more than selling", "rebate_bps")] if self.rebate_bps > 1000 else []
