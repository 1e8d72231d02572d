from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) UNIQUE,
    "phone" VARCHAR(32) UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "is_active" INT NOT NULL,
    "token_version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A global identity; the same person can belong to many merchants. */;
CREATE TABLE IF NOT EXISTS "merchant" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "plugins_version" INT NOT NULL,
    "withdrawal_min" BIGINT NOT NULL,
    "withdrawal_fee_bps" INT NOT NULL,
    "shipping_fee" BIGINT NOT NULL,
    "unpaid_timeout_minutes" INT NOT NULL,
    "auto_complete_days" INT NOT NULL,
    "after_sales_days" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* The tenant. Its settings are columns so that they are typed and validated. */;
CREATE TABLE IF NOT EXISTS "membership" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "is_active" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_membership_merchan_fb6670" UNIQUE ("merchant_id", "user_id")
) /* A user inside a merchant. Roles are rows of MemberRole. */;
CREATE INDEX IF NOT EXISTS "idx_membership_merchan_214da7" ON "membership" ("merchant_id");
CREATE TABLE IF NOT EXISTS "member_role" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "membership_id" BIGINT NOT NULL REFERENCES "membership" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_role_members_783ca6" UNIQUE ("membership_id", "role")
) /* One role of one membership: owner, staff, customer, or a role a plugin declares. */;
CREATE INDEX IF NOT EXISTS "idx_member_role_merchan_27fa03" ON "member_role" ("merchant_id");
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "price" BIGINT NOT NULL /* retail price */,
    "min_resale_price" BIGINT /* lowest price a reseller may sell at */,
    "max_resale_price" BIGINT /* highest price a reseller may sell at */,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft
ACTIVE: active
ARCHIVED: archived */,
    "updated_at" TIMESTAMP NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_merchan_d6fe4e" UNIQUE ("merchant_id", "sku")
);
CREATE INDEX IF NOT EXISTS "idx_product_merchan_caffde" ON "product" ("merchant_id");
CREATE TABLE IF NOT EXISTS "warehouse" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "region_code" VARCHAR(12),
    "priority" INT NOT NULL,
    "is_active" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_warehouse_merchan_d09835" UNIQUE ("merchant_id", "code")
);
CREATE INDEX IF NOT EXISTS "idx_warehouse_merchan_7b60c4" ON "warehouse" ("merchant_id");
CREATE TABLE IF NOT EXISTS "stock_level" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stock_level_product_48cc1e" UNIQUE ("product_id", "warehouse_id")
) /* Stock of one product in one warehouse. available = on_hand - reserved. */;
CREATE INDEX IF NOT EXISTS "idx_stock_level_merchan_5ecd82" ON "stock_level" ("merchant_id");
CREATE TABLE IF NOT EXISTS "order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PENDING_PAYMENT: pending_payment
PAID: paid
SHIPPED: shipped
READY_FOR_PICKUP: ready_for_pickup
COMPLETED: completed
CANCELLED: cancelled
REFUNDED: refunded */,
    "currency" VARCHAR(3) NOT NULL,
    "subtotal" BIGINT NOT NULL /* sum of unit price × quantity */,
    "discount_total" BIGINT NOT NULL /* sum of discounts (positive number) */,
    "shipping_total" BIGINT NOT NULL,
    "fee_total" BIGINT NOT NULL /* fees plugins added (positive adjustments) */,
    "total" BIGINT NOT NULL /* what the buyer pays: subtotal − discounts + shipping + fees */,
    "refunded_total" BIGINT NOT NULL,
    "ship_name" VARCHAR(100) NOT NULL,
    "ship_phone" VARCHAR(32) NOT NULL,
    "ship_region_code" VARCHAR(12) NOT NULL,
    "ship_address" VARCHAR(300) NOT NULL,
    "ship_postal_code" VARCHAR(16) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "referral_code" VARCHAR(64),
    "store_id" BIGINT,
    "region_code" VARCHAR(12),
    "fulfillment_method" VARCHAR(32) NOT NULL,
    "attribution" JSON NOT NULL,
    "paid_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "expires_at" TIMESTAMP /* unpaid orders are cancelled after this */,
    "auto_complete_at" TIMESTAMP /* shipped orders complete after this */,
    "updated_at" TIMESTAMP NOT NULL,
    "buyer_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "seller_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_merchan_42592c" UNIQUE ("merchant_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_order_merchan_b1637c" ON "order" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_order_merchan_9995f8" ON "order" ("merchant_id", "status");
