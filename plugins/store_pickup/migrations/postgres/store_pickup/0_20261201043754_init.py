from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "store" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "address" VARCHAR(300) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "unit_x" DOUBLE PRECISION NOT NULL,
    "unit_y" DOUBLE PRECISION NOT NULL,
    "unit_z" DOUBLE PRECISION NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "lead_minutes" INT NOT NULL,
    "pickup_days" SMALLINT,
    "delivery_radius_m" INT NOT NULL,
    "delivery_fee" BIGINT,
    "store_bps" INT,
    "clerk_bps" INT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "manager_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL UNIQUE REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_store_merchan_3ac585" UNIQUE ("merchant_id", "code")
);
CREATE INDEX IF NOT EXISTS "idx_store_merchan_72d633" ON "store" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_store_merchan_f157fb" ON "store" ("merchant_id", "latitude", "longitude");
CREATE INDEX IF NOT EXISTS "idx_store_merchan_fc93fd" ON "store" ("merchant_id", "region_code");
COMMENT ON COLUMN "store"."status" IS 'OPEN: open\nSUSPENDED: suspended\nCLOSED: closed';
COMMENT ON COLUMN "store"."lead_minutes" IS 'how long the store needs to get an order ready';
COMMENT ON COLUMN "store"."pickup_days" IS 'days goods wait (empty: the merchant''s setting)';
COMMENT ON COLUMN "store"."delivery_radius_m" IS 'same-city delivery within this many metres (0: none)';
COMMENT ON COLUMN "store"."delivery_fee" IS 'same-city delivery fee (empty: the merchant''s)';
COMMENT ON COLUMN "store"."store_bps" IS 'store commission (empty: the merchant''s rate)';
COMMENT ON COLUMN "store"."clerk_bps" IS 'clerk commission (empty: the merchant''s rate)';
COMMENT ON COLUMN "store"."manager_id" IS 'receives the store commission';
CREATE TABLE IF NOT EXISTS "store_clerk" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "active" BOOL NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "store_id" BIGINT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_store_clerk_store_i_a82965" UNIQUE ("store_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_store_clerk_merchan_389f84" ON "store_clerk" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_store_clerk_merchan_96d30a" ON "store_clerk" ("merchant_id", "user_id");
COMMENT ON TABLE "store_clerk" IS 'A member working at a store: verifies pickups there and sells as the store''s distributor.';
CREATE TABLE IF NOT EXISTS "store_exception" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "date" DATE NOT NULL,
    "opens" SMALLINT,
    "closes" SMALLINT,
    "note" VARCHAR(100) NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "store_id" BIGINT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_store_excep_merchan_79607c" ON "store_exception" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_store_excep_store_i_92d270" ON "store_exception" ("store_id", "date");
COMMENT ON TABLE "store_exception" IS 'A dated exception to the weekly hours: closed all day (no interval) or open only these hours.';
CREATE TABLE IF NOT EXISTS "store_hours" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opens" SMALLINT NOT NULL,
    "closes" SMALLINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "store_id" BIGINT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_store_hours_merchan_d947f2" ON "store_hours" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_store_hours_store_i_3c5f81" ON "store_hours" ("store_id", "weekday");
