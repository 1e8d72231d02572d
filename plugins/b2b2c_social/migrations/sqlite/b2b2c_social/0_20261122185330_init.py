from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "social_application" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "answers" JSON NOT NULL /* the answers to the merchant's application form */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
APPROVED: approved
REJECTED: rejected */,
    "reason" VARCHAR(300) NOT NULL,
    "reviewed_at" TIMESTAMP,
    "applicant_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "reviewed_by_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_social_appl_merchan_f6e499" ON "social_application" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_social_appl_merchan_954f3d" ON "social_application" ("merchant_id", "status");
        CREATE TABLE IF NOT EXISTS "social_binding_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(16) NOT NULL /* BIND: bind
REBIND: rebind
EXPIRE: expire
ADMIN_MOVE: admin_move */,
    "source" VARCHAR(16) NOT NULL /* CODE: code
LINK: link
REGISTER: register
ORDER: order
ADMIN: admin
SYSTEM: system */,
    "code" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "member_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "new_upline_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "old_upline_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL
) /* Append-only history of every change of a member's upline. */;
CREATE INDEX IF NOT EXISTS "idx_social_bind_merchan_32b3bd" ON "social_binding_event" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_social_bind_merchan_507e53" ON "social_binding_event" ("merchant_id", "member_id");
CREATE INDEX IF NOT EXISTS "idx_social_bind_merchan_8d1ed0" ON "social_binding_event" ("merchant_id", "new_upline_id", "created_at");
        CREATE TABLE IF NOT EXISTS "social_grade" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "rank" INT NOT NULL /* higher is better; grades are reached in rank order */,
    "l1_bps" INT /* level-1 rate for distributors of this grade (null: the merchant's) */,
    "l2_bps" INT,
    "l3_bps" INT,
    "require_all" INT NOT NULL /* all criteria set must be met (else any one) */,
    "own_sales_min" BIGINT /* own purchases plus direct referrals' purchases */,
    "team_sales_min" BIGINT,
    "direct_recruits_min" INT,
    "team_size_min" INT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_social_grad_merchan_2633fc" UNIQUE ("merchant_id", "rank"),
    CONSTRAINT "uid_social_grad_merchan_c02b8d" UNIQUE ("merchant_id", "name")
) /* A distributor grade: its rates per level and what it takes to reach it. */;
CREATE INDEX IF NOT EXISTS "idx_social_grad_merchan_e402ee" ON "social_grade" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "social_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "path" TEXT NOT NULL,
    "depth" INT NOT NULL /* number of uplines above the member */,
    "bound_at" TIMESTAMP,
    "binding_expires_at" TIMESTAMP,
    "status" VARCHAR(16) NOT NULL /* CUSTOMER: customer
ACTIVE: active
FROZEN: frozen
REMOVED: removed */,
    "share_code" VARCHAR(16),
    "became_distributor_at" TIMESTAMP,
    "own_purchases" BIGINT NOT NULL /* net paid for the member's own orders */,
    "own_orders" INT NOT NULL /* the member's paid orders */,
    "completed_purchases" BIGINT NOT NULL,
    "completed_orders" INT NOT NULL,
    "team_l1" INT NOT NULL,
    "team_l2" INT NOT NULL,
    "team_l3" INT NOT NULL,
    "team_total" INT NOT NULL,
    "sales_l1" BIGINT NOT NULL,
    "sales_l2" BIGINT NOT NULL,
    "sales_l3" BIGINT NOT NULL,
    "sales_total" BIGINT NOT NULL,
    "grade_id" BIGINT REFERENCES "social_grade" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "upline_id" BIGINT REFERENCES "user" ("id") ON DELETE RESTRICT,
    "user_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_social_memb_merchan_6e9dc8" UNIQUE ("merchant_id", "user_id"),
    CONSTRAINT "uid_social_memb_merchan_ba9c10" UNIQUE ("merchant_id", "share_code")
) /* A member's place in the network and their counters. */;
CREATE INDEX IF NOT EXISTS "idx_social_memb_merchan_67afec" ON "social_member" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_social_memb_merchan_e9b610" ON "social_member" ("merchant_id", "upline_id");
CREATE INDEX IF NOT EXISTS "idx_social_memb_merchan_193a22" ON "social_member" ("merchant_id", "status");
CREATE INDEX IF NOT EXISTS "idx_social_memb_merchan_3c5b39" ON "social_member" ("merchant_id", "grade_id");
        CREATE TABLE IF NOT EXISTS "social_member_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* STATUS: status
