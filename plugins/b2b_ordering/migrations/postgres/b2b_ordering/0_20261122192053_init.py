from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "ordering_cloud_stock" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "reserved" INT NOT NULL,
    "cost" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "reseller_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ordering_cl_merchan_544ee1" UNIQUE ("merchant_id", "reseller_id", "product_id")
);
CREATE INDEX IF NOT EXISTS "idx_ordering_cl_merchan_e40b92" ON "ordering_cloud_stock" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_ordering_cl_merchan_263152" ON "ordering_cloud_stock" ("merchant_id", "product_id");
COMMENT ON TABLE "ordering_cloud_stock" IS 'Units a reseller owns in the brand''s cloud warehouse (云仓库存). available = quantity - reserved.';
        CREATE TABLE IF NOT EXISTS "ordering_level" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "rank" INT NOT NULL,
    "discount_bps" INT NOT NULL,
    "min_order_quantity" INT NOT NULL,
    "min_order_amount" BIGINT NOT NULL,
    "upgrade_single_purchase_min" BIGINT,
    "upgrade_cumulative_min" BIGINT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ordering_le_merchan_07e764" UNIQUE ("merchant_id", "rank"),
    CONSTRAINT "uid_ordering_le_merchan_deb2b8" UNIQUE ("merchant_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_ordering_le_merchan_0a368a" ON "ordering_level" ("merchant_id");
COMMENT ON COLUMN "ordering_level"."rank" IS 'higher is nearer the brand (总代 highest)';
COMMENT ON COLUMN "ordering_level"."discount_bps" IS 'off the retail price, unless the level has its own price for a product';
COMMENT ON COLUMN "ordering_level"."min_order_quantity" IS 'units per restock, at least';
COMMENT ON COLUMN "ordering_level"."min_order_amount" IS 'amount per restock, at least';
COMMENT ON COLUMN "ordering_level"."upgrade_single_purchase_min" IS 'one restock of at least this reaches the level';
COMMENT ON COLUMN "ordering_level"."upgrade_cumulative_min" IS 'restocks adding up to this reach the level';
COMMENT ON TABLE "ordering_level" IS 'A reseller level (总代, 一级, 二级 …): its price, its order minimums, how to reach it.';
        CREATE TABLE IF NOT EXISTS "ordering_level_price" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "price" BIGINT NOT NULL,
    "level_id" BIGINT NOT NULL REFERENCES "ordering_level" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ordering_le_merchan_04d560" UNIQUE ("merchant_id", "level_id", "product_id")
);
CREATE INDEX IF NOT EXISTS "idx_ordering_le_merchan_d1a400" ON "ordering_level_price" ("merchant_id");
COMMENT ON TABLE "ordering_level_price" IS 'An explicit price of a product for a level (instead of its discount).';
        CREATE TABLE IF NOT EXISTS "ordering_reseller" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "path" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "invite_code" VARCHAR(16) NOT NULL,
    "cumulative_purchases" BIGINT NOT NULL,
    "answers" JSONB NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "level_id" BIGINT NOT NULL REFERENCES "ordering_level" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "recommender_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "upline_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ordering_re_merchan_b93e81" UNIQUE ("merchant_id", "user_id"),
    CONSTRAINT "uid_ordering_re_merchan_6d312f" UNIQUE ("merchant_id", "invite_code")
);
CREATE INDEX IF NOT EXISTS "idx_ordering_re_merchan_46c2e1" ON "ordering_reseller" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_ordering_re_merchan_fee621" ON "ordering_reseller" ("merchant_id", "upline_id");
CREATE INDEX IF NOT EXISTS "idx_ordering_re_merchan_1e89f3" ON "ordering_reseller" ("merchant_id", "status");
COMMENT ON COLUMN "ordering_reseller"."path" IS 'materialized path of uplines (core.tree)';
COMMENT ON COLUMN "ordering_reseller"."status" IS 'PENDING: pending
ACTIVE: active
SUSPENDED: suspended
REJECTED: rejected';
COMMENT ON COLUMN "ordering_reseller"."cumulative_purchases" IS 'paid restocks, net of refunds';
COMMENT ON COLUMN "ordering_reseller"."answers" IS 'the application''s answers';
COMMENT ON TABLE "ordering_reseller" IS 'A reseller (订货商) under an upline reseller, or under the brand (no upline).';
        CREATE TABLE IF NOT EXISTS "ordering_reseller_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "old_value" VARCHAR(64) NOT NULL,
    "new_value" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "reseller_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ordering_re_merchan_1c6625" ON "ordering_reseller_change" ("merchant_id");