COMMENT ON TABLE "store_hours" IS 'One opening interval of a weekday, in the store''s time zone: opens ≤ minute < closes.';
CREATE TABLE IF NOT EXISTS "store_pickup" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "ready_line_ids" JSONB NOT NULL,
    "code" VARCHAR(16),
    "live_code" VARCHAR(16),
    "ready_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ,
    "extended" BOOL NOT NULL,
    "distance_m" INT,
    "picked_up_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "seller_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "store_id" BIGINT NOT NULL REFERENCES "store" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT NOT NULL UNIQUE REFERENCES "order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_store_picku_store_i_29b5af" UNIQUE ("store_id", "live_code")
);
CREATE INDEX IF NOT EXISTS "idx_store_picku_merchan_5e237e" ON "store_pickup" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_store_picku_merchan_fd1dd9" ON "store_pickup" ("merchant_id", "store_id", "status");
CREATE INDEX IF NOT EXISTS "idx_store_picku_merchan_fe2025" ON "store_pickup" ("merchant_id", "status", "expires_at");
COMMENT ON COLUMN "store_pickup"."method" IS 'pickup or delivery';
COMMENT ON COLUMN "store_pickup"."status" IS 'WAITING: waiting\nREADY: ready\nPICKED_UP: picked_up\nEXPIRED: expired\nCANCELLED: cancelled';
COMMENT ON COLUMN "store_pickup"."ready_line_ids" IS 'lines marked ready so far';
COMMENT ON COLUMN "store_pickup"."expires_at" IS 'the end of the pickup window';
COMMENT ON COLUMN "store_pickup"."extended" IS 'the window was extended once';
COMMENT ON COLUMN "store_pickup"."distance_m" IS 'same-city delivery: from the store to the buyer';
COMMENT ON COLUMN "store_pickup"."seller_id" IS 'the clerk who sold it (their link or at the counter)';
COMMENT ON TABLE "store_pickup" IS 'An order fulfilled by a store: picked up at its counter or delivered by it in the same city.';
CREATE TABLE IF NOT EXISTS "store_verification" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "code" VARCHAR(16),
    "lines" JSONB NOT NULL,
    "handed_over" INT NOT NULL,
    "rejected" INT NOT NULL,
    "clerk_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE RESTRICT,
    "store_id" BIGINT NOT NULL REFERENCES "store" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_store_verif_merchan_2fa904" ON "store_verification" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_store_verif_merchan_c98394" ON "store_verification" ("merchant_id", "store_id", "created_at");