CREATE INDEX IF NOT EXISTS "idx_order_merchan_45e352" ON "order" ("merchant_id", "buyer_id");
CREATE TABLE IF NOT EXISTS "stock_movement" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* RECEIPT: receipt
ADJUSTMENT: adjustment
RESERVE: reserve
RELEASE: release
SHIP: ship
RETURN: return */,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
) /* Append-only journal: the sum of the deltas of a stock level equals its columns. */;
CREATE INDEX IF NOT EXISTS "idx_stock_movem_merchan_e392d6" ON "stock_movement" ("merchant_id");
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "discount" BIGINT NOT NULL /* this line's share of the discounts */,
    "total" BIGINT NOT NULL /* what was paid for the line: unit price × quantity − discount */,
    "refunded_quantity" INT NOT NULL,
    "refunded_amount" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "warehouse_id" BIGINT REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_order_line_merchan_faabca" ON "order_line" ("merchant_id");
CREATE TABLE IF NOT EXISTS "order_adjustment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(64) NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "amount" BIGINT NOT NULL,
    "line_id" BIGINT REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* A discount (negative) or fee (positive) a plugin or the core added at placement. */;
CREATE INDEX IF NOT EXISTS "idx_order_adjus_merchan_fec33e" ON "order_adjustment" ("merchant_id");
CREATE TABLE IF NOT EXISTS "payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "gateway" VARCHAR(32) NOT NULL,
    "amount" BIGINT NOT NULL,
    "refunded_amount" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
SUCCEEDED: succeeded
FAILED: failed */,
    "reference" VARCHAR(128) NOT NULL,
    "paid_at" TIMESTAMP,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_payment_merchan_1a0b02" ON "payment" ("merchant_id");
CREATE TABLE IF NOT EXISTS "shipment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "carrier" VARCHAR(64) NOT NULL,
    "tracking_number" VARCHAR(64) NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_shipment_merchan_9a87fd" ON "shipment" ("merchant_id");
CREATE TABLE IF NOT EXISTS "shipment_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(32) NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "location" VARCHAR(100) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "shipment_id" BIGINT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_shipment_ev_merchan_a0fc62" ON "shipment_event" ("merchant_id");
CREATE TABLE IF NOT EXISTS "refund" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL,
    "shipping_amount" BIGINT NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "restock" INT NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refund_merchan_cffa18" ON "refund" ("merchant_id");
CREATE TABLE IF NOT EXISTS "refund_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "line_id" BIGINT NOT NULL REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "refund_id" BIGINT NOT NULL REFERENCES "refund" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refund_line_merchan_122352" ON "refund_line" ("merchant_id");
CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(24) NOT NULL /* PENDING: pending
FROZEN: frozen
AVAILABLE: available
WITHDRAWING: withdrawing
DEBT: debt
CASH: cash
SALES: sales
COMMISSION_EXPENSE: commission_expense
FEE_INCOME: fee_income */,
    "balance" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "owner_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_account_merchan_406f10" UNIQUE ("merchant_id", "owner_id", "kind")
);
CREATE INDEX IF NOT EXISTS "idx_account_merchan_311c3f" ON "account" ("merchant_id");
CREATE TABLE IF NOT EXISTS "ledger_transaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "key" VARCHAR(160) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "memo" VARCHAR(300) NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ledger_tran_merchan_8e7ce5" UNIQUE ("merchant_id", "key")
) /* A balanced set of entries. `key` makes posting idempotent: one key, one transaction. */;
CREATE INDEX IF NOT EXISTS "idx_ledger_tran_merchan_7dc87e" ON "ledger_transaction" ("merchant_id");
CREATE TABLE IF NOT EXISTS "ledger_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL /* positive = credit */,
    "account_id" BIGINT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "transaction_id" BIGINT NOT NULL REFERENCES "ledger_transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_merchan_d4b5e7" ON "ledger_entry" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_account_533383" ON "ledger_entry" ("account_id", "id");
