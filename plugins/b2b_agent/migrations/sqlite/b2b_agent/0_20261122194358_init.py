from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "agent_division" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(12) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "level" SMALLINT NOT NULL /* 1 province, 2 prefecture (city), 3 county (district) */,
    "parent_code" VARCHAR(12),
    "active" INT NOT NULL /* false once a refresh no longer lists it */,
    "updated_at" TIMESTAMP NOT NULL
) /* China's administrative divisions (GB\\/T 2260), shared by every merchant: `fenxiao regions import`. */;
CREATE INDEX IF NOT EXISTS "idx_agent_divis_parent__89fc79" ON "agent_division" ("parent_code");
        CREATE TABLE IF NOT EXISTS "agent_level" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "depth" SMALLINT NOT NULL /* 1 province, 2 city, 3 district */,
    "rate_bps" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_agent_level_merchan_668eb1" UNIQUE ("merchant_id", "depth")
) /* An agent level bound to a region depth (省级 1, 市级 2, 区级 3) and its bonus rate. */;
CREATE INDEX IF NOT EXISTS "idx_agent_level_merchan_68bad7" ON "agent_level" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "agent_application" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "real_name" VARCHAR(50) NOT NULL,
    "id_number" VARCHAR(32) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "agreement_version" VARCHAR(32) NOT NULL,
    "agreed_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
APPROVED: approved
REJECTED: rejected */,
    "reason" VARCHAR(300) NOT NULL,
    "reviewed_at" TIMESTAMP,
    "applicant_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "level_id" BIGINT NOT NULL REFERENCES "agent_level" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "recommender_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_agent_appli_merchan_e23fca" ON "agent_application" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_agent_appli_merchan_8ab8b4" ON "agent_application" ("merchant_id", "status");
        CREATE TABLE IF NOT EXISTS "agent_region" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "level" SMALLINT NOT NULL /* 1 to 3, like provinces, cities and districts */,
    "parent_code" VARCHAR(12),
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_agent_regio_merchan_8fcbbc" UNIQUE ("merchant_id", "code")
) /* A region the merchant defines itself (markets outside China, sales areas). */;
CREATE INDEX IF NOT EXISTS "idx_agent_regio_merchan_c4cb13" ON "agent_region" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "agent_sale" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "amount" BIGINT NOT NULL,
    "agent_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* Sales credited to a territory holder (signed: refunds are negative), for targets and reports. */;
CREATE INDEX IF NOT EXISTS "idx_agent_sale_merchan_7e35ee" ON "agent_sale" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_agent_sale_merchan_7bae5d" ON "agent_sale" ("merchant_id", "agent_id", "created_at");
        CREATE TABLE IF NOT EXISTS "agent_salesperson" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "active" INT NOT NULL,
    "agent_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "salesperson_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_agent_sales_merchan_1509f4" UNIQUE ("merchant_id", "salesperson_id")
) /* A salesperson an agent added beside them (横向发展). */;
CREATE INDEX IF NOT EXISTS "idx_agent_sales_merchan_663841" ON "agent_salesperson" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "agent_target" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL /* sales in the agent's territories to reach */,
    "agent_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_agent_targe_merchan_0448a3" ON "agent_target" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_agent_targe_merchan_8ed348" ON "agent_target" ("merchant_id", "agent_id");
        CREATE TABLE IF NOT EXISTS "agent_territory" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
SUSPENDED: suspended */,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "deposit" BIGINT NOT NULL /* the deposit the brand asked for */,
    "threshold_purchase" BIGINT NOT NULL /* the purchase the brand asked for to keep the territory */,
    "agent_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE RESTRICT,
    "level_id" BIGINT NOT NULL REFERENCES "agent_level" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "recommender_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_agent_terri_merchan_9d18e5" UNIQUE ("merchant_id", "region_code")
) /* A region held by an agent. One holder per region: the unique (merchant, region) constraint is the exclusivity. */;
CREATE INDEX IF NOT EXISTS "idx_agent_terri_merchan_64bfc8" ON "agent_territory" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_agent_terri_merchan_763ccd" ON "agent_territory" ("merchant_id", "agent_id");
        CREATE TABLE IF NOT EXISTS "agent_territory_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "action" VARCHAR(16) NOT NULL /* GRANTED: granted
