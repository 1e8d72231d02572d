"""The merchant's configuration of stores and pickup."""

from __future__ import annotations

from pydantic import Field

from fenxiao.plugins import AMOUNT, ConfigWarning, PluginConfig, TimeZoneName


class StoreConfig(PluginConfig):
    time_zone: TimeZoneName = Field("Asia/Shanghai", description="a store's time zone unless it names its own")
    pickup_days: int = Field(7, ge=1, le=90, description="days goods wait at the store for the buyer, unless the store says otherwise")
    extension_days: int = Field(3, ge=1, le=30, description="days a buyer's one extension adds to the pickup window")
    no_show: str = Field("refund", pattern="^(refund|extend)$",
                         description="when a window ends unpicked: refund (cancel and refund, the stock back on the shelf) "
                                     "or extend (once, by extension_days, then refund)")
    transfer_allowed: bool = Field(False, description="a pickup order may take stock from the merchant's general warehouses, to be transferred to the store")
    store_bps: int = Field(0, ge=0, le=3000, description="store commission on an order picked up at or sold through a store, "
                                                         "paid to the store's manager (basis points)")
    clerk_bps: int = Field(0, ge=0, le=3000, description="clerk commission to the clerk who sold or handed over the order (basis points)")
    max_radius_km: int = Field(50, ge=1, le=500, description="the widest radius a buyer may search stores in")
    delivery_fee: int = Field(0, **AMOUNT.bounds(), description="same-city delivery fee unless the store sets its own (minor units)")

    def warnings(self) -> list[str]:
        found = []
        if self.store_bps + self.clerk_bps > 2000:
            found.append(ConfigWarning("store and clerk commission together exceed 20% of the sale: check the margin of the goods "
                                       "sold in stores", "store_bps"))
        return found