CREATE TABLE IF NOT EXISTS "commission" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(64) NOT NULL /* the plugin that granted it */,
    "kind" VARCHAR(32) NOT NULL,
    "level" SMALLINT NOT NULL,
    "base" BIGINT NOT NULL /* the amount the rate was applied to */,
    "rate_bps" INT,
    "amount" BIGINT NOT NULL,
    "reversed_amount" BIGINT NOT NULL,
    "state" VARCHAR(16) NOT NULL /* PENDING: pending
FROZEN: frozen
AVAILABLE: available
REVERSED: reversed */,
    "available_at" TIMESTAMP,
    "key" VARCHAR(160) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "beneficiary_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "line_id" BIGINT REFERENCES "order_line" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_commission_merchan_2a70f1" UNIQUE ("merchant_id", "key")
) /* Money a plugin grants a member for an order (commission, spread, bonus, rebate …). */;
CREATE INDEX IF NOT EXISTS "idx_commission_merchan_17aa9d" ON "commission" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_commission_merchan_f0da2d" ON "commission" ("merchant_id", "state", "available_at");
CREATE INDEX IF NOT EXISTS "idx_commission_merchan_63821a" ON "commission" ("merchant_id", "beneficiary_id");
CREATE TABLE IF NOT EXISTS "withdrawal" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL /* taken from the available balance, fee included */,
    "fee" BIGINT NOT NULL,
    "net" BIGINT NOT NULL /* paid out: amount − fee */,
    "method" VARCHAR(16) NOT NULL /* BANK: bank
WECHAT: wechat
ALIPAY: alipay */,
    "account_name" VARCHAR(100) NOT NULL,
    "account_number" VARCHAR(64) NOT NULL,
    "bank_name" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested
APPROVED: approved
REJECTED: rejected
PAID: paid */,
    "reason" VARCHAR(300) NOT NULL,
    "payout_reference" VARCHAR(128) NOT NULL,
    "reviewed_at" TIMESTAMP,
    "paid_at" TIMESTAMP,
    "member_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_withdrawal_merchan_7264e9" ON "withdrawal" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_withdrawal_merchan_2d9baf" ON "withdrawal" ("merchant_id", "status");