COMMENT ON COLUMN "store_verification"."code" IS 'the code shown, when verified by code';
COMMENT ON COLUMN "store_verification"."lines" IS '[{lineId, handedOver, rejected}] per line';
COMMENT ON COLUMN "store_verification"."handed_over" IS 'units handed over';
COMMENT ON COLUMN "store_verification"."rejected" IS 'units the buyer refused at the counter (refunded)';
COMMENT ON TABLE "store_verification" IS 'Append-only: one handover at a counter — who, where, when, what was taken and what refused.';
CREATE TRIGGER "store_verification_append_only" BEFORE UPDATE OR DELETE ON "store_verification" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "store_verification_no_truncate" BEFORE TRUNCATE ON "store_verification" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "store_verification";
DROP TABLE IF EXISTS "store_pickup";
DROP TABLE IF EXISTS "store_clerk";
DROP TABLE IF EXISTS "store_exception";
DROP TABLE IF EXISTS "store_hours";
DROP TABLE IF EXISTS "store";"""


MODELS_STATE = (
    "eJztXW1z2rgW/isaviydSTsJySbdzM7OEEK33BLIANnubul4hS3AN0Zi/RJKe/Pfr478bg"
    "yxUiA29Zc2lnVk+Xks6Zyjo8O3imUzkyhzXb135m/6cFG5RN8qFM/gj7TbR6iC5/PkTSi2"
    "8cgIpUTFkWWbWLV54RgbFuFFGrFUU5/bOqO8lDqGAYVM5RV1OgmLHKr/6xDFZhNiT4nJb3"
    "z6VJkRU51iakPbKtNI5fNn/pdONfKFWKtVDGzrtqOJrhiMTtwLLhKvZpIJ740SNji/V8Y6"
    "MbQYFLoGdUW5Yi/nouxKn7So/U7UhdcY8UYMZ0bD+vOlPeVt+wK6+8QJocTENoEn2KYDuM"
    "Bre/j5ULkQhFXc94zIaGSMHcOO4DhSwrKKonS6A6XfHChKRQJ5lVFgjXfVEgBMoAuvf6nV"
    "Tk8vasen529/Pru4+Pnt8VtAFe6t3rp4dDsTouU2JTBr/d7qDKBDjH8a7gcDBY9CBtvYlR"
    "J0huirJgG8FGyvsnDN79j6jKTzEJdM8KF5om/8P5Ls+FxsoscvCPkJP/Z9EMRfUOtSY+l9"
    "GBuwH7Rumv1B/eYWHjezrH8NgV990IQ7NVG6TJRWz1/FyQoaQR9bg/cILtHf3U5TwMsse2"
    "KKJ4b1Bn9XoE/YsZlC2ULBWuQb9kt91HjNCOvMHbxxvhtTbK7h2qufYJmjVUReZ/iLYhA6"
    "saf88rS2gdc/6r3G+3qvelpLcNXx7tTErccYuOJ/CXD9+gcI7snxcQZ0ea218Ip7cXznHC"
    "UpgAOB/SFcqRT0442u2RIQJ8QO8VPOAvXJeqhPVqDm0zWf0S0ZmCMiBwjxaabZ4nTDbHG6"
    "OltEddU4zO8MhtfomFGhBNBjkCog1BuQve7eXbWb6LbXbLT6rW4nrq6Im1DEC3RbYNBr1t"
    "tJmAMzQArnqFQJdBag+WvayhcplEOREuLMEC/lIV6WEEtB/FUe4q8lxFkhBqtb+SqpKseE"
    "DlDFOD/LoGGcn61VMOBWHGbLxrazRolrUmcmcG7xLmGqkhW8Q+k92iZsTqikfVLp3jY7lw"
    "gkh7R/1+dX183rS2Q5Fi/SiDakjXa3D0WqwSziflmyKvZ5FhU76TaJqNjnK8ofwZoy06lj"
    "kxSK1roYk2JPOxu3xc1J7ViSmClbIFCjkD0lSDiIESVEs5DN0ITYCFPETI2YCLxZy4y0uK"
    "7J2snZxdnb0/OzwCMZlGxyRPpOx4jFLlzZioaXKSz0Z9gw1lKREH0WE55HbMczUgX6iCaM"
    "cewXWLdRlczm9vJSEOO7xX+ykEVsm4P/SoqK09rFecACXGwioH9Tb7dXWdCIoT8Qc6mYWN"
    "MdS5lJjIhU2f0NC9lBYfFXfq3q9hL5HUcL3Z7qlJOhW2iG6ZJTYnNbGlWPOfR8wZPjY2tD"
    "IwB2TFIW6hveseUTjHiCeR4ZKXTwXq8ZIHJE7GX7JLlvN5qnzGM9DnM6VTGhXPMklg+VzW"
    "a6ZfGydVMY9PSFxgtnxryXJSAmlGcCREfzTYAz1565YRiXLDcM87Jh6GMU2TH0eh+yzldM"
    "PCGmIrtZH5fL89AziUr40mRF9OhwHOZ5SfKnBXlu4oK70uYONaYiZGCBTTJljkWkKUhKbo"
    "eDHySsBSKKxvepUS3RKKSEg5EPbH1CP3hqddQxkwBf5TXf3EQaKtZQePS/Nb80fL6JF0Ec"
    "VnIW4ABwHZ24XsVGvd+oXzcraUvBd0N7Z5EsLq7iTP+ZEY+tiTHAee9Q567droiPe4TVez"
    "5DaMqar1xoiymK8JUn9+5Dj8BOpvsCKw7GZARiA5oroNq1DvfYV0u+qES0vD28mn6Th4oZ"
    "X5nM7cH13m/tEKFyX3R7YN0Gwb+HiNYDMfWxruLtjsc/Iq0eEnKwFLAaS10CAgVyFcUuJQ"
    "PG/8m0GH+MtlMofTPrqptUtWPrbo/bx71WY5BYd+Oow61ZbZYsEau55vUPerNuZd0c/x+s"
    "vpkOAShqUP2powCVOpqR2YiYaMHMew4lwjbCro5zidyhyPUebwYD/YfrPphqyCKGYSEcUY"
    "l+spCmAx8jh1++SapFu31S6sGF4ESEA9rk5lMLYZXyHEJ5DqE4C0NB3YpZziHweYsbXSnj"
    "jjGDYLomCDYQSpA94lK74tcfkfuNA7rqdtsxKq9aiZHVubu5avaqJ4LDMB6odBPmZcpLrv"
    "my8Eel9rfhfnDgw+IvjX1EqIS+9M3m3zcbqMPPBTb9XHLBPvOs8Ean1qexdaz9Ob2Limhk"
    "wkwHdL1be9XLsRNTPHTabjbHY87dbCY5iYlkMMtFOAQKxCBiEwzgBSH3xhIJ76sfTouwYf"
    "D6S1SlDHH8ifmAjVeImSIkFzFuHYCsRVyxNNN8x09LMc9XrPFgeoK+lKZ4aYoXbR48YFNc"
    "DMlUvtfEn3r1N7FcQIY3HcrhLCWsCpgOpUPaA6Ech0PJTlnbiE8Xa480mqFUCWc8DQVLG9"
    "Ab0lCw1AFd/CQJO0lCUbrTXtqjU7rTSp9OjgZB6dPJBbxP+3Re3AXhBkJtdj8EwVLZXA9B"
    "pNbTbocuJcKKh+1537RHbIyw8ARwo/8IiWNy4UY8qPMIzoS7538tNHRqtfMz5B6QRb+6To"
    "MUn8NuHyXlcPAeWPocSp9D0Wa+A/Y5+KNyhfLNJl9E7JBUuG0YfS/gkDhgNF/EI3HAeJZG"
    "c2k05+mbLo3m0mgujeZCGM3egZjNVnN4aiab2RzeyLBd7+dRGjvGWDcMoqHRMoxuh6Z4kT"
    "OHmHfdtpDKHDB5YdPcS3riSuh2YPTy90CQFSVlt36HDxvSIR3wEvflEaTsRbqF3G8WzXkr"
    "7vFHPIOsUtCYqGNBe9CSV7Eqah2JCiLv7ysUfmeXQ/pPcOMfNGWG5gb3i6ctprpBoG8zvE"
    "Qj3qIIOaAadAPyXej8sgrHII+gqjpFlPA3gubHhq7a1qshZXzUirezhPQRIl/mOrw0R+CB"
    "6Ro4Do5PzpDFvM6rmMKjTCIeZvAxbB557brdge5mOGcQvNUThw0CAS/D2+fkjyOEmd/crl"
    "tgwZbuidI9UbA15oDdEzM+AbCUcbd+DzWUyHPuTO+0amS1yJoXcMfpGguYSxMy/QFkkgx8"
    "rLcGrc7vl8iTH9Jes37916WbpXFIb1uND81r5e7WX+wVZz6kzT9vWz3IsemtdkPaqHcazX"
    "Zb5N0EUEBVyAeX4kUUQ6egWKZw+p9+t5M+iFYlk9MmVwLQ//iKbe3M9qz8OnaoKuIkR45u"
    "cIqsN/C832SJhteAhIMmKGzizUAnGWMzG0sbWAEAYxOpz0b1pv5nkqhGu3uVnCGhgaukx2"
    "ufPwyTt9ibXSejDVRHCYBjQiXKWecdeUUtKrcFNS1nqBdEK/Mx2aiWRewlSY7jkoVhuQKW"
    "M+H2MRsLI9pT3xb8KRyiH5B/W6QcTzGINx0bjort8eBwUCLJt8su1w8t5PccMV/tzcmZYk"
    "jRAFqnXCrpmFCOg3ZT0hbzhk02i+QI8w7RjJwlyajR7SK3ujAPnjEfJmULMyP+kOtemXl3"
    "/aAqphMqhfbVzLvlnvlL75mDV0U+eUBMLM/LnNiXEYnHF1OGLGZosLNS5cW6iQyd3oOjEN"
    "ve/o3YaCpAjv4yxuFFwBfbltLgR6XKHMhleEkZXlKEGea7w0vCtIur6+13f7b5yi+9u0U2"
    "MwtRfUQ66/RqmE9izl/lSyoBaddvo1ATfVbso+tbhgCrbQVNxTLibg6dSibPzRZA9ZCUej"
    "qMag6/F/gaUohcIkYJ4vOuxiAMR+QK9QOZvPAdPlYgBohAoBH/j8K/vB44xWx8T6iIGhJF"
    "JhlDZE9KKNUeHpjlKFJqcFAkOqQM/SlDfwq2/hfU65Il9OcA98ErQfylNWUL6s5vflZmES"
    "3qv8TLb+KKqIlV/NfHjAQC+w8VeQYTn75Bf1vakViMiNZ9gGhUk/yXqLxvj59FFC5U+e7N"
    "np0EibidVmARldj3SUjl2ccifmvc8shBfo/3v7fjfxESKEdFCgBxsHnm61MJGwhVoRxoeN"
    "Hfm5RVwaJSeWYhl7pYufeRHwby4s79IT//ciOj9KbnaAYqvem5gFfSm77GOSv51T7bPVsQ"
    "UNc6aNNBDX59aR87FEXFNKoEZ/m1rR0fK378P34T7qM="
)
