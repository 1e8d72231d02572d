"""Suppliers: who they are and who works for them, their products and proposals, the terms of each line sold, purchase orders, statements (append-only)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "supplier" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "company_name" VARCHAR(100) NOT NULL,
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "licence_number" VARCHAR(32) NOT NULL,
    "categories" JSONB NOT NULL,
    "payout_account" VARCHAR(64) NOT NULL,
    "agreement_version" VARCHAR(32),
    "agreement_accepted_at" TIMESTAMPTZ,
    "status" VARCHAR(16) NOT NULL,
    "platform_bps" INT,
    "note" VARCHAR(300) NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "invited_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "owner_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "warehouse_id" BIGINT UNIQUE REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_merchan_f8b939" UNIQUE ("merchant_id", "code"),
    CONSTRAINT "uid_supplier_merchan_765f5b" UNIQUE ("merchant_id", "owner_id")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_merchan_003b30" ON "supplier" ("merchant_id");
COMMENT ON COLUMN "supplier"."licence_number" IS 'business licence (统一社会信用代码)';
COMMENT ON COLUMN "supplier"."categories" IS 'what it supplies';
COMMENT ON COLUMN "supplier"."payout_account" IS 'where its withdrawals are paid (shown masked)';
COMMENT ON COLUMN "supplier"."agreement_version" IS 'the agreement the owner accepted (empty: not yet)';
COMMENT ON COLUMN "supplier"."status" IS 'PENDING: pending\nACTIVE: active\nSUSPENDED: suspended\nREJECTED: rejected\nTERMINATED: terminated';
COMMENT ON COLUMN "supplier"."platform_bps" IS 'the platform''s commission on its sales (empty: by category, or the merchant''s)';
COMMENT ON COLUMN "supplier"."note" IS 'the brand''s last review note';
COMMENT ON COLUMN "supplier"."invited_by_id" IS 'the brand''s staff who invited it (empty: it applied)';
COMMENT ON COLUMN "supplier"."owner_id" IS 'the member whose wallet receives the supplier''s money';
COMMENT ON COLUMN "supplier"."warehouse_id" IS 'its consignment stock (made when it is approved)';
CREATE TABLE IF NOT EXISTS "supplier_purchase_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total" BIGINT NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_pu_merchan_2893fd" UNIQUE ("merchant_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_pu_merchan_c1f596" ON "supplier_purchase_order" ("merchant_id");
COMMENT ON COLUMN "supplier_purchase_order"."status" IS 'SENT: sent\nCONFIRMED: confirmed\nDECLINED: declined\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled';
COMMENT ON TABLE "supplier_purchase_order" IS 'The brand buys from a wholesale supplier: shipped in parcels, received into a warehouse of the brand.';
CREATE TABLE IF NOT EXISTS "supplier_purchase_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "shipped" INT NOT NULL,
    "received" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "purchase_id" BIGINT NOT NULL REFERENCES "supplier_purchase_order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_supplier_pu_merchan_10fff9" ON "supplier_purchase_line" ("merchant_id");
COMMENT ON COLUMN "supplier_purchase_line"."unit_price" IS 'the supply price agreed';
CREATE TABLE IF NOT EXISTS "supplier_statement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "opening_debt" BIGINT NOT NULL,
    "earned" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "adjusted" BIGINT NOT NULL,
    "payable" BIGINT NOT NULL,
    "closing_debt" BIGINT NOT NULL,
    "deposit_used" BIGINT NOT NULL,
    "issued_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_st_merchan_2c7761" UNIQUE ("merchant_id", "number"),
    CONSTRAINT "uid_supplier_st_supplie_e77a29" UNIQUE ("supplier_id", "period_start")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_st_merchan_30b036" ON "supplier_statement" ("merchant_id");
COMMENT ON COLUMN "supplier_statement"."period_end" IS 'the last day of the cycle, in the merchant''s time zone';
COMMENT ON COLUMN "supplier_statement"."earned" IS 'consignment shares released and wholesale receipts due';
COMMENT ON COLUMN "supplier_statement"."refunded" IS 'taken back for refunds after release';
COMMENT ON TABLE "supplier_statement" IS 'One cycle of a supplier, issued once and never changed (append-only, by database triggers):';
CREATE TABLE IF NOT EXISTS "supplier_purchase_shipment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "carrier" VARCHAR(64) NOT NULL,
    "tracking_number" VARCHAR(64) NOT NULL,
    "lines" JSONB NOT NULL,
    "amount" BIGINT NOT NULL,
    "received_at" TIMESTAMPTZ,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "purchase_id" BIGINT NOT NULL REFERENCES "supplier_purchase_order" ("id") ON DELETE RESTRICT,
    "received_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "statement_id" BIGINT REFERENCES "supplier_statement" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supplier_pu_merchan_c8ba7a" ON "supplier_purchase_shipment" ("merchant_id");
COMMENT ON COLUMN "supplier_purchase_shipment"."lines" IS '{purchase line id: units}';
COMMENT ON COLUMN "supplier_purchase_shipment"."amount" IS 'what these units cost at the agreed prices: the payable once received';
COMMENT ON TABLE "supplier_purchase_shipment" IS 'A parcel of a purchase order, from the supplier; received once, into the purchase order''s warehouse.';
CREATE TABLE IF NOT EXISTS "supplier_adjustment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "amount" BIGINT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "created_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "statement_id" BIGINT REFERENCES "supplier_statement" ("id") ON DELETE RESTRICT,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_ad_supplie_1abe23" UNIQUE ("supplier_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_ad_merchan_447d11" ON "supplier_adjustment" ("merchant_id");
COMMENT ON COLUMN "supplier_adjustment"."key" IS 'the client''s idempotency key: one adjustment per key';
COMMENT ON TABLE "supplier_adjustment" IS 'A credit or debit the brand makes to a supplier (a damaged delivery, a late fee): on the next statement.';
CREATE TABLE IF NOT EXISTS "supplier_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "paid" BIGINT NOT NULL,
    "supply" BIGINT NOT NULL,
    "floor" BIGINT NOT NULL,
    "ceiling" BIGINT NOT NULL,
    "platform_bps" INT NOT NULL,
    "distributor_bps" INT NOT NULL,
    "settle_on_supply" BOOL NOT NULL,
    "below_floor_allowed" BOOL NOT NULL,
    "supplier_share" BIGINT NOT NULL,
    "platform_share" BIGINT NOT NULL,
    "distributor_share" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "supplier_back" BIGINT NOT NULL,
    "distributor_back" BIGINT NOT NULL,
    "stated" BIGINT NOT NULL,
    "distributor_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE RESTRICT,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "line_id" BIGINT NOT NULL UNIQUE REFERENCES "order_line" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supplier_li_merchan_62d677" ON "supplier_line" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_supplier_li_supplie_76bdf5" ON "supplier_line" ("supplier_id", "id");
COMMENT ON COLUMN "supplier_line"."supply" IS 'supply price × quantity';
COMMENT ON COLUMN "supplier_line"."distributor_share" IS 'negative: the distributor sold below the floor and makes up the difference';
COMMENT ON COLUMN "supplier_line"."refunded" IS 'of `paid`, refunded so far';
COMMENT ON COLUMN "supplier_line"."supplier_back" IS 'taken back from the supplier so far';
COMMENT ON COLUMN "supplier_line"."distributor_back" IS 'taken back from (or, when negative, given back to) the distributor so far';
COMMENT ON COLUMN "supplier_line"."stated" IS 'the supplier''s share put on statements so far (net of refunds)';
COMMENT ON TABLE "supplier_line" IS 'An order line of a supplier''s product, with the terms it was sold under (snapshotted at payment)';
CREATE TABLE IF NOT EXISTS "supplier_statement_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "adjustment_id" BIGINT REFERENCES "supplier_adjustment" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "receipt_id" BIGINT REFERENCES "supplier_purchase_shipment" ("id") ON DELETE RESTRICT,
    "statement_id" BIGINT NOT NULL REFERENCES "supplier_statement" ("id") ON DELETE RESTRICT,
    "supplier_line_id" BIGINT REFERENCES "supplier_line" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supplier_st_merchan_2a6547" ON "supplier_statement_line" ("merchant_id");
COMMENT ON COLUMN "supplier_statement_line"."kind" IS 'sale (a line''s share released), refund (taken back after), receipt (wholesale goods received), adjustment';
COMMENT ON TABLE "supplier_statement_line" IS 'One item of a statement (append-only): a line''s share, a refund taken back, a receipt, an adjustment.';
CREATE TABLE IF NOT EXISTS "supplier_product" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "form" VARCHAR(16) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "supply_price" BIGINT NOT NULL,
    "min_price" BIGINT NOT NULL,
    "max_price" BIGINT NOT NULL,
    "settle_on_supply" BOOL NOT NULL,
    "platform_bps" INT,
    "distributor_bps" INT NOT NULL,
    "resale" BOOL NOT NULL,
    "collect" BOOL NOT NULL,
    "rebate" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "product_id" BIGINT NOT NULL UNIQUE REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supplier_pr_merchan_3811bb" ON "supplier_product" ("merchant_id");
COMMENT ON COLUMN "supplier_product"."form" IS 'WHOLESALE: wholesale\nCONSIGNMENT: consignment';
COMMENT ON COLUMN "supplier_product"."supply_price" IS 'what the supplier is owed per unit (代销 or 经销 price)';
COMMENT ON COLUMN "supplier_product"."min_price" IS 'lowest price a distributor may sell at (the floor)';
COMMENT ON COLUMN "supplier_product"."max_price" IS 'highest price a distributor may sell at';
COMMENT ON COLUMN "supplier_product"."settle_on_supply" IS 'the mall''s own sales settle on the supply price, not the sale';
COMMENT ON COLUMN "supplier_product"."platform_bps" IS 'the platform''s commission on this product (empty: category, supplier, merchant)';
COMMENT ON COLUMN "supplier_product"."distributor_bps" IS 'the supplier''s commission to a distributor (推广代收, 推广返佣)';
COMMENT ON COLUMN "supplier_product"."resale" IS 'distributors may resell it at their own price (散装代销)';
COMMENT ON COLUMN "supplier_product"."collect" IS 'distributors may collect and owe (推广代收)';
COMMENT ON COLUMN "supplier_product"."rebate" IS 'promoters earn the supplier''s commission (推广返佣)';
COMMENT ON TABLE "supplier_product" IS 'A core product the supplier supplies, with its terms. The retail price is the product''s own.';
CREATE TABLE IF NOT EXISTS "supplier_offer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "price" BIGINT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "distributor_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supply_id" BIGINT NOT NULL REFERENCES "supplier_product" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_of_distrib_e05d2c" UNIQUE ("distributor_id", "supply_id")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_of_merchan_f982fc" ON "supplier_offer" ("merchant_id");
COMMENT ON COLUMN "supplier_offer"."price" IS 'its unit price (resale, collect); empty: the retail price';
COMMENT ON TABLE "supplier_offer" IS 'A distributor''s choice for a supplier product: the profit mode, and its own price within the band';
CREATE TABLE IF NOT EXISTS "supplier_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "proposed" JSONB NOT NULL,
    "before" JSONB NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "proposed_by_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "supply_id" BIGINT REFERENCES "supplier_product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supplier_ch_merchan_45557b" ON "supplier_change" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_supplier_ch_supplie_802aa6" ON "supplier_change" ("supplier_id", "status");
COMMENT ON COLUMN "supplier_change"."proposed" IS 'the fields proposed, by name';
COMMENT ON COLUMN "supplier_change"."before" IS 'those fields before, when the change was decided';
COMMENT ON COLUMN "supplier_change"."status" IS 'PENDING: pending\nAPPROVED: approved\nREJECTED: rejected\nCHANGES_REQUESTED: changes_requested\nAPPLIED: applied\nWITHDRAWN: withdrawn';
COMMENT ON COLUMN "supplier_change"."supply_id" IS 'the product changed (empty: a new product proposed)';
COMMENT ON TABLE "supplier_change" IS 'A product or change a supplier proposed, and the brand''s decision: the catalogue''s history.';
CREATE TABLE IF NOT EXISTS "supplier_staff" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "active" BOOL NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "supplier_id" BIGINT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_st_merchan_472c69" UNIQUE ("merchant_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_st_merchan_f946f4" ON "supplier_staff" ("merchant_id");
COMMENT ON TABLE "supplier_staff" IS 'A member who works for a supplier (role `supplier`): sees and acts on that supplier''s data only.';
CREATE TRIGGER "supplier_statement_append_only" BEFORE UPDATE OR DELETE ON "supplier_statement" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "supplier_statement_no_truncate" BEFORE TRUNCATE ON "supplier_statement" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "supplier_statement_line_append_only" BEFORE UPDATE OR DELETE ON "supplier_statement_line" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "supplier_statement_line_no_truncate" BEFORE TRUNCATE ON "supplier_statement_line" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();"""


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
    "eJztPWlz4zayfwWlLyNXaad8yXa8r16Vx6Mkztqy13YyrzZKKRAJSVzzUAhwHG12/vtDg/"
    "chmaQuiEbVlEci0SDUTXQ3+vyrRb3ZzDSI+/GzQZlrjDzmuPfjMXFbl+ivlo0twj8sGdVB"
    "LTybJcfAJYZHZgpw6ESjR3wGrDF+d4xNSvglnVDNNWbMcGyAuUJ6/JQPFGlTx9AIGjsuwi"
    "icEM1cR/c0donYlMCXscGQ5eh8PmzryGAUOa82vwGgrwabGrYYOeJ3YRm6o8Ez7MlWnjiw"
    "2wPvrHt2MvAuLrTuwDslhH/+rnt4eID4U/wZAZDPqTmmSTQ+HcCc4IuB1yXn4xDmrHtydv"
    "ARfoJnG394ZMicCeHwQLBff20lfgiMEYuft377jX82bJ38SSiMg6+zl+HYIKaeIrQhkCOu"
    "D9l8Jq59MiY3NvtejAXMjYZ8hZ5lx+NnczZ17AjAsBlcnRCbuJgReAJzPaC07Zlm8GqExP"
    "d/RTzEX2UCRidj7JnwvgC0v4D4Wms47N8/D596z8NhK/cuhRAJYgeXNMeG95AvlQoETGAJ"
    "f/vu+Pjk5Pz48OTsont6ft69OLzgY8V687fOv/mLibHlTyVwdvPDTf8ZFuTwl93fC3Dhm4"
    "DBDPtQghgx9jWXAL6GmOWp8JnfYYZFiumQhszQQw9AP4YfstQJabGMPOGFmD7x9t0GgfgP"
    "1O9t/i77L8YS3D/f3PWenq/uHuBxFqV/mAJ/V889uHMsrs4zV9tnB2liRZOgLzfPPyL4iv"
    "513+8J9DqUTVzxxHjc879asCbMd97Qdl6HWE+8w+HVEGt8ZEx14CF5el9PsVtM63B8hsoc"
    "W/tIVwv/OTSJPWFT/vXobAldf7l6vP7x6rF9lKVVP7hzLG59SyFXcNU8du8cm8yL0RtBvM"
    "3VCvAbEHzD6G2BtOHPYIHUaPO3EZt81kB2HPwdEWvG5r6scgnDhomiHyYXO4xp5c30muwv"
    "DanYnyzsL8RRgv8Fq4+pntBYhlXVjzxsrU0rHbV3sv0s4mpTbLPKVMgAbooETdUHM8eseW"
    "X8p8DUBqiEfjgJjV8KtfHwtc4T43vHJcbE/kegQtzwtWO7UGnQ+MiPd4mJ9msbfAtftfBq"
    "/HwXv0bnxywH4AjQiUmYr8hePV1ffe61FjH9ldH7MyX7qPmWxW1exqXQ+8jl7+PN9XOrgJ"
    "OsgtrI5PMUfHjwzR8NxnSKjy5AMvCLEdZeXrGrD1OMA+44x07mSjQ2f8s6trJXsI0nAj/w"
    "Q2DZERUePNhhlNwaNmkVmuZSIzolzXKzAGhohlBvmecWY73AHqXMTrLIuY4yO72jc1cZs9"
    "MfHhfYBisQEgu3XRKkSXrm8dHp+enFydlptO2iK8t2W4EFwzbYsLrJKQ0mM2ZbYE/y5WRg"
    "esL8lSQ5l8ru2V1CQk6N2YwUSJjFB6oYYnvEONyTd9wlGjG+VsJnEkQhVNldZOMQgWe3Mg"
    "HScDLzbdkJEB5DKlMgDahIoIxf8hu/wpd2LeaZ8Nh/7+qNNoNldnoJLMf2qpVe4ObbvdJi"
    "TFLDl/9+L7V8RVugmunLicDeDE17hnguF8K9Rt6corHrWAij16ljCv97FCt2iYIjBDJsNM"
    "OuRkzaQaEazC8yB+CwS6aORwlyxn6oGEz9MXuW2t5TCyPKkpLA9qwRv67CyaQR4R1l11N2"
    "vZTcC/ZojuKLA8piiAaGlJ0clwgpOzleGFIGtzL2JIaZR4sR3OO4zGkVadtSBL09ZLco8X"
    "loFUvfU6//zCUKhxzY1/f9728e73qfLxFH9thwLaIP7M+969ubPlzUiQYOJH7t6cebhwe4"
    "FIiigf3Yu+7d/AKXQknE57vqX/dub8V8gCXTLG1C3HC8IHMYNisZbyMIdfisff63HVYpBD"
    "Ycv8UtVHH71OVWh4dl2NXh4WJ+BfdUXGWz9YAycZWhDjeqHlCWA1WsTUVV7i0FohN/rbjK"
    "GFBtgtokiGwOlWmQhVREUBZ++S38Scvj2gIw9/BFrxR5GXPaEgGuEV9Y+fX9kpypofjNct"
    "ESCI51wJUx3PAA7Zy2XNmDEmMdrCgFpqVPAdj3/3gkJhY/ZAnDyEYCNwTvuaAuiwDEmpD1"
    "FEzYJIRtxzMXYW6pcy6J32r+OZqELFE9wvd8gXcLo3ASJJx8Hd93FsUw8sf8PfaPOZyFdX"
    "wvmajHkAL9QGPHWd5Dt62HqhB7iXXtjnLFvSMTXBlXnIZdt/AUsNiynQBpoDPu7LSEdfvs"
    "dKFxG25l/DV81AtfwLC627MAVKG8BMoX6Kg/Pd33ixEdAWS5l6Ex9F9kGlQirav1VySDYd"
    "3I0C9FpQ36rZyDcgm2AUMpzhViuX139X9ZAlzf3n/KsiSY4FOGGthyvCIjzhKPZQwiszWt"
    "9TrFDJQiTglBAKRxVCD/WpB24ueg0KAkF57DCoVKhZIpB3IpCflMihpaQQZ0DWrBdgrXVD"
    "3TyK4FFDji8mqAcgHteqep/IKdkyDiWDX80XlYiWtzSU4HiD8jYE6p7g7NQCoaKE+c9J44"
    "lWuz5lybYm9RgkNvy10kGScpi9u8LCtTzidkvetxKCdnayaWs7JqBZdcPNVanHMR8kt65/"
    "aEABv2NcWvbKGTKfVGl/IupXbU216le5sgba6ZxPfwhNN0kEGpF7hxRBlwm3wlLgIZxX8J"
    "avO1EFv/m2Ob8w4azRE4CEZgW+JYnkyISw8uc86kDT5rYAujyiumiGDXJnoHMfxCbAR0Ah"
    "iXjD1bp2J6rP/bo0yMmRKkkxFDI9fxJlMG+WUwwjdW8xV5rINCc82Av5j8BC0KmfP1kYqp"
    "ZR30a4p0M+Iajg70cplKPJNHn+0ob5fydqnEs20mnqVYYeHGWmDEysAt21Z7iPYlaIZtUY"
    "xEYhdIiDdRGEDtBwJFrS4TU8Y1gXmY7C0UCwg4Ed9CAfyBIvgB6D+OXbJCfDWkO1wzAU8r"
    "KBGVXFVZQGWArW348xW+StiPQWTGu0AvPwKDNo8oFzaEcj3WJFz11YWaGldKEIfvGaNI96"
    "TuhOCr4RWplQSSml6JIwe0WIrOHGNG3JByMlMnPBhVc7ongGSmjuRcLHDyV0J9AkZhvjbm"
    "NZMf6uvI8CygokFtGgSWlaFHK3KfLKCiQW0a+Fa4Om7sLKRyoKqk6n2lgEqqVlEE0m0Flc"
    "8rCYKr5/NGslGFDyzFbFaHWMGxHRpDVvVo18ig3BPkl0l72Kz3f18YQIF9ZC3ZuSGvvIqm"
    "bNDbtaWQicUto3JvY7XQifJNo0RMg8GhgpCGcIZU0MLBJb8FU36gvhm3w7/7xsFElIJ/UX"
    "AuaLyO4pctn5a7taeqvFyJdeaOilRQkQopAfViFHl/F8cphONljlJoCQdXO83LIj/YQSfk"
    "ae2E90V4XA46IWdD7dhTNnEcnUZZdHwMTkng3RdqbWzeo5QcNGmCjhdbYQtlwGTeSTXjfY"
    "5LlW49XlK69ThfujXedZUNbTlQZW5W5uZ9pUAgoeplDs7UDlgV/zvOGpSO8+/W5wIqXn3H"
    "SwJabQjlfJHf+bKz5DfZ2M6as98W8pa1urmaleeWQ3UBVy2bLztbzxvdXP9LFtlpba4Emt"
    "NGi7W90k30RmRxnTs+StYXMPKiF3s2Eh6MMk6NUl6MxTh+M7tRc3Ti5zYmrzqvtuqmJ5OG"
    "11GuAuUqSEc9w8bN0XtJ/c5gfAMNnOtPaNQca4bt+VB8r4TkNFwDkX1Uypp8tMSafJS3Jv"
    "MnMi7gauA7DddAfHfLoLu7GNvdhcieTZ2iE9Xb2I4AG4ju9fMS09AIV99r1AHOQ8qM8NbI"
    "oxCJRlGwbtQeeOdEHw+8U3J4yD9/d0L45/ERhr/kiF/pHl/AXXLCP18cHh3U8eBugPtzXE"
    "4c16hWTDgNtf2Kwq3/GXu2BsRAI88wmWHTj/C8/21VpKOol2KwsL4LLUeUJUTYSHnhGZ47"
    "HhtiTSt2ty/eVnlIqbfVKz+3QbQYRa8Gm+r8LMxnRRBDMcOGjtp0yk9ryML0hei1NtD6C3"
    "GLGsjihP6VuLSiQ74QuBaFtmPgaEVVn0UIH3wTx2fEXzAyY1AAiVgzNudzOwzNCZOEy8V4"
    "Dhda4wS5cBJV+Fnmws972Ckc4mKBPBU350Ov//mm/8MlCuAH9tX1880vvUu+PZnxlQzsp5"
    "+fYJBoDe5RGOY3B/+pd/3sNwf/N9EYXHvuPd7d9K/EVUZcy7AxK13IfcNRZzMTs7HjWsPR"
    "rICuj4vrx2TgJHa8CkYbrvcDVN23LIOChED8HwhICBCkEbsdzVGgk807yHEzdWXKcmHfxH"
    "d8dHp+enFydhpZ9qIrywx676GhuCDLyMW2zmkiqvq45KtBXlG4dClajftrqtnSIAWqJJvM"
    "kk21lF+8y/bTGF5A9lxil2F/NWq2lM+Byi4BQ1bLtbDxGEpIoeAnwJk9lH38Ixan99JHQh"
    "W/+i7jV8VRtTL6k1Ayx022fJ0PzKewUyhBr9g0CQvzR2iq+yXfVBYkaci8YyJlpFa3kiys"
    "xLxO8n2TbVxdngpZyLXQYBNhEC2/tVmihCFztBfUtrDO99GUwJkLGRQEjet8lVDSqLDYnY"
    "TF+sFDqyJWrt7smxQkZQmRFLplCpdEiu22aLH3SnDpWifZM0OpwNpI+DaLHhsIps2qKSvU"
    "kok6Bom+5WsrKdO0RkvFeQ3rqyrTVFTtuqLMXiLNbwyzNoRdi+maiqz1VHeqlvKyl4jihx"
    "Dd09a3Dx/8+ZqKLqE5rQtXT+FkTcFUPkWk4Oifx969TZ4d/qeUFvclOU9zz/tl1b6sXaSM"
    "0remVJ2EyF2atJMWzaVqkqUTvd6uR3aFNJfoHNGOC53NDD+gSBx3kIVf4KDpJHqvQV0dHV"
    "vwA/lwk59EwdmNEd+6BI0JObgE3zhMYZM/WVxpLF+SbJsPLsxKSuLxhZ+dVfaRNIa0DlLZ"
    "R+/H4Vom+0gVudqV+wfTauG0MYTMUc41szU2UtrqhRRY6JbU4POHy4xdYTLVuHAVDdUMnV"
    "gzhxFbmyO+eBDUJFFFD824dH8p7QVNxzUeX5QJbDy+WBzZCPcy6RiBnKjh8cyBKtajYjX2"
    "lgI7rnUlmTtBtRd5RyRQrnzVXkRCO2EWwdXbi8QaSsMiJtaO25wuV6Z42M4qtEkmLNdcoK"
    "2M5z3djWHrDUr2hACb7rWR9pEutW7HftRSlm0tHl7Cqh1458C67AMmbcn85syhRO+IrsjJ"
    "+B6daAZkeF36PcIxw6Yz8aCM/NSgzHHnRYbsjT7r7Y4aaVN2kCz5mzJfK/P1fgnmBpuvQy"
    "aQp/ni+h5JmO1X96hp9PNf+QTTG81RWCxJvpoeIzLmWlkVosQQchRcgcdWLrjCREBxQCr/"
    "F3V8h7sQRL4Ie8W+hNLLZpxvm3jvuqbAw8Pj/S9QFyAMjiiuIMBx3P+h9zR87P3zZ87D4G"
    "YQDDd0CV84FaP4bLc3wWQQvTywgSF+frz60r+MisDYdezzx+XcJUu8JVnjfPPy2Wu6ojaS"
    "tR5s+BraSRpS5azLk7yc10aUZ2XXVv1QP6rjY8zDKtu+Sm/dczooN5ccJKi+C1JgEm8Av5"
    "pTYKnzleC4Uh5GNnmN7oYcViUY75UoV15JSRBc3SvpM5G14rd8Os2+859KZKngzEwomspX"
    "vBy1eZ1cZWjLlaG9Hben8BUvdXqG3uRSLs+wBVkJh6eNRMK5aHqNnHHCA/mBhoylI4x5ws"
    "gL5UQp5FeBmZc6po48G8Db1MYzOnUYlDbAnBXhOfjAc5xo4w8c2OAuJVib8ksum4eNvD+i"
    "R9G+G1pyQ71mguC/edDl27B95ukKK7n/BP50Gjy/lkOVv3DKmaqcqXsmuRrsTLUqdiKymt"
    "uJaAN1nXERS1uSZhUCKMvLipaXSliPQWTGe7BMLpMNjaCBd3ion6M/PH72NpjUVQ/HpuMU"
    "HPeXECSCkJkeku8DjRhm4B4vjfcEjMJ8fX/ULqv5S0qCtZXg1w144IirNG5V/BaAKhQXSV"
    "DCmEmGHC+LZOknxzEJthdI0wLwDJ5HHH4PEb2MM9zf36Y0/k83GT7R//nuU4/rj0J95IMM"
    "toB9jIjJNXghAofY5J+LIh2XUmDBDIoI5YkQWY2EKaS6NpkCbRKX2ZUsrU6HPKiiQ206JG"
    "VndVIUQstMjZZNJhg6TPnpJIn1++ZWwWHFLcFlUVxnyZsFEOMxcUkYLCspVV1h/S2SL0uI"
    "mQTaHg0PKxLQGaPfwZryeweFC+ak4xO7MhMkkh3gS6kndUJIeUnD+EaxEawTjV3HShXf3g"
    "MapY4RVclUBLw/lGo7bpDbEPLHDprwv8EY5hwUsEvZ6SlSXauxwBhEYtqlS9r7Lr2Zx6Cy"
    "X1wjOqAPatuEgePR55UV++vtcANWdRnmYSWOspNcJ1SR77umgAgaqN7/KQElsxIuOfJVlP"
    "XOSQDhMpXRnwBaD+rfSeyIipfeTUOmsFnJSohtWsuTLFqTMq1siLQKQt9gEHpC0V755W12"
    "PG7+SKLqNu2yQ0QYJ5zGW6XmEILb1m3XslN1ouxLm1CittjqIUxDWRoUnshVKRUXPkuML9"
    "PhwXHj1JO06dL/QINAbWjI4QdKo2c+zCUMG2YQvWX4LQeDaT5Q5LzahV0dNvqwt4O3Vai2"
    "CtXeL42mwaHa4MzO07tchZ4QVuaw7daXH+9ve09Xt71LaApqEopNMrCv7/tPNz/073r958"
    "tkh6OSJuoNh3hrHG0Tx63UdCAJ07hSOt0ylXS6iwvpdHN1dIJUSyHMqvtEE4AyW9par1Oc"
    "EfEGSGqii5YO/OkMtQfeKSEnA++77uEhFMgceOdEGwffxc+U2nFjGXYNKqagpCYhRNpRFm"
    "hdOOUGtfAcUWKakJXXjuJG5KYW39U1qJWEkppaU2MyLUEumUm035G60ZWqndyxafqnGAQa"
    "AkX+7whb1iXTZDrIdgKuykeWI+V2Akx3miSwzSINwXo/QHdKyzIoFGn2SWVEqc1R6YZQM+"
    "pEUrCDQot5NWb57hMOVowXSRBLtI5Mckeuh5yd4IuB1yXn41AnOeuenHVQ+s7FWD/l98dn"
    "JzsinkvCfV+BLcZAkjPDBE2oEFl85SC0uKro65KGK7ikL+GAat0zTqmLC62b1CSrVUbZMF"
    "/kZDCJVmDXWEqyBNS+0SxYuggh5vrj4s0lFZlcMsJFtWPf2FghkORE4mLJchjhFCLYtdFi"
    "1thekd9th1jeTK9pLkxDKnOhLObCEEcJe2GuR7wKz9v58UxFiO2aBMEBo05d4AScihNTcW"
    "Kyx4mpkKZNhDSViblxINVv5VCbz/HB4B4mbBDq0wc8v2XGqujK9z2TyOa1zcKkS2OZErEt"
    "K4Qzla/+KpfMq1BwNCHstxjP9MTweNxaGs3kD+mUjGWi0egSkUwWsUbEBVc7enXcF4rGkM"
    "kc+x/bLj/Lo9/D778fXCJKCBWWCj419a24mCXPxhCywq+bha39Nv/AgoimX1NahwehpL+p"
    "KCdZlMUOUlFO78dsUSbKiW9042tVy2IMtEXLYrgj97bIjbIQ7do8oSxEOycBaASV0Z8AUq"
    "hX1iFlHdqXF31zCW8eXUOaZsM7eyTYpgQ9J779PwjnM8s="
)