CREATE TABLE IF NOT EXISTS "merchant_plugin" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "plugin" VARCHAR(64) NOT NULL,
    "enabled" INT NOT NULL,
    "config" JSON NOT NULL /* validated by the plugin's config model */,
    "updated_at" TIMESTAMP NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_merchant_pl_merchan_d9e85e" UNIQUE ("merchant_id", "plugin")
);
CREATE INDEX IF NOT EXISTS "idx_merchant_pl_merchan_954a83" ON "merchant_plugin" ("merchant_id");
CREATE TABLE IF NOT EXISTS "idempotency_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "result_type" VARCHAR(64),
    "result_id" BIGINT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_idempotency_merchan_686fb9" UNIQUE ("merchant_id", "user_id", "operation", "key")
);
CREATE INDEX IF NOT EXISTS "idx_idempotency_merchan_ad307a" ON "idempotency_record" ("merchant_id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWt32ziS/Ss4+jLJWSUnlttO1jsz58i2Mq1uWfLKdqcf7sOGSMhimwLVfNjRzuS/Lw"
    "C+wJdMUqIE0vhmkyiSugUUqi4KhX93VNNC7+9sZHXOwL87GC4R+YO72gUduFoF1+i/DpwZ"
    "rJEb3J/ZjgVVh1ybQ8NG5JKGbNXSV45uYtqyDx4McwYNoGsIO7qz/h/gLBCwydvAClm2iY"
    "EKMZghw8QPwDHBEuI1WCJLXUDs2O/pWzRTJa/R8cOuHuhi/S8XKY75gIgs/f2//U4u61hD"
    "X5Ed/Lt6VOY6MrQYPLpGH8CuK856xa6d6w9D7HxmbennzhTVNNwljtqv1s7CxKGAjh169Q"
    "FhZEEH0Tc4lkvRw65h+CAHgHofGzXxvpKT0dAcugbVAZX2PiC61lGU8eRWuRncKkonpZ9A"
    "gkPYv6SamOqWfKrNAHign/Duv3u94+OPvQ/Hp59Ovvv48eTTh0+kLfve9K2P37yPidDyHs"
    "UwG/5rOL6lH2SSDuT1KnrhG5OBDvSkmDIi9NES6kZaARcLaGXDHwokNEB+WlIDAd6cCnyA"
    "BdHAEn5VDIQfnAX5t3fy3QZ0f+pPL77vT9+QVm/jGI/9Wz3vHoU7gndFIEJl4A0F2gbvca"
    "8Ause9XHDprQS20LafTUtTFtBelMI4KVgJ65Q1CS5EaEcW/AC9+aRQbz7Z0JtPkohrur0y"
    "4Fph/5cAPCm3P7w7nb2gffThQwG0SatctNm9ONq6rRBHQH/KgPrcNA0Ecc4EycsloJ4Rwb"
    "qwDmxLDWhvmvYmkxF98tK2/zK8eTAxCY7vrs4HBH2GPWmkO7G5MQLcMR8RVp6Iy0M/LwV6"
    "rkeSknvZOdkV5h/qdU56R999/O7T8el3oU8SXtnkiqShVS1Ef7kCnTSul+SOoy9RNrhxyQ"
    "Symi/6PvijiXab/EBtgo21P4Q24Ho7vBrc3PavrmMd/rJ/O6B3euzqOnH1zWnC5oQPAV+G"
    "t98D+i/4dTIeMHhN23mw2Bujdre/dug3QdcxFWw+K1DjPIngaoDaN+rnzx85X5NemEH18R"
    "mSGTd2J+oeS7SckeGz0Fd2hrHzhT//OEUGdLLHGAuyrsLHNLAffAt6fnA16g8RUMRrIT9w"
    "G4wm9Althcc2CSb7wyjpbjcBIqiqpksFtsCn7z2jpQip5nKp23Qu3wqki/AxbR1tz7qz0C"
    "z4TD5sG6C+hI9pE1B02jN7Zt5EmL617C2TVyCGD+wn0Xd/64aznMe8dVIkY3inm080Lvk2"
    "L5KNtwsEHIRJ+/dg6NjARo5D4LABtBDwnDRy0QTOAjqUNVyzG1S9GoBYA0/Q0KlvpqVpx9"
    "0+WhKQDSUgbcN9KMMlBO13wyEIRJCdFqEfT/PZx9MU+ViWptk/PbM/OqwQQdPbQND00gSN"
    "6loWwuq6DMa8zB5psIvxL/thwo6LsLz5JG+K4yWjXcd2BVImQ1LSMklaJvLglKWege6Vid"
    "E6G9+06P7gPfpQM8B7mRMz1TBHSJllsSBTguGLmuCkZWdPokx5oRV5IUWpVFdPCrYG2j13"
    "cxevoE5E9SUyXYeaDddBGV0916bnP2B/KjluSndnzKxqLlcGcpCiwXUZpLOF92nhm4Ly3E"
    "GWYkMD2aUxzhDdH8IfGwKwXDnKh/rVrhzVSa6FS0gZ9Bq/vJRPsMVaFcjno7l/gMQquoYA"
    "DBPr3oOpSUwDY70s89kG5hx4X0CvZ6XxVX5OBnn2W4woZNmJv0tCTRyvKp9QkwbztRhMmS"
    "x0wGShwDwqZa1dQrAuj6+tho8LJ8mkVBp9Tmh/vnYroE+5Z+mxkFbFZ+Id6Q/4R59aGZJv"
    "h1jNMjapBcxmDYG8dWBy2YLPoZOUHP0EAA3RGJveu+jfXPQvB51UL98a12D3ScM6d1FQuU"
    "GdDWiRHDSLeskZxqRk9hl1qlsEda15DCFeOaFWgOXmUEuxgmYvxloTTGMgA9EYyCR/R7Ha"
    "GTCficK6gAyk+bwLVNd2zCW9YFokmGJCEHiLSkBDqkHCqYy9VHW8ICc646NMhoCMz4SZK7"
    "syPpPxWWwaD2xU0TyBoH0LczF2vxMsMoYVorGEqIwKKgdkMiSWcZloeqgtLos7YFui28Jt"
    "K2mAE4a2bKRWXyBybZmaq2bkUwc3NoQgK67JS+FHPqYvLsDYj67078WxudK/l/59YucZGa"
    "Al3Hu/eQu9+92nsTu6Uy52CgVaCG8tiez8l6VwvkVfc+aNhFgLqjpsMkiDn29jtihA9M1V"
    "/+e3MXs0moz/FTTnNHAxmpwn09stXS2XixpKiBynEjvvQN0A4ceKNXdzTryOFTIHQAMp5V"
    "WRJVxJK/vZJNsxzGdkO55SKOOMbGQYyAJLuAb0T+D5HcLqipjB6rrKEBZZVwv9YdFkZZGA"
    "13EzVtPopD3A7jIVF8e9o1B6j3NKlAZTRlGX0/7n2zOgWXDu3OP+xe3wp8EZ8J5F/iczBL"
    "lwSa6QWI5c0goqLV5d6LRIcaGk88vVFjpNTvjuSqsYo8QlZYwiSowSYMQFKan9+pKflfys"
    "aHrYKT9bJM3Ddkz1kdjWJ7Rd1Yob+pwRfUwDjVyxYjoMqaX5hJZoy4IxDKwr/0ltxYvVHV"
    "IMHW+XRsSKD4103MTJ8wBZRF+ghRama6NOir6PbnXzCfznWKMaKXzV1GSOjkDzcldy+K/I"
    "Py7C4bMRmtL3hloefvsW0sy7z9GRxWjqrRZsoQfyUUrZPpwQ20nVcbHALtKTj/J78lG67r"
    "ilm5buZJT9yS9Gw4m0pnrEzrZ4y71rcu/aK3A4JREkiSDRHBNJBLWDCBLMBTsAD8QNwxQR"
    "FB+ieUwQZxAKcUEd9thgp5efCAp0zP4NaaX3AD5BnekJ/IPcUha0eO07tqJrPWUVxt3NY+"
    "/xPSZuPyZQkdvGGszWgOhD0+nXQwPcXdOQ26YPZhhRMV1F9nsGQxdggoMFaLD/zlkg/O6Z"
    "+K8bqoVwebARoybZLmGcj65kuyTbFZ+lPJtRIorlJGQQm4ypAsNbAk9eRAIqg1Qx5gme6G"
    "JzemkFxOVETlQVXAGhJ1VaBUlJqQRJ1YhJ1WQYnK2h5fbtNayLF4U2bmJfRjaW5bAVtrGk"
    "ipaim7SeMXynxPGeDi9uD7NXNU6gZTMdPL+2mexY8i1frlS6WiGsvWNswp+ma2FonHlHhb"
    "tLylfQPwlODmQ1RiFg7wCMUAHoL5c8FOiOHZztk1HBdPfPl8cCCTzLdiUnITmJRBAN7aw9"
    "iMW2jUTSIieNkAnkYjC8vj0DFlIRuXyP+5c/3N3cXg3G5CLU/nRthxrle0ymmsGU7ifxmQ"
    "J6ZTTo37ArBvm15MrN98PrM0DrKtC7t3fTMb3pEOuZtK+H2Wrik0YKM9zlyaZITjIkeZRT"
    "aWzTghLcJLjYdMrlq/ntW7ALeg87zomfaZYv3stLCbx7U0hXSxKr4mjASxAoCz8vJXu/JL"
    "UbqgBJaktSW8CZQJLaB4dWktoCkNopP2VrcCfBU5rlnhTFlXfLCmDKYpitMS14oENDIeXj"
    "vBik5APA+G40Oszai9eRU2suYf/OW2sJh1Gd24uxS+urplIuE2VEvcI6pE38+sxdB7JyLU"
    "SuhTRn8mvxWog/oFMa30BBhhIir39UpCF3vyO5gTXK6Po4PYh8BdfBsn2ZlafrwfhyOP6X"
    "ct3/xVtsSjzvHl/3h5fkMtQ1b2XpmtYuY+efI42uL/Uvf1E+T6bK9fDix7vrM7Y/YK3MyW"
    "y90tVHd3WPLyZX16PBLZULzo8mkhf98cVgNGJXKZyG4T3v8934kl600NwlP7xSebReMX56"
    "Az2d7Bmqa1kIqxk7fDcUA+Bk2jj8ioy+/MGXGnvuzDEdaKQR3lDEkRcSmfvp+Pkq5DVBBc"
    "d798MH7SP4yyUOl78PXCzvgysGrNuq6WJHKa+gtKiw64qBjoJPtsEbMn/rdDc58ObRtyIr"
    "iZlkarkrjKKUqLBKEtJPj5QwR6gC/jEpYaGnn2n7x9HZgHitSONGSJSkYgs9TMprpxkTzP"
    "MCOiwdkgXuxF9b28RN86dHMtn0ekc9zrT9FwgGPfmTKlZknQWuYIWhlRYVdnwJbtrYOT1l"
    "SzbFhFroA9dSt4mBtiJQlYc6lGoh1jWE+xSyilWysmRbCPrua2Ux4Ij3YCE7h2nZADgn10"
    "KwjwtZk+MN1uQ4z5qYNpn+qnXyhGzrshl3n+AsE0V9aE8KdeiTDR36JKus4RxZVoXenBJs"
    "X2nD3R+1ZTumVT4vi5eSiYnV4x5ZwHM/TsncNea6YVD6QlkigldGf88HPFt6j9ZcQ4b+hK"
    "z1fqz67h1x6JD3z9zs0+Z+uJmMc5L/42LJxWxddcB/gKHbtUX4nb/PXazS94OZqxuOju33"
    "9LX/rEsRG4CnMNEn559Glzx4rhtfoKYPSJ1GB/UqSQac2A4yDASzRQ1JKAgw2XxGqbeOW0"
    "HFcUmpZZG1HK66V8kXSshKTQut6SCTooqmE7JS0yJrGn1d6eRxFfQcl2yMlsnzqVsBWOqs"
    "DaCForwhAOcOsoCz0AuuY7WpJ7CbgZmu0B+y5JvTK3w/JOgWwe941T1CnuWZq+aGZgdnqD"
    "1VY5wt/Jdm6ngpkRMcBKfq5A76Q2vAOw27PFPNi0mqWu4eFn73sLcza1tgC24XFM26F0WV"
    "n9YKbMH0rMC+QBXMYhTFNGYqSxfAFOLwmIYgH+ub8vjglxDico+3xqkfPqutaPk7u7aC6j"
    "rabdZGiCipsL1t8h/SVpC81OqtIJqyR7QVIANpD2S+JA2wDdkq8VZgjdjjbqOntXS+U83l"
    "UrftbeG6CB/Tpv5VcykL5iVkl7MIHIiNJS3YEXes1U7rWiQqWMiiFLIoRbPGc0Np5yJFKe"
    "xHN63uDSnlXvMWZu/vPvfW0R2jVOZnKNBCeGspOkz34ytsP34a5g27CuNictmkMmnPVz+I"
    "o587Z/MibUJ+Z2XKg02+pXo0LyTsDtkOXc4H1MX8mw3sBU0BCc6ACTY2F1vsl1vPd771/B"
    "narEgQmJsWUwlV09mGgifJPekiay7cRV7BXmXKCjvEDma1QpjgsrTxypBtDcAyj6H7GqLq"
    "g58EIKhXJI8CeF0KOPBRAILx5TKXR4yZoLZcnv2WUxfNxBSFNbeeujxdYStcN5yukJ0mdZ"
    "jjFQQzykXR3frIYAESXBoCfUYkqWydNuUlJ7Q5b+oQK+1N6VE1L7RzozB7uT0+TDcvusN4"
    "25dP7Q5JN/AGowdIC3i+BaZFC0FGJT3fAuhX+wQ+pUdf7xf+hA65B1WWd5lxbHcNL5BpAQ"
    "KHD12ZFiDTAuJpAaZrZa2qbsgMCCVauHq9++QA8rtRxmpSPr6hQAvhredE4vIrEYdYgGjJ"
    "BBLf8FCa/uOEJPMnV3+aqgG5+iOJb4EGgSS+G0R8B7n320NakPQSbM4siirnKmSDmk/J1s"
    "cKBTvqUmwQt9UujwXizn6T+y7a6iNIgkUSLLy1fyBaeIalDiTkRFrIAdRQllgSAIdNt5W5"
    "oAetqNS403ArJK/7B+CGB9/e45u7i4vBgJ1Ba7uqipBGD6b93B+ys2rnUDdQpUNpd3/OCD"
    "vQAuFyNHtMqHUnjhz1PhVBufdpw+EAn5I4yyroadgb4kkFmGx0pSTteeipRtKekvYUaBBI"
    "2lNw2vMQDF1YzylF0fGVnvI4OptvI0m6ls5okqSTJF38PA7L0rMsfn58xomIHDgLkwdFLe"
    "kj+QAFu8tZOagzRCXkBSCX8ZKMl8To6DJeEmIQyHipsfESd6LU064q3g6eWlb2tv6g0oMs"
    "N7IMEX0pvFTQkwwyW+4GyCBTBplF12lztto0Ym1WmDwQ/rNKoJwQa91a63GhTTfHGzbdHK"
    "c33RimCssCzcu0DuWjQigfbUD5KI2yqaquZVWaKRKiLZwqGjI1yKVtgX209Fki5U+miwtK"
    "wkYSNuITNvwy51bYtvD0nCS4iQEuzkq3fyxPio2IjuvJoyGsqIWkH1o6tUn6QdIPcpeEGI"
    "7liq5eV1BAhqzcJVF1swq0y9EVkUTryIpaKCFiqugxrxkzu2kaCOI8lEOpBMwzIlYXzuGV"
    "/fIS55PJKDZdnA8THXd8d3U+mL45YsCTRrqT05+Jz2aWTy3gpWT9laq2RLI1h9aATKyRPI"
    "1Ag0Am1gieWJOaObfG9M4uBKlg82VRRHk/IYYo+QAwvhuNiuUqyeLOe85T4vDKoQVfOh+Y"
    "K8st+cE2O1OSH5T8oDzjs97T8iTn+opK00roO5IbEUADvgdXFv+YmBwAkh0Rnx2J0hi2Qj"
    "bKl2hYBy8KbGxoC1igtqm4Clmhtq9653Sn4v/gRjc/+Idck50G/r/F7KD5jD3y7JEouPO7"
    "ZAVEmce6khWQrEBsLmAjNKXvYqUlA1mRNy9lFJb8PJ38OhiTx1vm/yF8j/s/9Yej/vlocA"
    "bgE9TZB95jivzltP+FyT7rzkIjUwOTvxyc354BDc2ce0xmgu/PgArtxT2+6Y8GN2fAhgay"
    "yZ3J1dXw5mY4GSuDn8lH3JDHRwf9Kegr+R6bvOfzYKAMx6Q1uT9HZLrBpJWHddnDd4oUmO"
    "jlF5jopQpMzKABM8tabuA3OBmZyiRD7GZqgDkw5dMPOCmZfCPja+Hj69BPlyvl+bkH3KDe"
    "4uhohMnnbLdWPkLaAyJumWOtxfGvRF4s9wC7tSC2SaDrfW8iZk436eZHzwZrrDiJ1gXO+f"
    "WdIg3YyAHmHPi94T344xGt/wBL+IhsQD17giDQNbRcmQ5pcwaInwVIky77g3tx1lm/9bzk"
    "xWCfSMoQX5yptCtDfBnix0N8VOp0Gr+5yEF9xV0RR6eFSjicbijhcJraFZFPoOTA2wDSpO"
    "quk51XfFmipVkG3KC93NBTZEOP5BkOzjMcZpuDYKGY5BnEGAMt2eUgWO/eepODJBqaQTR4"
    "gOVQDCGaL5ALKGxXZ2L+b3wmgO4v0cuAXQbszRnmLQ7YW5tVToHSHf0JgX8A0kE13Sm4zn"
    "0Q59w3kRX24PNyIutDSGso41NxNMAtBpRWQlpWDgUZrIofrCaW97aCN3N5sWEdvijQ6fGe"
    "E8VmzLFbA83lPrcU3rhXUZogqC/4vQiTGjup2Je7180PfdV4qxfX05kfDCBYGe6DjsED6X"
    "iOTf5fInp8GJibFoAYMD4FvIke3gX2igYNXTAzsWt3gYVmpJ+Ae7f3oXf6Nr2kXtN77vE9"
    "vl0gQHEAS/MJ2UB3gLOwTPdhQf60AT0XgFylWafkOvJeEWawAuiAFVzTkqXde+xlsdJr5A"
    "tWpEuQL2CfRgXh3EHWO5aRSp6GNfO5G+W4enfpu9/M1vf4jznCX3Vo0vQBx0B/vKUf/oQs"
    "G2mA/PqVZa5Miz3dMYG34yTMLdBt4I0n8o3WPQ5sLrBNApeFVgZck6csTPMRYPrMAEvnWV"
    "dR9TSDeAuGGutBwS+k0S8RiTebEfsw11UdWmvJe0jeo2nzRYt5D9t0raxs8w0HqIQSIi+n"
    "d6gp9icRZ0EsNbN+1KwW5T9qPkhS5jDUmMNgkAnPSKN7s4SGkV+rIBBqzR6K497H03AOof"
    "9smjVurvqjUZqOmEG77GYUe887USpaB4+/ZT4b/SLwDImjuVoZOrESjikyS0o/V5mtMhYc"
    "p+ROtlp4mRYlMMiyMo10Q/l6A168U6WUd4Zsa2z3viuqB4FclU2pofAecwD9wLxT0vBX3Z"
    "o6Hfw0mN4MLs/CAL2KG3l0WigZdkMubNLTicXdKfVtjtuSsjuI3ASbJBoSqAWYyJTyg6WU"
    "uyutIvsRl5Tsh8CDyv96LriJeMnSa61pWekFVnY/DlJcULDJSiZ8HHp9+1VtSHi9hkcmeb"
    "yCHQmide8dbkk4aF1BwSbNorDmlRXMRpVfr94W3IKlOpraX9NusEB5Ml/8GmLQ6KTyZLh7"
    "3fw8med4q3o3iCQzK1xbZkvIbImmWY6G8gWve5eIAx8Rphz40ktiCxPW/Ao3XVooEehYNV"
    "ytMPd9kHCKfGcpBfntRdaOkLYxQhyjckPCby8y4p0V1DVgus5ZkCZw7/Z6Rz3g9xZRVbEk"
    "zoVZubhsJC3yskHnvD/+8YwYJvx4j78MLr7v356BZ0Q8J+ce90fD6/4vRGuGvoJrQdbo/D"
    "Ry9n+majZvagvkRFZK1bWcQjVWjjbUWDlK11gJcXNpznglxEPJFmK++1xGOhRL9+6YUOuK"
    "B9XSsf2YsKJ1j6T3iLaFSGPbQVpJ2DvTwf/eEXfdy7jwn0HM+/X1dPITvUgCdst8otemgx"
    "8GF37DP5HK2l33h+R/OomLMQVE594XHR6RROvGRi2FtchsT9w1xUJzZKHMAur5WGfJtg71"
    "o96nIr269ym/W9N7qew9HT1X4kESojL5SJw8iTTxQS1pBR1zYlK/IuvX215ZIQeAExM5nh"
    "ecQZFJGIfWQDgbzcpngqVlZTqSzMcQPh/DM95bI9vy9e3YFFcgdYAzBvuCVjDDURTZtNmM"
    "wUs+A4zvRqPDZA4E9uKabSHupLIHEve7+RkE4bhcRU1rPAfSf4s8HUKY6a0r0whkGkE8mg"
    "4tQWGGKpSQCxIFFiQQpj88y7KZpoEgzgaZk0qgPCNidcEcXtkvRXE+mYxiw+V8mLBe47ur"
    "88H0zRHDnTTSnZzYibx0rj+kwf7hZjLOMV6hRNJw6aoD/gMM3a6NPOj8fe5iVjINzFzdcH"
    "Rsv6ev/WfZFYonaOhs6xeYrUFUbuRvNvB+HliamldQYitFURRjigo6/pur/s/JMXExmpwn"
    "DRZ9wLnc7tbyeSeD5kttd5M0k6Q3RNPDTumNQ0SKw+BUP3U9ReRKPLzKadLNjxf1qLFiRa"
    "1rDBldn2YwV7Tf+CUh5RGDQhmRrgwiX9FkXiSIjI3WonFkTEiGkkXq9MmyG7Xmj7DULmUB"
    "7UUZmJNyLcR7912Z2B7yvR5IpbCOiVWCWrAlij0hXX4hmROTa8gym6KpGqARRWn0OSGZSi"
    "QZBjEZhmQv3xrXlqdPcINaHMqmjyxdXXRSPI1/vZtPzsCoRZ2lAEoRLa+FZdmy1G8+f0Lr"
    "eZaMozmRFoYevZOTAh4xaZXrErN7iV15ZEiVQNhv3kJ0a9kaRt7ooKxpfuMibCCy/1XYw+"
    "Tl72wtNeVx7XMa+/b/RrIykw=="
)
