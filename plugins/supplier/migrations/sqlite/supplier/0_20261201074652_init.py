"""Suppliers: who they are and who works for them, their products and proposals, the terms of each line sold, purchase orders, statements (append-only)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "supplier" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "company_name" VARCHAR(100) NOT NULL,
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "licence_number" VARCHAR(32) NOT NULL /* business licence (统一社会信用代码) */,
    "categories" JSON NOT NULL /* what it supplies */,
    "payout_account" VARCHAR(64) NOT NULL /* where its withdrawals are paid (shown masked) */,
    "agreement_version" VARCHAR(32) /* the agreement the owner accepted (empty: not yet) */,
    "agreement_accepted_at" TIMESTAMP,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nACTIVE: active\nSUSPENDED: suspended\nREJECTED: rejected\nTERMINATED: terminated */,
    "platform_bps" INT /* the platform's commission on its sales (empty: by category, or the merchant's) */,
    "note" VARCHAR(300) NOT NULL /* the brand's last review note */,
    "reviewed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "invited_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT /* the brand's staff who invited it (empty: it applied) */,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "owner_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT /* the member whose wallet receives the supplier's money */,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "warehouse_id" BIGINT UNIQUE REFERENCES "warehouse" ("id") ON DELETE RESTRICT /* its consignment stock (made when it is approved) */,
    CONSTRAINT "uid_supplier_merchan_f8b939" UNIQUE ("merchant_id", "code"),
    CONSTRAINT "uid_supplier_merchan_765f5b" UNIQUE ("merchant_id", "owner_id")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_merchan_003b30" ON "supplier" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_purchase_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SENT: sent\nCONFIRMED: confirmed\nDECLINED: declined\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled */,
    "total" BIGINT NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_pu_merchan_2893fd" UNIQUE ("merchant_id", "number")
) /* The brand buys from a wholesale supplier: shipped in parcels, received into a warehouse of the brand. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_pu_merchan_c1f596" ON "supplier_purchase_order" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_purchase_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" BIGINT NOT NULL /* the supply price agreed */,
    "shipped" INT NOT NULL,
    "received" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "purchase_id" BIGINT NOT NULL REFERENCES "supplier_purchase_order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_supplier_pu_merchan_10fff9" ON "supplier_purchase_line" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_statement" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL /* the last day of the cycle, in the merchant's time zone */,
    "opening_debt" BIGINT NOT NULL,
    "earned" BIGINT NOT NULL /* consignment shares released and wholesale receipts due */,
    "refunded" BIGINT NOT NULL /* taken back for refunds after release */,
    "adjusted" BIGINT NOT NULL,
    "payable" BIGINT NOT NULL,
    "closing_debt" BIGINT NOT NULL,
    "deposit_used" BIGINT NOT NULL,
    "issued_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_st_merchan_2c7761" UNIQUE ("merchant_id", "number"),
    CONSTRAINT "uid_supplier_st_supplie_e77a29" UNIQUE ("supplier_id", "period_start")
) /* One cycle of a supplier, issued once and never changed (append-only, by database triggers): */;
CREATE INDEX IF NOT EXISTS "idx_supplier_st_merchan_30b036" ON "supplier_statement" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_purchase_shipment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "carrier" VARCHAR(64) NOT NULL,
    "tracking_number" VARCHAR(64) NOT NULL,
    "lines" JSON NOT NULL /* {purchase line id: units} */,
    "amount" BIGINT NOT NULL /* what these units cost at the agreed prices: the payable once received */,
    "received_at" TIMESTAMP,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "purchase_id" BIGINT NOT NULL REFERENCES "supplier_purchase_order" ("id") ON DELETE RESTRICT,
    "received_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "statement_id" BIGINT REFERENCES "supplier_statement" ("id") ON DELETE RESTRICT
) /* A parcel of a purchase order, from the supplier; received once, into the purchase order's warehouse. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_pu_merchan_c8ba7a" ON "supplier_purchase_shipment" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_adjustment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "key" VARCHAR(128) NOT NULL /* the client's idempotency key: one adjustment per key */,
    "created_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "statement_id" BIGINT REFERENCES "supplier_statement" ("id") ON DELETE RESTRICT,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_ad_supplie_1abe23" UNIQUE ("supplier_id", "key")
) /* A credit or debit the brand makes to a supplier (a damaged delivery, a late fee): on the next statement. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_ad_merchan_447d11" ON "supplier_adjustment" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "paid" BIGINT NOT NULL,
    "supply" BIGINT NOT NULL /* supply price × quantity */,
    "floor" BIGINT NOT NULL,
    "ceiling" BIGINT NOT NULL,
    "platform_bps" INT NOT NULL,
    "distributor_bps" INT NOT NULL,
    "settle_on_supply" INT NOT NULL,
    "below_floor_allowed" INT NOT NULL,
    "supplier_share" BIGINT NOT NULL,
    "platform_share" BIGINT NOT NULL,
    "distributor_share" BIGINT NOT NULL /* negative: the distributor sold below the floor and makes up the difference */,
    "refunded" BIGINT NOT NULL /* of `paid`, refunded so far */,
    "supplier_back" BIGINT NOT NULL /* taken back from the supplier so far */,
    "distributor_back" BIGINT NOT NULL /* taken back from (or, when negative, given back to) the distributor so far */,
    "stated" BIGINT NOT NULL /* the supplier's share put on statements so far (net of refunds) */,
    "distributor_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE RESTRICT,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "line_id" BIGINT NOT NULL UNIQUE REFERENCES "order_line" ("id") ON DELETE RESTRICT
) /* An order line of a supplier's product, with the terms it was sold under (snapshotted at payment) */;
CREATE INDEX IF NOT EXISTS "idx_supplier_li_merchan_62d677" ON "supplier_line" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_supplier_li_supplie_76bdf5" ON "supplier_line" ("supplier_id", "id");
CREATE TABLE IF NOT EXISTS "supplier_statement_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* sale (a line's share released), refund (taken back after), receipt (wholesale goods received), adjustment */,
    "amount" BIGINT NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "adjustment_id" BIGINT REFERENCES "supplier_adjustment" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "receipt_id" BIGINT REFERENCES "supplier_purchase_shipment" ("id") ON DELETE RESTRICT,
    "statement_id" BIGINT NOT NULL REFERENCES "supplier_statement" ("id") ON DELETE RESTRICT,
    "supplier_line_id" BIGINT REFERENCES "supplier_line" ("id") ON DELETE RESTRICT
) /* One item of a statement (append-only): a line's share, a refund taken back, a receipt, an adjustment. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_st_merchan_2a6547" ON "supplier_statement_line" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "form" VARCHAR(16) NOT NULL /* WHOLESALE: wholesale\nCONSIGNMENT: consignment */,
    "category" VARCHAR(50) NOT NULL,
    "supply_price" BIGINT NOT NULL /* what the supplier is owed per unit (代销 or 经销 price) */,
    "min_price" BIGINT NOT NULL /* lowest price a distributor may sell at (the floor) */,
    "max_price" BIGINT NOT NULL /* highest price a distributor may sell at */,
    "settle_on_supply" INT NOT NULL /* the mall's own sales settle on the supply price, not the sale */,
    "platform_bps" INT /* the platform's commission on this product (empty: category, supplier, merchant) */,
    "distributor_bps" INT NOT NULL /* the supplier's commission to a distributor (推广代收, 推广返佣) */,
    "resale" INT NOT NULL /* distributors may resell it at their own price (散装代销) */,
    "collect" INT NOT NULL /* distributors may collect and owe (推广代收) */,
    "rebate" INT NOT NULL /* promoters earn the supplier's commission (推广返佣) */,
    "updated_at" TIMESTAMP NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "product_id" BIGINT NOT NULL UNIQUE REFERENCES "product" ("id") ON DELETE RESTRICT
) /* A core product the supplier supplies, with its terms. The retail price is the product's own. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_pr_merchan_3811bb" ON "supplier_product" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_offer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "price" BIGINT /* its unit price (resale, collect); empty: the retail price */,
    "updated_at" TIMESTAMP NOT NULL,
    "distributor_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supply_id" BIGINT NOT NULL REFERENCES "supplier_product" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_of_distrib_e05d2c" UNIQUE ("distributor_id", "supply_id")
) /* A distributor's choice for a supplier product: the profit mode, and its own price within the band */;
CREATE INDEX IF NOT EXISTS "idx_supplier_of_merchan_f982fc" ON "supplier_offer" ("merchant_id");
CREATE TABLE IF NOT EXISTS "supplier_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "proposed" JSON NOT NULL /* the fields proposed, by name */,
    "before" JSON NOT NULL /* those fields before, when the change was decided */,
    "status" VARCHAR(20) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected\nCHANGES_REQUESTED: changes_requested\nAPPLIED: applied\nWITHDRAWN: withdrawn */,
    "note" VARCHAR(300) NOT NULL,
    "decided_at" TIMESTAMP,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "proposed_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "supply_id" BIGINT REFERENCES "supplier_product" ("id") ON DELETE RESTRICT /* the product changed (empty: a new product proposed) */
) /* A product or change a supplier proposed, and the brand's decision: the catalogue's history. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_ch_merchan_45557b" ON "supplier_change" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_supplier_ch_supplie_802aa6" ON "supplier_change" ("supplier_id", "status");
CREATE TABLE IF NOT EXISTS "supplier_staff" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "active" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_st_merchan_472c69" UNIQUE ("merchant_id", "user_id")
) /* A member who works for a supplier (role `supplier`): sees and acts on that supplier's data only. */;
CREATE INDEX IF NOT EXISTS "idx_supplier_st_merchan_f946f4" ON "supplier_staff" ("merchant_id");
CREATE TRIGGER IF NOT EXISTS "supplier_statement_no_update" BEFORE UPDATE ON "supplier_statement" BEGIN SELECT RAISE(ABORT, 'supplier_statement is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "supplier_statement_no_delete" BEFORE DELETE ON "supplier_statement" BEGIN SELECT RAISE(ABORT, 'supplier_statement is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "supplier_statement_line_no_update" BEFORE UPDATE ON "supplier_statement_line" BEGIN SELECT RAISE(ABORT, 'supplier_statement_line is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "supplier_statement_line_no_delete" BEFORE DELETE ON "supplier_statement_line" BEGIN SELECT RAISE(ABORT, 'supplier_statement_line is append-only: DELETE refused'); END;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "supplier_statement_line";
DROP TABLE IF EXISTS "supplier_adjustment";
DROP TABLE IF EXISTS "supplier_purchase_shipment";
DROP TABLE IF EXISTS "supplier_statement";
DROP TABLE IF EXISTS "supplier_purchase_line";
DROP TABLE IF EXISTS "supplier_purchase_order";
DROP TABLE IF EXISTS "supplier_line";
DROP TABLE IF EXISTS "supplier_offer";
DROP TABLE IF EXISTS "supplier_change";
DROP TABLE IF EXISTS "supplier_product";
DROP TABLE IF EXISTS "supplier_staff";
DROP TABLE IF EXISTS "supplier";"""