GRADE: grade */,
    "old_value" VARCHAR(64) NOT NULL,
    "new_value" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "member_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
) /* Append-only log of status and grade changes: automatic ones (actor null) and the merchant's. */;
CREATE INDEX IF NOT EXISTS "idx_social_memb_merchan_33a9cd" ON "social_member_change" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_social_memb_merchan_0751fc" ON "social_member_change" ("merchant_id", "member_id");
        CREATE TABLE IF NOT EXISTS "social_order_snapshot" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "rules" JSON NOT NULL /* config, product rules and grades used */,
    "shares" JSON NOT NULL /* per line: level, beneficiary, amount, rate, basis */,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_social_orde_merchan_912dd0" UNIQUE ("merchant_id", "order_id")
) /* The rules in force when an order was paid, and what they paid: the order's commission record. */;
CREATE INDEX IF NOT EXISTS "idx_social_orde_merchan_a71ab9" ON "social_order_snapshot" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "social_product_rule" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "mode" VARCHAR(8) NOT NULL /* RATE: rate
FIXED: fixed */,
    "level1" INT NOT NULL /* basis points (rate) or minor units per unit (fixed) */,
    "level2" INT NOT NULL,
    "level3" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_social_prod_merchan_f0a66a" UNIQUE ("merchant_id", "product_id")
) /* A product's own commission: basis points of the line, or a fixed amount per unit, per level. */;
CREATE INDEX IF NOT EXISTS "idx_social_prod_merchan_4c5255" ON "social_product_rule" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "social_sale" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "amount" BIGINT NOT NULL,
    "distributor_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* A sale credited to a distributor (the level-1 earner of an order), signed: refunds are negative. */;
CREATE INDEX IF NOT EXISTS "idx_social_sale_merchan_083a34" ON "social_sale" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_social_sale_merchan_fc0428" ON "social_sale" ("merchant_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_social_sale_merchan_aa0081" ON "social_sale" ("merchant_id", "distributor_id", "created_at");
        CREATE TABLE IF NOT EXISTS "social_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "metric" VARCHAR(16) NOT NULL /* RECRUITS: recruits