RENEWED: renewed
SUSPENDED: suspended
RESUMED: resumed
TRANSFERRED: transferred
ENDED: ended */,
    "reason" VARCHAR(300) NOT NULL,
    "details" JSON NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "agent_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "previous_agent_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
) /* Append-only record of every change of a territory: who, what, why. */;
CREATE INDEX IF NOT EXISTS "idx_agent_terri_merchan_2c5c03" ON "agent_territory_event" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_agent_terri_merchan_1b130f" ON "agent_territory_event" ("merchant_id", "region_code");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "agent_territory";
        DROP TABLE IF EXISTS "agent_level";
        DROP TABLE IF EXISTS "agent_target";
        DROP TABLE IF EXISTS "agent_application";
        DROP TABLE IF EXISTS "agent_division";
        DROP TABLE IF EXISTS "agent_region";
        DROP TABLE IF EXISTS "agent_sale";
        DROP TABLE IF EXISTS "agent_salesperson";
        DROP TABLE IF EXISTS "agent_territory_event";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqvmxSxeYCTJK51NVVkQwzm92ETAEze7WbLa/AAnQxsleSk6H25r+fJL"
    "+/YGwmAcPoQ6hYVsvy03Krn27J/rsxbo8NOEOEn3Tlb9dxLDyBHNukcQn+bhC4QOKfompN"
    "0ICOk6gkyzgcW0pUlRgwJTFmnMIJFxWm0GJIFJmITSh2/EsT17JkoT0RFTGZRUUuwX+5yO"
    "D2DPE5ouLE73+IYkxM9AUxefh7Y4HoZA69jjAOucsaf8hKzqMxxcgyE/eGTVlNlRt86aiy"
    "Kzy7Ify9qiu7MTYmtuUuSFTfWfK5TUIB7F1M3CuikCN5BU5deV+y2z4Wwa16txBV8foekz"
    "HRFLoWj+EwNqKyhmH070fGsDcyjEYF5CY2kaiLrjIFwEx24cd/ttudzkX7tHP+9uzNxcXZ"
    "29O3oq7qb/bUxVevMxFaXlMKs5sPN/2R7JAtVOspXxZ8VTKQQ09KqShCf0KRxMuAPKuFd+"
    "IMxwuUr4ekZEofpi96EvyT1k6giyL1BAWRfqLBug0FiRs074m19AdGAfajm7vecNS9+ygv"
    "t2DsL0vh1x315Jm2Kl2mSo/Oj5PKChsBv96MfgLyEPx23+8peG3GZ1RdMao3+q0h+wRdbh"
    "vEfjagGRvDQWmAmqgZaZ2imQBDKNNEWbVfzyHNV3lKLKVzgd0+ankBvxgWIjM+F4etdoGW"
    "P3cH1z91B0etdkpzff9MW536moIaWoY6qAR0TOgAYT47LQHz2elKmOWpJMzYNIi7GCNaBe"
    "aE0AHC3CkzmjurR3MnM5odAVGlkRwKaHhLwAuFjUcL6bA9Icp8Z60s1LnCGvaysG/iAyUE"
    "D9AF2hOXJ8Ck0OfxiUjuA9UT04DS8I24fUgmKKPpSHp7T1TDQcSU6qmm3cbHXv/dTf/DJf"
    "DlH0j348fB/efeu0sgiCC1n5D5QAa9n3vXI1lG0X/RRHZ9E4fpvIzDlNZ7zGE6z3GYWDXD"
    "F0lsUTcVlbKprTst4ymJWqut3WnGV6LoCaPnjQxeSvQFTJ5PV7TFe3mL5wd9hENQNcaSll"
    "wfbdmDyWybAZdICRZ6QlZlBcSlNPgbgx8EIivjnxJ8LRUcarwxPtdM7IUgJSailZWQld1I"
    "DzWbYXalB3/iHi830ENaVuuhih5k6mP6mBt+j2dKkgp5b1OEZ+QXtMwQkxT6E1Hz5C7W0H"
    "7Zpa/BcAtKo+tT+BwmjNImWQBgIgtxjxt0h9fdd71GvvvzzeB+YmgfwyZlkU17e+uhVe7J"
    "t8CaSmjeBu0dKMJxdy6B7kA4+YOb61Fj1aS5rbFbM+NcFtisi5CAV3QD9D/d3qbhDeczDe"
    "8aeNMz/wp45RQ3hpPHZ0hNIzHXyTN2206VhHWzpxbtRboEEmErTP9uZN9T5uMdfsJszZqJ"
    "sE6z1IIJM1593WqJxvUcE/gDA9BcYIJlbY6fEAgaYeDow9U/RqDdPj89bgI2hxSZYLwEwi"
    "zQJQhmtkvw5xSRLxjawMu0MoAXjk35nyfp0Nx2rlhmrYcjWhZ4qZywXuRR00UeFfP8L5vg"
    "360CXjm9XzWzf8BJ/VapWHWrIFbdysaqV3iawwW0rOLoWd1DZ40WkKkYLJyLJmiL/9EUTb"
    "hLETiaYL4UVrsDJrZL+BIcmdLC4wk/Lpmi8axOp31xHtoZeVBkWYZ33dvbbNwgbt4rDPOU"
    "2EajvWY+02tbEuFgiBk8Z5q0bQtBsiJQHwqlCZaQeq2xHtjvCmNdNQJsMdYBFK7GlCI2B8"
    "QGlk1miAJLjG/hevByw7tofry/v02kZ65uUrNl/9PdVU+oRmlGVMJ8RcTMdcwNV0YmJQ9w"
    "WcCerozMSZqp3mfic7tlM14wpIDKhNGSEjwmnArXk5guAUoGKBkwFnOPCbitHljJDYCJHD"
    "4HRw/uxcVpS/wieAFaTfDgnqHTtn/cVsedDvSPO8cAimaweLzHNnEZkMM8S2e2fO0cYpNc"
    "ta4u5/GZGNvR9Kae9EavYT8wS11mDbtmXq+4nNqzfxVpVyi0R7RLUi3JtAKGtXWCJRExxk"
    "7OwsSBOLMiIRuTqTPWVeeRduvNxZu3nfM3IahhSRGyet1HPeZonefeWp57NUPJ5L9lP3Os"
    "y5Uv/f6XAbLCjaHFadrUvtM9MzKrFJCwHBxRirlNMXohzEZ+g8tDQmwbNHigiF+jgAf7NZ"
    "qliDCNKq9nwgHrFOQwzJUJCjrFBMkwFUPWFBwtIH1EglvaLmfYRECl5JqAQUtUgnJR+nEO"
    "0X3Rptfy2Cgtp2lsHabIpqaxmsYmJpzd5mZ3rVedndXZ2VpS10ZLhp87TWDhRxRGDFhTBg"
    "ywnISJGcYMmM7K1mWQv7gF0ZEEHUmomx62FEnYBskbQgXwSoqnzjdLETwWVF1L74aKRgmn"
    "2cRC5V6aMeD9SzC3LRNRcMTEWEKm3B09dYmpaBcgaKbWWR43wdSmgEM6kzRNTgYUyXWTLM"
    "v4Xv1qVd/IFQIYow165abmhPVwvDQn1K/n2uaqu4VcYplF+c4mvh+RgTkSqTOBqaWhi79y"
    "B23yXoKYlAZ/Y/A1qdm1Bmy6yYb4uJQe/ppR1pNRZsb5NwN7H7SyZ8O7LKzx57rEvvaAv2"
    "1j4+q+Qhr3FOoa+GAOoqw4xR2v1iwdBolLlEh2x0QADBZiC7Yid4wilX/mc7SQi6/PYRs+"
    "uGdvWi250NqUv5Ozs9w098s0ujbBHb9dneeuzXTb1DENHdP4bra3VZ29XnnnmubWmlvXgl"
    "bsRgMxl6CyErKy+lHQPLv+PFtzwhfhhCvMiAa2GNis1awj5R6p/HmjgG37NZqliDaPKm/v"
    "a1peZ3S2XjPbPTMlB8xshemnnG2g9ITgAep8T3QcYFKoZETMTVQcE9MKrrWCD3YhiOedAe"
    "xtOVMOxA8MxPY5yiWJwjpP5uko/u6nWh3TqgX4OqalQyl104MOpdQ7lLJjrh/uui+i+/Gt"
    "+WUYf6J++V3kc9F1+e7lIA1+Au4JClb+O+LPq3epJmhvJICjYNw2/bPHIFIKwEzVRV8mls"
    "vwE+bLgp3mW7v82mR9fIFyOlmv4xz1mn2aOs6h4xx6V8JudiXs4bdKo6UaVbhp93p087l3"
    "CTzpBzL8NJRfL5VfJWUuk98vRTX5LKmO8n0HQSAd5TtwBZtItIirhfliMtuLIZ1WNKTSH/"
    "c7qnzzMZXbhCF7RKbcPFzn0B6fy7fBCzpiOK5kACzHvShQT754vTUV9DRPVTIc+4iQo84l"
    "KGddFahjszsEX39fWAfGaxGQ1d8X/t6eBJ2g0AmKbY/ub05Q5H9xVX/QVn/QthbAlv6gbU"
    "3ya70nRIrX1CZrNqtl2gwUSq3PtzkyXvijTawlkDBSE9hT/4On0sLOkDyOvXzrEjzP7ab4"
    "gVz+5uXQXqTJqot8M2kynQLTKbD9mUN0CixLNHQKbJPPYebtvCmXAouk6wx248Og2x/JZN"
    "eMCtuPzAcy6PV7v8oSKnr4LEvyUmKy3vDTnVePuQtZMhJtDd/3BgNZKhRF2FTMSvKML12j"
    "ZJr8gsEq5a56hAKJLeY0K2YzN3x2OqXezN0peDN3J/tmbhNxiK2cFPLPw/v+qjxHKJKelf"
    "CEg/+pr7S+Gtb/mrpEPbRg7GKLY8JO5GX//Vo6KIBcQpSYkAKkj+66/0kr4fr2/io908gG"
    "rrL2zK4eoopL6eDUniUoNPY6RF4DDTgUPWHbZcZmj0GuuH4edKBcB8prPLi/OU4eRRpX2x"
    "KNbSG2uZazBMjK6dPYFo/bmGNcgwj51/8Dtkp+AA=="
)