MODELS_STATE = (
    "eJztPWlz4zayfwWlLyNXaWdt2bId79ar8niUxLu+nu1kXm2UUiASkrjmoRDgONq8+e+LBu"
    "9DMkldEI2qKY9EokGom+hu9Plni3qzmWkQ9+NngzLXGHnMce/HY+K2LtCfLRtbhH9YMqqD"
    "Wng2S46BSwyPzBTg0IlGj/gMWGP87hiblPBLOqGaa8yY4dgAc4n0+CkfKNKmjqERNHZchF"
    "E4IZq5ju5p7AKxKYEvY4Mhy9H5fNjWkcEocl5tfgNAXw02NWwxcsTvwjJ0R4Nn2JOtPHFg"
    "twfeae/0eOCdn2u9gXdCCP/8Xe/w8ADxp/gzAiCfU3NMk2h8OoA5xucDr0fOxiHMae/49O"
    "Aj/ATPNn73yJA5E8LhgWC//NJK/BAYIxY/b/36K/9s2Dr5g1AYB19nL8OxQUw9RWhDIEdc"
    "H7L5TFz7ZEyubfa9GAuYGw35Cj3LjsfP5mzq2BGAYTO4OiE2cTEj8ATmekBp2zPN4NUIie"
    "//iniIv8oEjE7G2DPhfQFofwHxtdZweHf/PHzqPw+Hrdy7FEIkiB1c0hwb3kO+VCoQMIEl"
    "/OW7bvf4+Kx7eHx63js5O+udH57zsWK9+Vtn3/zFxNjypxI4u/7h+u4ZFuTwl93fC3Dhm4"
    "DBDPtQghgx9jWXAL6GmOWp8JnfYYZFiumQhszQQw9AP4YfstQJabGMPOGFmD7x9t0GgfgP"
    "1O9t/i77L8YS3D9f3/afni9vH+BxFqW/mwJ/l899uNMVV+eZq+3TgzSxoknQl+vnHxF8Rf"
    "+6v+sL9DqUTVzxxHjc879asCbMd97Qdl6HWE+8w+HVEGt8ZEx14CF5el9NsVtM63B8hsoc"
    "W/tIVwv/MTSJPWFT/vXodAldf758vPrx8rF9lKXVXXCnK259SyFXcNU8dm8dm8yL0RtBvM"
    "3VCvAbEHzD6G2BtOHPYIHUaPO3EZt81kB2HPwNEWvG5r6scgnDhomiHyYXO4xp5c30muwv"
    "DanYnyzsL8RRgv8Fq4+pntBYhlXVjzxsrU0rHbV3sv0s4mpTbLPKVMgAbooETdUHM8eseW"
    "X8p8DUBqiEfjgJjV8KtfHwtc4T43vHJcbE/megQlzztWO7UGnQ+MiPt4mJ9msbfAtftfBq"
    "/HwXv0bnxywH4AjQiUmYr8hePl1dfu63FjH9ldH7EyX7qPmWxW1exqXQ+8jl7+P11XOrgJ"
    "OsgtrI5PMUfHjwzR8NxnSKjy5AMvCLEdZeXrGrD1OMA+44XSdzJRqbv2V1rewVbOOJwA/8"
    "EFh2RIUHD3YYJTeGTVqFprnUiE5Js9wsABqaIdRb5rnFWC+wRymzkyxyrqPMTu/o3FXG7P"
    "S7xwW2wQqExMJtlwRpkp7ZPTo5Ozk/Pj2Jtl10ZdluK7Bg2AYbVjc5pcFkxmwL7Em+nAxM"
    "T5i/kiTnUtk9u0tIyKkxm5ECCbP4QBVDbI8Yh3vyjrtEI8bXSvhMgiiEKruLbBwi8OxWJk"
    "AaTma+LTsBwmNIZQqkARUJlPFLfuNX+NKuxTwTHvvvXb3RZrDMTi+B5dhetdIL3Hy7V1qM"
    "SWr48t/vpZavaAtUM305EdiboWnPEM/lQrjXyJtTNHYdC2H0OnVM4X+PYsUuUHCEQIaNZt"
    "jViEk7KFSD+UXmABx2ydTxKEHO2A8Vg6k/Zs9S23tqYURZUhLYnjXi11U4mTQivKPsesqu"
    "l5J7wR7NUXxxQFkM0cCQsuNuiZCy4+7CkDK4lbEnMcw8WozgPsdlTqtI25Yi6O0hu0WJz0"
    "OrWPqe+nfPXKJwyIF9dX/3/fXjbf/zBeLIHhuuRfSB/bl/dXN9Bxd1ooEDiV97+vH64QEu"
    "BaJoYD/2r/rXP8OlUBLx+S7vrvo3N2I+wJJpljYhbjhekDkMm5WMtxGEOnzWPv/bDqsUAh"
    "uO3+IWqrh96nKrw8My7OrwcDG/gnsqrrLZekCZuMpQhxtVDyjLgSrWpqIq95YC0Ym/Vlxl"
    "DKg2QW0SRDaHyjTIQioiKAu//Bb+pOVxbQGYe/iiV4q8jDltiQDXiC+s/Pp+Sc7UUPxmuW"
    "gJBMc64MoYbniAdk5bruxBibEOVpQC09KnAOz7fz4SE4sfsoRhZCOBG4L3XFCXRQBiTch6"
    "CiZsEsK245mLMLfUOZfEbzX/HE1Clqge4Xu+wLuFUTgJEk6+ju87i2IY+WP+FvvHHM7COr"
    "6XTNRjSIF+oLHjLO+h29ZDVYi9xLp2R7ni3pEJrowrTsOuW3gKWGzZToA00Bl3elLCun16"
    "stC4Dbcy/ho+6oUvYFjd7VkAqlBeAuULdNR/PN3fFSM6AshyL0Nj6P+RaVCJtK7Wn5EMhn"
    "UjQ78QlTbot3IOyiXYBgylOFeI5fbt5f9lCXB1c/8py5Jggk8ZamDL8YqMOEs8ljGIzNa0"
    "1usUM1CKOCUEAZDGUYH8a0HaiZ+DQoOSXHgOKxQqFUqmHMilJOQzKWpoBRnQNagF2ylcU/"
    "VMI7sWUOCIy6sBygW0652m8gt2ToKIY9XwR+dhJa7NJTkdIP6MgDmlujs0A6looDxx0nvi"
    "VK7NmnNtir1FCQ69LXeRZJykLG7zsqxMOZ+Q9a7HoZycrZlYzsqqFVxy8VRrcc5FyC/pnd"
    "sTAmzY1xS/soVOptQbXcq7lNpRb3uV7m2CtLlmEt/DE07TQQalXuDGEWXAbfKVuAhkFP8l"
    "qM3XQmz9L45tzjtoNEfgIBiBbYljeTIhLj24yDmTNvisgS2MKq+YIoJdm+gdxPALsRHQCW"
    "BcMvZsnYrpsf5vjzIxZkqQTkYMjVzHm0wZ5JfBCN9YzVfksQ4KzTUD/mLyE7QoZM7XRyqm"
    "lnXQLynSzYhrODrQy2Uq8UwefbajvF3K26USz7aZeJZihYUba4ERKwO3bFvtIdqXoBm2RT"
    "ESiV0gId5EYQC1HwgUtbpMTBnXBOZhsrdQLCDgRHwLBfAHiuAHoP84dskK8dWQ7nDNBDyt"
    "oERUclVlAZUBtrbhz1f4KmE/BpEZ7wK9/AgM2jyiXNgQyvVYk3DVVxdqalwpQRy+Z4wi3Z"
    "O6E4KvhlekVhJIanoljhzQYik6c4wZcUPKyUyd8GBUzemeAJKZOpJzscDJXwn1CRiF+dqY"
    "10x+qK8jw7OAiga1aRBYVoYerch9soCKBrVp4Fvh6rixs5DKgaqSqveVAiqpWkURSLcVVD"
    "6vJAiuns8byUYVPrAUs1kdYgXHdmgMWdWjXSODck+QXybtYbPe/31hAAX2kbVk54a88jKa"
    "skFv15ZCJha3jMq9jdVCJ8o3jRIxDQaHCkIawhlSQQsHF/wWTPmB+mbcDv/uGwcTUQr+Rc"
    "G5oPE6il+2fFru1p6q8nIl1pk7KlJBRSqkBNSLUeT9XRynEI6XOUqhJRxc7TQvi/xgB52Q"
    "p7UT3hfhcTnohJwNtWNP2cRxdBpl0fExOCWBd1+otbF5j1Jy0KQJOl5shS2UAZN5J9WM9+"
    "mWKt3aXVK6tZsv3RrvusqGthyoMjcrc/O+UiCQUPUyB2dqB6yK/x1nDUrH+XfrcwEVr77j"
    "JQGtNoRyvsjvfNlZ8ptsbGfN2W8Lecta3VzNynPLobqAq5bNl52t541urv8li+y0NlcCzW"
    "mjxdpe6SZ6I7K4zh0fJesLGHnRiz0bCQ9GGadGKS/GYhy/md2oOTrxcxuTV51XW3XTk0nD"
    "6yhXgXIVpKOeYePm6L2kfmcwvoEGzvUnNGqONcP2fCi+V0JyGq6ByD4qZU0+WmJNPspbk/"
    "kTGRdwNfCdhmsgvntl0N1bjO3eQmTPpk7RieptbEeADUT3+nmJaWiEq+816gDnIWVGeGvk"
    "UYhEoyhYN2oPvDOijwfeCTk85J+/Oyb88/gIw19yxK/0uudwlxzzz+eHRwd1PLgb4P4clx"
    "PHNaoVE05Dbb+icOvvY8/WgBho5BkmM2z6EZ73P62KdBT1UgwW1neh5YiyhAgbKS88w3PH"
    "Y0OsacXu9sXbKg8p9bZ65ec2iBaj6NVgU52fhfmsCGIoZtjQUZtO+WkNWZi+EL3WBlp/IW"
    "5RA1mc0L8Sl1Z0yBcC16LQdgwcrajqswjhg2/i+Iz4C0ZmDAogEWvG5nxuh6E5YZJwuRjP"
    "4UJrnCAXTqIKP8tc+HkPO4VDXCyQp+LmfOjffb6+++ECBfAD+/Lq+frn/gXfnsz4Sgb200"
    "9PMEi0BvcoDPObg/+jf/XsNwf/N9EYXHvuP95e312Kq4y4lmFjVrqQ+4ajzmYmZmPHtYaj"
    "WQFdHxfXj8nASex4FYw2XO8HqLpvWQYFCYH4PxCQECBII3Y7mqNAJ5t3kONm6sqU5cK+ia"
    "97dHJ2cn58ehJZ9qIrywx676GhuCDLyMW2zmkiqvq45KtBXlG4dClajftrqtnSIAWqJJvM"
    "kk21lF+8y/bTGF5A9lxil2F/NWq2lM+Byi4BQ1bLtbDxGEpIoeAnwJk9lH38Ixan99JHQh"
    "W/+i7jV8VRtTL6k1Ayx022fJ0PzKewUyhBr9g0CQvzR2iq+yXfVBYkaci8YyJlpFa3kiys"
    "xLxO8n2TbVxdngpZyLXQYBNhEC2/tVmihCFztBfUtrDO99GUwJkLGRQEjet8lVDSqLDYnY"
    "TF+sFDqyJWrt7smxQkZQmRFLplCpdEiu22aLH3SnDpWifZM0OpwNpI+DaLHhsIps2qKSvU"
    "kok6Bom+5WsrKdO0RkvFeQ3rqyrTVFTtuqLMXiLNbwyzNoRdiemaiqz1VHeqlvKyl4jihx"
    "Dd09a3Dx/8+ZqKLqE5rQtXT+FkTcFUPkWk4Oifx969TZ4d/qeUFvclOU9zz/tl1b6sXaSM"
    "0remVJ2EyF2atJMWzaVqkqUTvd6uR3aJNJfoHNGOC53NDD+gSBx3kIVf4KDpJHqvQV0dHV"
    "vwA/lwk59EwdmNEd+6BI0JObgA3zhMYZM/WFxpLF+SbJsPLsxKSuLxhZ+dVfaRNIa0DlLZ"
    "R+/H4Vom+0gVudqV+wfTauG0MYTMUc41szU2UtrqhRRY6JbU4POHy4xdYTLVuHAVDdUMnV"
    "gzhxFbmyO+eBDUJFFFD824dH8p7QVNxzV2z8sENnbPF0c2wr1MOkYgJ2p4PHOgivWoWI29"
    "pcCOa11J5k5Q7UXeEQmUK1+1F5HQTphFcPX2IrGG0rCIibXjNqfLlSketrMKbZIJyzUXaC"
    "vjeU93Y9h6g5I9IcCme22kfaRLrduxH7WUZVuLh5ewagfeObAu+4BJWzK/OXMo0TuiK3Iy"
    "vkcnmgEZXhd+j3DMsOlMPCgjPzUoc9x5kSF7o896u6NG2pQdJEv+qszXyny9X4K5webrkA"
    "nkab64vkcSZvvVPWoa/fxXPsH0RnMUFkuSr6bHiIy5VlaFKDGEHAVX4LGVC64wEVAckMr/"
    "RR3f4S4EkS/CXrEvofSyGefbJt67rinw8PB4/zPUBQiDI4orCHAc3/3Qfxo+9v/3J87D4G"
    "YQDDd0CV84FaP4bDfXwWQQvTywgSF+frz8cncRFYGx69jnu+XcJUu8JVnjfPPy2Wu6ojaS"
    "tR5s+BraSRpS5azLk7yc10aUZ2XXVv1QP6rjY8zDKtu+Sm/dczooN5ccJKi+C1JgEm8Av5"
    "pTYKnzleC4Uh5GNnmN7oYcViUY75UoV15JSRBc3SvpM5G14rd8Os2+859KZKngzEwomspX"
    "vBy1eZ1cZWjLlaG9Hben8BUvdXqG3uRSLs+wBVkJh6eNRMK5aHqNnHHCA/mBhoylI4x5ws"
    "gL5UQp5FeBmZc6po48G8Db1MYzOnUYlDbAnBXhOfjAc5xo4w8c2OAuJVib8ksum4eNvD+i"
    "R9G+G1pyQ71mguC/edDl27B95ukKK7n/BP50Gjy/lkOVv3DKmaqcqXsmuRrsTLUqdiKymt"
    "uJaAN1nXERS1uSZhUCKMvLipaXSliPQWTGe7BMLpMNjaCBd3ion6HfPX72NpjUVQ/HpuMU"
    "HPeXECSCkJkeku8DjRhm4B4vjfcEjMJ8fX/ULqv5S0qCtZXg1w144IirNG5V/BaAKhQXSV"
    "DCmEmGHC+LZOknxzEJthdI0wLwDJ5HHH4PEb2MM9zf36Q0/k/XGT5x99Ptpz7XH4X6yAcZ"
    "bAH7GBGTa/BCBA6xyT8XRToupcCCGRQRyhMhshoJU0h1bTIF2iQusytZWp0OeVBFh9p0SM"
    "rO6qQohJaZGi2bTDB0mPLTSRLr982tgsOKW4LLorjOkjcLIMZj4pIwWFZSqrrC+lskX5YQ"
    "Mwm0PRoeViSgM0a/gTXltw4KF8xJxyd2ZSZIJDvAl1JP6oSQ8pKG8Y1iI1gnGruOlSq+vQ"
    "c0Sh0jqpKpCHh/KNV23CC3IeSPHTThf4MxzDkoYJey01OkulZjgTGIxLRLl7T3XXozj0Fl"
    "v7hGdEAf1LYJA8ejzysr9tfb4Qas6jLMw0ocZSe5Tqgi33dNARE0UL3/UwJKZiVccuSrKO"
    "udkwDCZSqjPwG0HtS/k9gRFS+9m4ZMYbOSlRDbtJYnWbQmZVrZEGkVhL7BIPSEor3yy9vs"
    "eNz8kUTVbdplh4gwTjiNt0rNIQS3rduuZafqRNmXNqFEbbHVQ5iGsjQoPJGrUioufJYYX6"
    "bDg+PGqSdp06X/gQaB2tCQww+URs98mEsYNswgesvwWw4G03ygyHm1C7s6bPRhbwdvq1Bt"
    "Faq9XxpNg0O1wZmdp3e5Cj0hrMxh260vP97f9J8ub/oX0BTUJBSbZGBf3d89Xf9wd9u/e7"
    "5IdjgqaaLecIi3xtE2cdxKTQeSMI0rpdMrU0mnt7iQTi9XRydItRTCrLpPNAEos6Wt9TrF"
    "GRFvgKQmumjpwJ/OUHvgnRByPPC+6x0e/nXgnRFt7H/xJb3UXhvLsGuQMAUlNf0gzI6yQO"
    "XCKR+oheeIEtOElLx2FDQiN7X4lq5BrSSU1NSaGpNpCXLJTKL9DtONrlRt445N0z/CIFAP"
    "KPJ/R9ivLpkj00G2E7BUPrIcKbcTXbrTDIFtVmgI1vsBWlNalkGhQrNPKiPKa47qNoRqUS"
    "cSgR0UmsurMct3n22wYrBIgliib2SSO3Il5PQYnw+8HjkbhwrJae/4tIPSd87H+gm/Pz49"
    "3hHxXBLu+wpsMQaSnBkmaEKFyOIrB6HF9URfkTRcwSV9CQdU651ySp2fa72kGlmtLMqG+S"
    "Ing0m0AqPGUpIloPaNZsHSRfww1x8Xby6pyOSSES4qHPvGxgqBJCcSF0uWwwinEMGujRaz"
    "xvaK/G47xPJmek1bYRpS2QplsRWGOEoYC3MN4lVs3s6PZyo8bNckCA4YdYoCJ+BUkJgKEp"
    "M9SEzFM20inqlMwI0DeX4rx9l8jg8G9zBhg1CfPuD5/TJWRVe+6ZlENq9tViVdGsiUCGxZ"
    "IZapfOlXuWRehWqjCWG/xWCmJ4bH49bSUCZ/SKdkIBONRpcIY7KINSIu+NnRq+O+UDSGNO"
    "bY+dh2+Vke/RZ+/+3gAlFCqLBU8Kmpb8XFLHk2hngVft0s7Ou3+QcWhDP9ktI6PIgj/VWF"
    "OMmiLHaQCnF6P2aLMiFOfKMbX6taFmOgLVoWwx25txVulIVo1+YJZSHaOQlAI6iM/gSQQr"
    "2yDinr0L686JvLdvPoGnI0G97WI8E2JWg48e2/J3Ay2Q=="
)