SALES: sales */,
    "target" BIGINT NOT NULL /* members, or minor units of sales */,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "reward_kind" VARCHAR(16) NOT NULL /* CASH: cash
PRODUCT: product */,
    "reward_amount" BIGINT /* cash rewards */,
    "is_active" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "reward_product_id" BIGINT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_social_task_merchan_089ded" ON "social_task" ("merchant_id");
        CREATE TABLE IF NOT EXISTS "social_task_reward" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "claimed_order_id" BIGINT REFERENCES "order" ("id") ON DELETE SET NULL,
    "member_id" BIGINT NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "task_id" BIGINT NOT NULL REFERENCES "social_task" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_social_task_merchan_33eea3" UNIQUE ("merchant_id", "task_id", "member_id")
) /* A reward earned: cash credited at once, a product claimed later as a free order. */;
CREATE INDEX IF NOT EXISTS "idx_social_task_merchan_80e4b0" ON "social_task_reward" ("merchant_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "social_member_change";
        DROP TABLE IF EXISTS "social_member";
        DROP TABLE IF EXISTS "social_task";
        DROP TABLE IF EXISTS "social_product_rule";
        DROP TABLE IF EXISTS "social_application";
        DROP TABLE IF EXISTS "social_sale";
        DROP TABLE IF EXISTS "social_binding_event";
        DROP TABLE IF EXISTS "social_grade";
        DROP TABLE IF EXISTS "social_order_snapshot";
        DROP TABLE IF EXISTS "social_task_reward";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfYkzoyaxnRef7uZm/KKkSmzJI8m9XKsMC5GwxDMFqgRox23z3w8Lku"
    "K7RMq2DGnwJbFILAg+D7jA7gKLvxrjg/GBaTDXtLHzaiD/O57PHdvE3HZpo4X+alA8I+KP"
    "VUWbqIHn82xBuMzx2JE1BJcMnJEaM+5hk4sS19hhRFyyCDM9ex42gfqOAxddUxS06SS+5F"
    "P7D58Y3J0QPiWeuPHbN3HZphb5Thj8/K0xI545xZTDoxjH3GeNb1BofmNc28SxUu9oW1BM"
    "Xjf4/VxeO7EnHco/yrLQjLFhuo4/o3H5+T2funQhYAcPmxBKPMwJPIF7PrwXNDsEI3rV4B"
    "XiIkHbEzIWuca+wxM4jI34WsMwur2hMWgPDaNRAznTpYC6aCqTAEygCT/94+Dg8PDDwZvD"
    "90fv3n748O7ozZEoK9ubv/XhR9CYGK2gKolZ51OnO4QGuYLagH248EPKYI4DKUlRjL7pEc"
    "DLwDzPwpm4w+0ZKeYhLZnhwwpFX0V/ZNmJuFhGT3Qh5ifurJsgSLyg1aPOfdgxlmA/7Fy0"
    "B8Pji0t43IyxPxyJ3/GwDXcO5NX7zNW99y/TZC0qQf/pDH9G8BP92uu2Jbwu4xNPPjEuN/"
    "y1AW3CPncN6t4Z2Er04ehqhJooGbOOKbsjHstT/nnQ6xbTnRDJcm2bHP2NHJvlvsHHYrnx"
    "r2ufmkAgGvu2w23KXsFj/92ox31DqCwUvgniLoKfkbJ6wVBCS6Jr15s1KvWTJf0C4Ex1ie"
    "4vx/3Tn4/7exfHXzP0d0/PeydZrqGCE/kJx+SFGjXH3ekUe23qzyR/HdFETE2S4zGWztAo"
    "XunJ6JsTagGENdm6bHfPOt1PLRTKj+jx5WW/90v7rAVcee4tsUa03/7cPh3CNY/8j5jQ9G"
    "rf9wx/NxxCJ3wqfu6/X8JjxNp+9puN+DyQt9I8CfXBguE2z1PxNxZLbJCbmqRUV58peA/f"
    "vKmAryhVCrC8l0X41iZ3a41eGdFHGL5CvavK6LUlo1WEyfLhKtDLlBt1J4tZydXTxm2YmG"
    "xw5hiTEI2TtTnICD4VBbs6dy9Qd+P72iTkZdfiQTEltzkewHy9vik0oZLWbpqQj65H7An9"
    "Qu5zc7IM+qYo+eoiUdF2fQ8/ou4WXY2f7+G7hdGfVQUCAIs4hAfTouPB6fFZu1Gs+R8M7h"
    "UjTzaHUgDZ7EC3GtqERtgUuIppj6rY5nVnCl3RDNS9Oj9vSCUxxubNHfYsI6Ut4I574Gau"
    "LMrmb80OZtkrmOKJBAneBtpe4B08saWh1L4l8m2WehJTZZuVXYnjQMwgC7lVzsTG8RwMuJ"
    "9c6tyjqc24690j9xqJGsQfoBAmBH5jYYvPxsQTlrgvejMlr7KG3MNqquu6DOpoiDLp65Tc"
    "GUG18CvhB9NOTu3k3LLxZZednGYU7ljHTxZLb84XU59n8UF0z1oIdDI4woJfHgl+t79edv"
    "rtFiLf57ZHRvT47KLTNS56v4hr2JrZ1Ji5t0QNZxlzfS9gYS2n5kJaabJOe2cCetO1BBnn"
    "ne6XFhKDyA0Q96kzGLb7QN1EjGrEG9Fe/wwuuJ4FvyR1IWsjOvivKH3RQuxelK3opX5qAu"
    "Gt6vg6o/I75+nUjuTtcyQLZe969Z2LCSntTVnfrwiz7DW8igkx7dbVbt2tZSA2J2tzkBPV"
    "amhdFlwhtyYLOVHNgnatK+9aD71bD0V2x/3qqWnGalBjVaB96ktxzenMEpd68UCpwV0Kbm"
    "5aUAFcacxoXJcH2RIGn7IhoE8etkhjRewnKNSsHPSZLMqvDvYgywa8x74AC0nBFrI5Q9Af"
    "GJoTDznkljgIUwvdTTEXNxHHN0SuyPQINqfiSkHo5/HqLQgEpSM8HqY3BXEfwPNbJmSkQz"
    "465LNdU58dDvnI/3N8l/tJo/IqRw3W9JO+q+ImfVfuJX2XX20LSjEHbvmKs7C4yr65xtSe"
    "iAEA2QyNCefE+2cwsDCEPRKMGcRCNkXwMkEspmK0JVCCB/tvP7w9Onz/dqH7FleWqby8d8"
    "LZN8bzgjX/fQFhMfyxhMLeiIYcsX/al2M4bLlIjvEMVnLwqeBGcoL2oP5WZs/Gy2fi46A2"
    "HwdbwEfdQf7x8DysjeehxrMcT4/84dseMbDjFMxCXdchmJaFDlOSGXDHQvSp1Hc0Sa2hPk"
    "QjkfgtFLeNESMczXzGhSoXCoKjPSKeIKyBe+RSUlFPLJuH9nrnqWnQSSczK+1eXZy0+3v7"
    "8lmikM3LfM131GDYIcyY2QVx3QvR3vsSV3NWUuHOD41Fcx80NQMDzfGZUO8eMbkYWa+J54"
    "lnvIgL1FLkGw4OcIJnazKWF1WYMiWNvJiGoPcY4h/PF5Z/MRelE9IS6R2i49GGj6DT2n+S"
    "mhDn5DS4OuKuhh7RUcaNRRnLfeDZ6GPBjP8kFPz4pU8cXLIGt8CjfbEIZ26XdilD/sem4g"
    "UhcCsCBjG8FSMGcXi5SshgsV1j7mCTgMcFzHxK+J3r3UiPvvhte8h0fSpm+6woPFC7jhEd"
    "0d/nmE9/BweQ9CtgaUo4YgSzENwBF4TPwENkMXTtuTNZzHNdjiyY3gY5JEY0eDbaGzVe7x"
    "+8fvvu9Yej16PGy8BbcTcV9hYCxQEbVmCbimibeKL4V8wbRW13Tdk8jGD8HFFxC6O5mCPb"
    "38HxNCGv0FBUAzcXjZcOqhsy58ifQyvAHy1qC3fCwPrvpmiVe0tkzXN8PyOUNxFzRdUJH4"
    "tAy8JsOnZFl4Imhe0B15eFpu4dVDeiDvYmJIlmtSgKAJePorCpaLohl/9mYykZ8SDUm68g"
    "zCiUvR7EqPQeHB2QUcO5rAMyojqhQ/N8D8n3km8uKr8TAZllPLa/DlMU5hIDLWg873U/Rc"
    "Wz2YIy5rEYDgrQLjeIo/KbC9G8qQe1eJ4cV2EUlqOBGPfGMKgFQYBohrF5G24shuF1dFlS"
    "TuecUTnnzGKbs9w8x9bhurAGzbrKrG9hbjXTF1bFLFSEdTYjXg2GvQvYYxjVMKLHp8OO3B"
    "1qcvtWmDUf+71f290WWD5/EgobFS+C7GseAdtCkURrCYuikLjizzMttRZhin2IT43zmJji"
    "LyNhPq6jFcsq0YpRZcUIgcdUqK5WyDIlqfBsk3A0x7YlV6LEU8wXDIGvRy7/UTpMCVDHra"
    "xoBaSF1CUnxYdkaQ1CHs0AMN3ZHBzf1ppfRYm8svAr6W0qoqN2/y8S3RkaHjci7OzXjQUH"
    "EhrOYjgPasN5oOEsh/OwNpyHGs5SOLnLccHiweWILoQ0qFlQgzVgRSp0yTQhKbQzkG54bh"
    "BiWKBsVwO/W/r2eYAvUMurgd8tzfwswJco8JXY754O3zD8ciFC7dV9SakdWjap0xmlKNjV"
    "hR8xA2sm0dEJdB4HfbZGLrWEkMq7NRWEXq8qfpbcRT7TmYtWgZr4qCsAqtPqVEC0NKVOvz"
    "0Y9junw0Z+HvgQTJclbtlNiJOT4BKEnz/DTrAW/lSeNtCotG4+LNusuXreMGO5WocsOO4E"
    "1swF61HkCvBgC31QH2shiPXOMLdNWPHN0J7MbCTf+WW0Uj6xyX75OQxP8bB1j2rQi7/14u"
    "/tGs53ePH3jYA0z3e1pXSRrMoLwRsCn+HVoBWqvhH91D+GBP+Lcf/5l2xBmsVb7Pi1Vsal"
    "hHYugfz7txVAfv+2FGS4lU/gXBvklJAGeSXI23EIwsZWd+pjEHZiyqSPQVAGfh030O5TtX"
    "h4MvepTv1eDdZaqd91Au0dSaDdg2XAA4rnbOryxgr/Xrpws7KDT641NlhScKWHD5JAeL5D"
    "ZOaIa9czIbUEoQiHexPQHQ5WxjfjHNh8Su7ltSAVhSz3giHTnc1sxkTFyCOi41l5F9+TP2"
    "1l/ogg36pOuK3McN3ULj7t4ktb5aAg8oR/HvS6JUZ5JJDl2TY5+hs5NlPIZgEir+1JE809"
    "1/Ihb6XUh4sQB4PcQBU3wS4hHdBK8Z1LBpHN+5AhEirIJoOQ21trURNLbAU38sAHm5JWcO"
    "xDE41Fu65tMbp692JImkGipKZMLC1uYWZX3Ci2aZ604fncpn8wFat96FtCSvtdtNWvvtW/"
    "OL7gQcD2olq2rHtXhTX5XddNb7kpC/UymI70fYn0Uvs0WbRZ2ToN5zuGF4lVSOEYyoSb5W"
    "OTrxWMvmjuAhXBmQ5EjtxNYSAijK5t0R3CAVse4yS6jBi5Fwc6FeV6fNqHrbRMw8dr21Sd"
    "QaWpbVNtm6Zn1qUJgVYvP5k9JC3QpiygvgC5JS2cEf3Y+Qp5maR6q2bopOPJRxWiyUelse"
    "SjbCRZ6tI62QJiAWV3nTVSQ8setOYlDCozm7rBOMIWIwrak0w81+lEAGad5AKxgLLo1x1y"
    "HhfMOqkFYgENpg6zqzE3SmTkDaf2dQlIy2mPh/Z4qO/xiMy0h0J7GdezZV28KrTpr1tVv8"
    "cAr3Z4yDLNyp4Ohqt7OKAsEhahZQv+4dCF1FEKaE+6GsIDLQn2aJC4OoqXv2wiJvocsSB7"
    "6rVPreAMB0omGJKtFnk5nvaBcPwFWL8WnPjA5NkQjjAGiSdPgwjCXByzG4ZMUSXzZ/IsPT"
    "HDtd3SAP7STToJY/pb9vCGxHtli2qninaqbJfW3WGnSuA5zTO+JKtMLKJnjWtP25P5kuvq"
    "vbysJkIvFN9aBnS8XluvCn0EOl6veLy+ZBh9MLI7vv0hP2tQ1S0wFEZqY4VbQJZpVnYL8K"
    "j4KrdAOeyrrWNt2GrDdrt0xw4bttzmTq0N/AsBldcIVGc2nYii0u7y/SW7y/fzu8tnRDTB"
    "LIa4woqMhbTKeDf67dP+VWc4AJ+r6fk2ZyM6OD5vQ5YQHG59eP60IBwO9C1Qb8sGmVhGZf"
    "MpOli8mV2ZARmqahDwPHmbBcZ8naMGU4I7OO5syTgTYbJ0oCHUWofihJgmWGmCPSLNm4dk"
    "v8pUofSIJwzBn1vIxGw6opf93tnV6bCFEpH35x/tQjTXCF3kJBXOb9MAClDQYqVHOVvoMX"
    "m+aMH8w3UdgmmJlZuUy2ZKFYJP9U1EFvBm1d5Jr3ee0ngnnewR4FcXJ23xKcgvQRSyuQ5Z"
    "KNrlQz2y7tq7QnGFVZGCbOgYxrPEMNI998EIV1+Ip1hHrwpw4ZdeOxF2Fv+CNAAnoeDHL3"
    "3iYPk6BaNqsR+9LytVZwr6YBZ+bDJSEaJXIV4R41wjamF4sVSFNY1B6WD1oBVM4+MVh5gj"
    "V3yNTYQXGTBMBwsL00KizxAPYQZbKj0SpvopWsP4+A9YuTszCt4kk4LrsIsKo3BTh1102C"
    "U1QQg/d2O9RT1F0npevP7SNp2CVq8sVMIgeR4G5PypLvoJId35tU2uvk0eTY/XxXXJ6qot"
    "6+pVIU584hWO/dLZlat121rZlVMzvQdjW3VRrGLTwqrYFk2LFUi3/OP/P35heg=="
)