COMMENT ON COLUMN "ordering_reseller_change"."kind" IS 'STATUS: status
LEVEL: level
UPLINE: upline';
COMMENT ON TABLE "ordering_reseller_change" IS 'Append-only log of a reseller''s status, level and upline changes, with who and why.';
        CREATE TABLE IF NOT EXISTS "ordering_shop_price" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "price" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "reseller_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ordering_sh_merchan_14dee4" UNIQUE ("merchant_id", "reseller_id", "product_id")
);
CREATE INDEX IF NOT EXISTS "idx_ordering_sh_merchan_6c0d55" ON "ordering_shop_price" ("merchant_id");
COMMENT ON TABLE "ordering_shop_price" IS 'A reseller''s retail price for a product in their shop (within the product''s resale bounds).';
        CREATE TABLE IF NOT EXISTS "ordering_sourcing" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "wait_until" TIMESTAMPTZ,
    "refunded_quantity" INT NOT NULL,
    "buyer_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "line_id" BIGINT NOT NULL REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "seller_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ordering_so_merchan_1325d1" UNIQUE ("merchant_id", "line_id")
);
CREATE INDEX IF NOT EXISTS "idx_ordering_so_merchan_1e1c95" ON "ordering_sourcing" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_ordering_so_merchan_3fe232" ON "ordering_sourcing" ("merchant_id", "status", "wait_until");
COMMENT ON COLUMN "ordering_sourcing"."unit_price" IS 'what the buyer paid per unit';
COMMENT ON COLUMN "ordering_sourcing"."status" IS 'WAITING: waiting
SOURCED: sourced';
COMMENT ON TABLE "ordering_sourcing" IS 'Where a restock line''s units came from: the upline''s cloud stock, or the brand (seller null).';
        CREATE TABLE IF NOT EXISTS "ordering_stock_movement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "quantity_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "cost_delta" BIGINT NOT NULL,
    "counterparty_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT REFERENCES "order" ("id") ON DELETE RESTRICT,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "reseller_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ordering_st_merchan_ce7971" ON "ordering_stock_movement" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_ordering_st_merchan_e72084" ON "ordering_stock_movement" ("merchant_id", "reseller_id", "product_id");
CREATE INDEX IF NOT EXISTS "idx_ordering_st_merchan_b51077" ON "ordering_stock_movement" ("merchant_id", "order_id");
COMMENT ON COLUMN "ordering_stock_movement"."reason" IS 'RESTOCK: restock
TRANSFER_IN: transfer_in
TRANSFER_OUT: transfer_out
RESERVE: reserve
RELEASE: release
SALE: sale
PICKUP: pickup
RETURN: return
REFUND: refund';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "ordering_reseller";
        DROP TABLE IF EXISTS "ordering_level_price";
        DROP TABLE IF EXISTS "ordering_cloud_stock";
        DROP TABLE IF EXISTS "ordering_shop_price";
        DROP TABLE IF EXISTS "ordering_reseller_change";
        DROP TABLE IF EXISTS "ordering_sourcing";
        DROP TABLE IF EXISTS "ordering_level";
        DROP TABLE IF EXISTS "ordering_stock_movement";"""


MODELS_STATE = (
    "eJztXetz2rgW/1c0fGkyQ7MpeZa5985QQrtsCWR4tDu77HiFLcA3RnZtOTS7t//71ZFt/M"
    "A8TIAYVl8SLOvI8u9I5ynJfxcGpYFi2hqxdTo6a/k/qobpah1mqo+FMvq7QPGE8B8r6xZR"
    "AVtWsiYUMzwwRBNBoaICmeLM6AYOs7HKeJ0hNhzCizTiqLZuMd2kQNmjOnMQRjZxiGEQG5"
    "lT6iCdIjYmaGBjqr1xkGgVTbFNxqbrEHTSdy/J+3fwV7vou1fkPfwdXN2eniH8hHUD+oX+"
    "jb65mDKdPaO3on37iWhn0C3NVHm/4CVeowd92qfVMaYjoiGTGs9o8IxUk2o6YIIN1Hu4q3"
    "RrDprqbMz7NTGfyIRQhmxzighWx+jEMtyRTp2fovz4SYB+Zj2f8gf8qZoO+xPpvJExZuJN"
    "XPGaY2JoCG6KsuCVi4iZiPGfyLLNoc7Q0DYniLk25c+2BWSc/JtLFGaOCKe0OXC//16YEF"
    "vlL8KgQtAW/OataC7n+h9/8AudauQ7ceYpYrWsR2Wo887FRqauQT1RrrBnS5R90Ed1yj6K"
    "usDKgaKahjuhYX3rmY1NOiPQvaeNCCU2ZgSewGwXhiJ1DcMfwcHo9F4zrOJ1PkKjkSF2DR"
    "jQQO11ICwrKEqz1VU6ta6iFOYGe0ARGX1+EWc/TBTeVUcAMIIuvH1fKl1c3JTOL65vry5v"
    "bq5uz295XdHf+Vs3P7zOhGh5TQnM6p/qzS50yOSz0ZuyUPBD0GCGPSrBoxB91SaAl4LZPB"
    "fu+B2mT0g6H+KUCX5oPulZ8CPJnYAXy9gTFIT8CeXLPhjEX1Br8bnrD4wl2Hfr97VOt3L/"
    "AI+bOM43Q+DHZzjcKYnS50TpyfVpnFmzRtDXevdnBJfot1azJuDls3lkiyeG9bq/FaBP2G"
    "WmQs2pgrXIGA5KA9R4zZDrgcSa5/nCaRclWT35tsXe891OvtK7y5vL24vry9mcm5Usm2rB"
    "tAoBDeR+BkCjJBLQJKCgvubBvDcpeV4gjnyCo4FyL4ohBDxQ2kpWfZwg3BX+x6qaQw74pl"
    "JmBsTp9jf+j44BgXWbmQMJQsmCTCwAz2D4mGqdRj2JODs+mjbRR/Szrw7qvO+YqiQFfpXX"
    "PLuPNHRYsuhHMNiC0vD5Np7O/KmkGOYAaMQgTEBQrXSqlbtaIXW0vxjbnuM1cmADfF1gE5"
    "M7BmybG+LterVbSBPkLwb2IWznSLGNq64F0IJ8GGD1cYptTYkJCrhjlsxEyazu/K1JaZIs"
    "wRSPBEDwJtDv1EhZgzwRo7AyoOZVK2aIpRkzipVRtEoYvRJUEJ+6Pr8YQHyKXBQR/D8/77"
    "s3BN94V7eqd8UvSuel69MygvCQZesqbx5+im6giU71iTtximhsTiFKZIsIlM7m42iv1IfV"
    "gSlMHwucn/FSwatkfEoGomQg6rCk6REHosT/OX5Xx9hO53VQP8FljtYh8nWCv3MFQEdszC"
    "+vzpfw9UulXf250j65Ok/wqunfKYlbCX8GhOIcuIu9GL96nt2XwlgfcQUASQ9KsM1/zRI4"
    "cVWEREWHnSZV2H7CV5ruqKbLrfGB5cyzoM1xTOdBki7XvDCHQz/DxLBuBDrdpQZxHHHDMx"
    "HG2PEU/ZR6ddDQtBFGETN5/wzi9oZnmSkbxMLTiXMbeSx4aUGLzxYuuSGDWESYce5g59XR"
    "xxMY7pkivWnE+cXe6+MWwN9zMMy1RjbWiOLwrhlEsVwwqx2icPQzcWtFOxsxzrcsdi7fKA"
    "l4hszhjGtctHH1I/wTEpFzh8BM1Z24Bmb60+Z8nG8izyz02ecgbpJytiDXEqsgZgw8DPbJ"
    "3IyMS+eND1uNSy8O8UWjqtx0TDGmP/h0Hz+3CQgmM00oLY7WPUCz+TGqX4x/aox/q7C1I4"
    "mDYwFtz5Fkb9CtF06eDdBsMWXFmtGtjixTRL5bhq7qzPfQwNwJHDTfXfPjvTqHjmANaoBT"
    "ETispymx4m21ujL6O1Pgi9YkypivjPkelqQ64pjvTDCt7XvMKPIcDsvl3AtR95RCVnkXpZ"
    "LgSwfuYDkgF9dJDzpnE2FnK7tm5vCmwC5f23Jgw31dmKOqbjXGco3XFtZ4rRH/2Z9jPgtr"
    "rHTLowGQtZ3y6HLLTGu9Tvru7QCX+F+tdNN3r64ur0+RS2HRFKbI5Q42jW7y4161dzOSGK"
    "emXy/NS9/lk1Z67i6sHZ1bt6XTJ50RPrS0+eVbCXrxsPkW+KRjriN3HUrH/9DE6jE7/piN"
    "5/ndJd8X2d5+/Twv9uLahXEBjw39L6Ih6DHEMD2x5KAToeOZTcia65CWcbv2azfG6GDp18"
    "l95dfTGLMbreanoHpkqVi10fqQcIt8OTnHFFiBV6PuZM6GiTEopN4fiwoWoZqvZbPw6aHW"
    "vKs3P5WRT9+nlWq3/qVWRlwR60+kTzu9DlSq3ZWR4zpQjWh92q79Uqt2odAm/yUq8zZsZl"
    "3c9+56jcV975JzM1zcB7finIvqyFT2LdBjcbI8T60N11FuH+rIkodg+UrKlFm2N3VBA/ld"
    "tWRhXQvWvjhFRAkDsWaTIbf4nDUnwKvEeTB1pqn5zl86rWY6dyIkSXtCVxn6HzJ0Z2eMKf"
    "yLQ6oC7Gjg6gbTqXMGj/1PVvkGRjh3RgxdFcncNw6KvNeLFA8gt1zxJHVMwnSABpKKh1s5"
    "jpmyAmmx5Aop9qhsMnJhQ5F1cb7O2m9ea6HQEvdkwD83YkgG/F+bAzZRzckEjLhN9nMnaX"
    "O8xjHnfPBcocwsiJFJ9DdG39lg+EeIpAqQCa/8J7xcRx5jsArUyKSWGcQ9ZxDTj4nwcxd7"
    "Grc5U4drD9uoHbAGqBHTTSK74lyTpJEbg5d3AzV7jUa+krPekaqFtVO0fv3iBolaRQ1pV+"
    "drLYgXvxUnvRrmyFvpHLT0xkFepLzoL3eGVKmfTvUewu+Ig2CnY1PcnI6fUzK1u3lGSo5W"
    "rp7Oi0FZlElUmUSNKbhHDumm+bqANs9ZnwLHp9vrlH1x1qeN2pdao+xJtT7tPTTqzVoZhc"
    "bT6+eHTN7MEzbcTIm4GNHRRbSvL9cA+fpyIchwKw4yJdPsIMeIJMgrQT6MrMzeUsk7yctw"
    "O9LMHpOLUslwqEzLHCoH5Bm7MjCdu6mws8C0PGN33VjU4jN2U4EV6lAG+JaCGjUZchza64"
    "xNa83zEMKqxQwBPYdTZToNIRpUi55tFz+3zv96lG4jeAA6geCa/0Epv4Ygd7BB0MCEdXNL"
    "d1/s5Flb+aCTDP/J8N9hqZ0jDv/JwxOk3/hP9Bvl/n3puP8TWSAdd+m459jHzOy4y3MTju"
    "3chI7p2qr3wqvc96BmMYv3HiVa6bt/5V4u8ZbFiGObIUnMXWPvAHSVd0589bjsfSzZ8u96"
    "3332z+Y2Y+cZ+CcjAAAp3vvOn7b65ENx+sHSIxLCTbpTrDPFpUw35MEI0qk/NLl5xE79wX"
    "yOeffzb2ufmAAhrGSPlsTJ8oxsYTrGzNMe7jPXGmLLNnxmAl4hqapeX+Yd8pkTGzDna6Xe"
    "FcdNgNIVx010Wr12VRwuARZNXo6RiNgEGRVOnHILCiefaba865cAk6UKxju4gVsHG2iaVN"
    "rcnlzxavpGCOHMwbEoVZ6VTS7N6Mh+tU22GL90g7GEviBTIznggPcttKzwR6nk8N/cmN0s"
    "KfLylEjOrCWZEcmHCNpZRkTIixcD2wpaOTDhsi6sUam6xjb7bez/FpA2/JaOFNZFe8BTUR"
    "U2tUzcLUc06nissa1+v9nQnOm2dTFdnAoNQc1Fxg5yT/fmE5kQ8S6r0nax6sUsuTugVCZR"
    "0lUZvMVMWb1PfY2lrclzwj2tJrNhMht2YHL+iLNhyzahrs4PHMaGVKERWtXP5WDtQJ9225"
    "Vm52OtrdSbgBOmzhCUCY3cafW6kVumy+B46k6tDadYg7iz4Rjrdq1Rq3RECXyuGg62rjT4"
    "JWwO6NOHevVz76GMLF19dC2o3e21m1CZuTaF64+9pjjsGqK++chRBIFnUKgMb5AkDQll3D"
    "ptXScfN1pmcOcJJbhJcFUuGRcBu+y88BjZ0cC659Cc+IIssS1scwmQ1ZBLIZZhOpkjOFQO"
    "vFKOQI7+sty68uoMkFtXZKImd3pAbl15ZWCXbV1JD4LLvStb2LuSDu1+s4s5M0tenFxMxz"
    "TqwsjMzVJkU7y9HJyY8uP/KPc88w=="
)
