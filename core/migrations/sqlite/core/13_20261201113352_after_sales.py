"""After-sales cases: kinds (refund only, return and refund), description, appeal, the return parcel, receipt, the deadline of the step waiting; each step an append-only after_sales_step; the merchant's reasons and deadlines."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "after_sales_step" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(24) NOT NULL /* asked, offered, offer_accepted, offer_declined, approved, rejected, appealed, return_shipped, received, refunded, withdrawn, closed */,
    "note" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL /* empty: by the deadline (fenxiao settle) */,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "request_id" BIGINT NOT NULL REFERENCES "refund_request" ("id") ON DELETE CASCADE
) /* One step of an after-sales case, as the buyer and staff see it: who did what, when, and why. Append-only. */;
        CREATE INDEX IF NOT EXISTS "idx_after_sales_merchan_b675d0" ON "after_sales_step" ("merchant_id");
        ALTER TABLE "merchant" ADD "after_sales_reasons" JSON NOT NULL DEFAULT '["质量问题", "发错货", "少件/漏发", "与描述不符", "不想要了", "其他"]';
        ALTER TABLE "merchant" ADD "after_sales_return_days" INT NOT NULL DEFAULT 7;
        ALTER TABLE "merchant" ADD "after_sales_answer_days" INT NOT NULL DEFAULT 2;
        ALTER TABLE "refund_request" ADD "description" VARCHAR(1000) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "return_carrier" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "received_at" TIMESTAMP;
        ALTER TABLE "refund_request" ADD "kind" VARCHAR(24) NOT NULL DEFAULT 'refund_only';
        ALTER TABLE "refund_request" ADD "return_tracking" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "return_shipped_at" TIMESTAMP;
        ALTER TABLE "refund_request" ADD "appealed_at" TIMESTAMP;
        ALTER TABLE "refund_request" ADD "appeal" VARCHAR(300) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "offered_amount" BIGINT;
        ALTER TABLE "refund_request" ADD "evidence" JSON NOT NULL DEFAULT '[]';
        ALTER TABLE "refund_request" ADD "due_at" TIMESTAMP;
        CREATE INDEX IF NOT EXISTS "idx_refund_requ_status_d08579" ON "refund_request" ("status", "due_at");
        CREATE TRIGGER IF NOT EXISTS "after_sales_step_no_update" BEFORE UPDATE ON "after_sales_step" BEGIN SELECT RAISE(ABORT, 'after_sales_step is append-only: UPDATE refused'); END;
        CREATE TRIGGER IF NOT EXISTS "after_sales_step_no_delete" BEFORE DELETE ON "after_sales_step" BEGIN SELECT RAISE(ABORT, 'after_sales_step is append-only: DELETE refused'); END;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "after_sales_step";
        DROP INDEX IF EXISTS "idx_refund_requ_status_d08579";
        ALTER TABLE "merchant" DROP COLUMN "after_sales_reasons";
        ALTER TABLE "merchant" DROP COLUMN "after_sales_return_days";
        ALTER TABLE "merchant" DROP COLUMN "after_sales_answer_days";
        ALTER TABLE "refund_request" DROP COLUMN "description";
        ALTER TABLE "refund_request" DROP COLUMN "return_carrier";
        ALTER TABLE "refund_request" DROP COLUMN "received_at";
        ALTER TABLE "refund_request" DROP COLUMN "kind";
        ALTER TABLE "refund_request" DROP COLUMN "return_tracking";
        ALTER TABLE "refund_request" DROP COLUMN "return_shipped_at";
        ALTER TABLE "refund_request" DROP COLUMN "appealed_at";
        ALTER TABLE "refund_request" DROP COLUMN "appeal";
        ALTER TABLE "refund_request" DROP COLUMN "offered_amount";
        ALTER TABLE "refund_request" DROP COLUMN "evidence";
        ALTER TABLE "refund_request" DROP COLUMN "due_at";"""


MODELS_STATE = (
    "eJztfWtz4zbS7l9B6Us8dRTXWJ7b682bKtnWJE48to/kySQbb2kgErIYU6SWF2l0dvPfTz"
    "d4Ea8ySd1AGl9mLBINkk8DjUajL/9pKabFjj/bzGqdkf+0DDpl8Efkapu06GwWXMOfDh3p"
    "vJEb3B/ZjkUVB66NqW4zuKQyW7G0maOZBrbskkfdHFGdaCozHM1Z/oM4E0ZseBqZMcs2Da"
    "JQg4yYbhqPxDHJlBpLMmWWMqGGYx/jU1RTgcdoxuO2OnQN7d8uGzrmIwNa/P4//wWXNUNl"
    "35gd/Jw9Dcca09UYPJqKHfDrQ2c549fOtccrw/nI2+LrjoaKqbtTY9V+tnQmphESaIaDVx"
    "+ZwSzqMHyCY7mInuHqug9yAKj3sqsm3ltGaFQ2pq6OPEBq7wVW11rD4c3t/XDQux8OWyn+"
    "BBQRhP1Limkgb+FVbQ7AI77C9//T6Zyevu+8Pn334e2b9+/ffnj9Adry903fev+39zIrtL"
    "yuOGZXP13d3OMLmTCAvFGFF/7mNNShHhVnxgp9NqWanmbAxYRa2fCHBAkOwKclORDgHWGB"
    "D7AgHJjSb0OdGY/OBH523r5Zg+5v3f7Fz93+EbR6Fcf4xr/V8e4h3Ct4ZwARKwNvSNA0eE"
    "87BdA97eSCi7cS2FLbXpiWOpxQe1IK4yRhJaxT0iS4sEJ7JcEPMJrfFhrNb9eM5rdJxFXN"
    "nul0OeS/SwCepNsf3q3WXtA+ef26ANrQKhdtfi+OtmYPQRHQ5hlQn5umzqiRs0BG6RJQj4"
    "BwV1gHsmUHaK9b9m5vr7HnqW3/W/fWwcQiePP503kP0OfYQyPNia2NK8Ad84kZwzmoPPh6"
    "KdBzNZIU3fPKybYwf71b5aRz8ub9mw+n796EOkl4ZZ0qkoZWsRh++ZA6aVwv4Y6jTVk2uH"
    "HKBLKqT3oc/FFHuQ0fqN4a+tKfQmtwvb/61Bvcdz/dxQb8Zfe+h3c6/OoycfXoXULmhJ2Q"
    "L1f3PxP8Sf55e9Pj8Jq282jxJ67a3f+zhe9EXcccGuZiSNWIJhFcDVD7G/X88VNE18QLI6"
    "o8LSisuLE7q+ExZdMRTJ+JNrMzhJ1P/PHXPtOpkz3H+CbrU9hNDcfB38HID66uxsMKKNBa"
    "4AM3wegWe2gqPLYJmOwPo6S6XQeIqKKYLhJsgE/X66OhCCnmdKrZuJZvBNJF2E1TZ9tCcy"
    "aqRRfwYpsA9SXspqlA2aaiUX1IZzNdUzgWVQEbdUYdZej1dzzg/3VXvTYcvxG8I/Q1ZHNW"
    "XYBlIHju9dvDbhsOoWouDF0z2BbR85Suhq4FPmy+fnoA0Oo82DzUhnhM8Lj9EXfBu204hD"
    "bVt4ncALprOGIOtZ+GFkN0tgjcPfTa5502FT4KH+VsSUUZ8s6Ou/jvC1BPPOg2nKpRzJo8"
    "TSNgzZg507Os2xUhs73T6heBHH7o0BxL8EqB51DrkW2ydYiids87azhgzLI0x7S0bYm2e7"
    "/DZVNx49ZH3KUquumqQ9sxlacNoAu682yS8McFdjsIem00glvYrKbx6zOb6XpjN6wheJb/"
    "nYcCr95Db+M9az52zd63hgjaE3M2nFmasl0UB9DtHfbafABRxg+n5pxNNzN3ZoCIXX/ye2"
    "4qkFNqgN7BV2Cr8hjkxMOZpjy5s+OB43vtCrFutCymMG3ObM9bF9+NKLEzp20ZVjgGCoiu"
    "p01O6NNQXmCXTR1+touGD2bBJm1cfRUOejm+1PClRi7gdosdNhW2mYtu5Tbb7BQ/hO3O76"
    "7RXg++IFCHIXg4TzdZNVL4DfwOhZF+20UQZKbLlwr4rK3gNgh6aipgxlxDr7zggzcHzP9D"
    "GLxauKqOLGqo39mwutLxmCwmJvE/nGgOOWLTmbM8wz+52Zypr7a46sLe90D47kkGcoC9I0"
    "JE1mZkQWF/5JC4XuO/NzBhahpsuUWELTbX2KLRg3hHKg1V/3JtZzuC0v+jG3YpzgjdsmZj"
    "mTMY5avhtqGRIQVhsw0Lqdl6MPhqPXU3OaVMQXatGY0H7C9ztDW8BqhGNGmCom+/2THzvP"
    "3Tt6adafKKZ6bxn/13O3Tl98KLW6lI6vBOOz+aehpt82xE9T3oGQ4zoP0xuXJA22OOA3DY"
    "hHKTCkaiwEUT9BHqoFKy5DeQyyoB/ZDMqa5hAIqajq3ebtcyyrqmUda27j6m8c8PmAzaby"
    "dQUqAo4HdFYqzf5YdYv0tFWJeNRd1/DOrewO0UikLtrIlC7aSjUBXXspihLMtgHKXZY6zv"
    "xc0frb0AfVoklD0/kj0VyA6zXTPsCpGnGZQy9jQZe7oKUxlOtQx0P6FdIRvfNOn+4D15vW"
    "OA97ImZrJhzNhwlHWQ1AcMn+VEhFoO9iTKaPmf4fExoFRqqCcJGwPtnoe5a8yoBqTalJmu"
    "g2LDdbJ23LkyPb+D/bHktC7DnYefK+Z0pjOHDVW6LIN0NvE+JXxdUB47gemoNMYZpPtD+H"
    "0NAbYYtTOjL34Z3N48D3KEPJksQ1Mc8l+ia/bO8G79MHYNBdEkY2Z806h5zG02U1Nlun0c"
    "JJg7/kGn05FKf/yxpL7Oz4z8LySUjNwls4gyMU2b2WRsmVOymDCDUPsJuEfGpgWNLAbvpJ"
    "Y6N8piGqKPnYRpNwKF/uhT9/ekrn9xfXvOORDJp4EdnK/hOzXsBfzYYH4letjfNOuU5GLA"
    "lO9NQ1/C3/Ak2yGu4X0AU4kz0WzC0w3C/3Q2s8w5K8jC3U5Nx7WMTViU6EFYSchZhK9KDN"
    "MhNkxbglbdCGP4V/m8wdyRNlF0PN46DJdkfqF8qF9sfqFdnk6EiYYyzieiSYjyTyhirQpk"
    "fcUMsUQzbFhEYVULTjiOSd8EwcKPDSxzYRNzTLw3wOtZyV4r95Nx+vBn7KSF57D9lzyREG"
    "dbmn8iIQXmSxGYMqVkWVV/iyklA/E4LCvtEoS7UhSbKvgi9jhYlEqjHyHan4reCOhT6ll6"
    "LqRZ8RG0I+3R+NW3TV/Bu1NDyRI2KQ+Qek2BPEcauGzRRagkJWc/AKAyNFLivYvu4KJ72W"
    "ulRvnGuAY1Cmo2uIuCGpnU2YDm7yQibohmdf+5yPYAleoGQb1TR7AQr5ytVoDl+q3W0Aqa"
    "PbvXujVwD6Qz3AOZRuCkjnu1M4Ju+VbbCwhoE8W1HXOKFzxTIxJR4p3KE5UpOmynMipu7O"
    "IBObuz6C6TIyD3Z8KslW25P5P7s7iTu5mVDynf0Spo30Bntu3XC1kJwwq7sQSp3BVU3pDJ"
    "LbHcl4nGh53ty+IK2IboNrC4QRrghKAtu1Pb3Uakz+bmE1PvsdhLK7UVid1dsxmxvHZDJ2"
    "z4fHgKNrWJDWOFqcR0HTJiY8z2weNF2LeZBn8fwQ/NIl//crSvr/5BZq4Fn0BGS/LVd8Tg"
    "oSc6+wobDoX5VFkBKzt+mAxhEXiRWLchAV6X0Uz95jKAJaGWpgNYvNlhV9jpxSkbuNOryc"
    "4uwERMX4U7y1RdJSOQMrixZrWaRZo8t07lc/VZxwH7yZV2qXosA9Iulc+g5tqlcIKWWPz9"
    "5g20Sm1/+Xc0p5zNLyRoILw7iWCNvlkK53v2LWfdSJA1oGbtOoHU+/0+JotS3u2hPLq+vf"
    "kpaJ50eU/EtQZ5WgsHoYUUIttXQc47VNNJ+LJird0R45NmYBpoqrNheVZkEVfiyp7Stenm"
    "AoMI+LvyqA8v2zKZ0iXBP4mndwjLKxCD1XmVQSwyryba46TOzMI8kW6GFwgu2j3DnabsuX"
    "HtKKTe45qyct8sw6jLfvfj/RlRLTp2Hozuxf3Vb70z4vUFv2GFgAuXcAX2clrxEJ147fR3"
    "BZb8k6TyG6mc/i654LszteIeJU4p9yii7FEyLCzpfN/yXFGeKwrGh62eKxZxT/SKBuhszj"
    "arycsrBFxjNzUUcrleioms9lsor7ACq+nlFHg+9uEm5XhWpdUL5o2sJU5+GUrL3WrhTt9W"
    "33eb5TacU79zy4U7hdn47GBGykpj20CQL5g7qFbEV9AXUq5I1nuS9Z4OCWRY/GQTHSVV+K"
    "RpqkopP4NEOuyMHKABqLcGuzfhnzLZsCP+Bw1ZnUv5ZXyhFpuYro0flPDMWN1q5/tmLGKN"
    "duidoZiqDBsSyOTSJtI94+WYPou4Z/AZmuL3mvzMfvsGehBsP2xIJhhfHdUUcs84WeOecZ"
    "J2z7DYI7zUsOwYTpBVQlswvSIBdpGRfJI/kk9SIxl2Z6alORlqXH6C8QhJYzICby3rnEyn"
    "s+d0Oh4oekm4I1RCg92ixpLwzTt3hHDoE6/rqzx5qU2x5CB/zBnheTO9Cql+7byxq481Hf"
    "f3BMGyoXW5aoQ75pw8nZWns6LxQZ7OCmU9kaeztTqdFUx5LmcjltXF12JW1Urs+EbK6kZi"
    "7GE405Qnd4Yz12rqSAzG0HZN6sKA1dIcmyACoEhwpdTTY4+mVGVejn7QZiO53TetnF3K8h"
    "5ZPlOm9/jSmmd7jyzkhazvLd5tkO7Lj6okmsF/hob8Y0LnVOOMIv8Lt4YTLAH5PXePtuZZ"
    "0frb6fbBeDC86reqt7MYLZF3qoZvT3Xy+Q6NnDZ2zDFCMjznPeYwtIkBOFhYlkH93gHWfr"
    "+wYBuQn5QsElS6OsOQ5wvCbBra8nxBni/EtUtPZpSwG0YopNkwaQsJBG8JPKMkElBpXBJj"
    "nYgeLfA1vTQD4nQiR30KzoBQkyrNgiSlZII0sYppYs0QOBtDW9wJTbQhXhTauIh9HtmYX9"
    "lG2Mbc2BqKblJ6xvDtg+Ldv7q4P0zCwrjhO9vSEbWLrzd2TKMtny9XNZuxoL7fX6ZrGVQ/"
    "wxSCxHanaK/APwEnh/JCU9Q3D3GDCmH/dqFT4lmQcJXKyKC+g/5lZkKBV9m2tElIm0RiE4"
    "1VYNMcL5aDYUUtspseLCAXvau7+zNiMYXB5Qeje/nL58H9p94NXKTqX67toFB+MGCp6fUx"
    "OYNvKcAr173ugF/R4WvhyuDnq7szgsl18e795/7NmV/l88G473dvBh97fQSfGvbYO0s4fC"
    "4H35A05MK8vAFqRSetJnlmqNLYpgkluElwDdMp5zXst29AmrE9pHQD3dMsX9UtSiVweiQh"
    "1S9pbBWHA56zT1n4o1Ry9EtDd00ZIA3d0tAt4EogDd0Hh1YaugUwdKf0lI3BLepcK5h6Uh"
    "TXqFpWAFO+h9kY04KVfmsKaXSfF4MUXoDcfL6+Psx5jDeQU+cw4fjOO38Jp9EukzwYLhbe"
    "SrlhJup0eJlroU38+shdBrTyfESej9Rn8Wvw+Yg/oVMcX2OCDClEPhOpaIbcfl6IGiYBxz"
    "NzTDU2o8vgKL/MadRd7+by6uan4V33D+8AKtHfg3HXvbqEy1RTvdOmO0wOjgdOM6bimVP3"
    "8o/hx9v+8O7q4tfPd2c8ZmA5HMNq7YX8PBgXt5/urnv3SKeY0xmu3EB50b256F1f86sIp6"
    "57/X38fHOJFy02duHDK+Uf7xSzT68xTydHhuJaFjOUjDwLa1KyRGiaOP2KzL78yZeae+7I"
    "MZ2sRABrqiREiUS2/bR8HxZ4TFAi4cF9/Vp9T/7tgsLlZ+MQS/uIVNvRbMV0DWdYnkFpUm"
    "HPFQMeBa9skyNYvzXM6UG8dbRgRNuBCligSEbJXWEWpUiFZZKQevqKCWPGKuAfoxIWenxN"
    "m8x091EzbAJaK1MjM2TluGILPU3Kc6ceC8xiQh3uIsk37qCvLW1Q0/zlERabTuekExFt/4"
    "cEkx7+RMaKzLNAFawwtdKkws4vwUUbL+BeNnFejKiBOvBOsudx0GYAVXmoQ6oGYr2D7T5C"
    "VjFXYRZtA0HffsZCDhxoDxazcywtawCP0DUQ7NNC0uR0jTQ5zZMmpg3LX7VBnqBtnDfj9h"
    "2cpaOoD+3bQgP67ZoB/TYrueyYWVaF0ZwibF6C2e3XsvayN5U97YtSScfE6vsemUZ5P0qJ"
    "l2qV51odThnglTHe8wHPpt6jNFeZrs2ZtdyPVN++Ij6bLG1NKZ0EOEomdBbgsu4wmSJje4"
    "l78XDOqy1dEvA44R4hD6/UFnPqwFuM3CDrXxz0Xwa3NznxLXGypL+Gpjjkv0TX7J0ZsVo/"
    "jF1DweeTkavpjmbYx/jYH3cla9awA2GKsSOQKUefur8nxc3F9e05hyzig4EdnCdlD9Wq+N"
    "FEyLbgRCPYclsTn5kAk7VOM76rQgUWxykll0XmcuhYUsUlLkErOS00pwNnoSqcTtBKTovM"
    "afZtpkF3Ffgcp6wNl6F/VCuCKiDUYivXOELHDrOIM9EKHtU2aSTwm4GYrjAesujrMyp8PS"
    "QYFsF3vOgR4c7Uig7wcUrpAC8w21MZ9rlvS2ljdJRKZB8ewa3RMknEoTlgoyZQfvzHyORp"
    "jAyQFz5A3gs+3BTYghGxokn3oqhGl7UCUcaeFNgXqIJJjKKYxkRl6byvQtQ6qwnysbG51y"
    "JndZnv8R3wyr1+Y5y6YV9NRcsPXtwIqrtVQGUTIUKjwuayye+kqSB50QMbQdTnXTQboKHF"
    "4JXtzcaSB1Tf66mpeOlMfQT9gufjpfxUfSPMrnl396veGqofKOZ0qtn2pnBdhN00dXzZpq"
    "JRfWgbdGZPzMoTctQZdZSh19nxgP/HNYeB32/T4aN6ZXU0A7qB7y/VRMToIzo9bgjYkPdy"
    "3MV/mwwWP8DBOGvbdC0Fu6sOWdCXp9LDH4NIn80Gbyt762wMX8Be23PNn8P3jjWFbqKCpA"
    "s7/xbptanjMCjQvFFl9lSV56bZLkql3EsOTm9I5UNbqej4XdhpQyZ1+USFfJBlJysMxt/a"
    "hIV8yPNWW81amMhPKFMOypSD9ZKCNfW4KJJy0H5y0+xeEzDsNW9gbPb2IysdzckKwMkHNy"
    "RoILw7KSmD2daGPNtaGuY1OWPiZNJjqLK/SjS3XRz93DU7StIk5LdWhCpI4VRqREeJhM1/"
    "1EJPVoIq5nc2sSfo/RxU/QzSVrUEHuyNTiy2oDZPAUvGpsVZgmw6W5POMplxTGTOhTnCKs"
    "irTFphp9jBpFYIE52WFl4ZtI0B+BA5QqsN9CxSYdnAVTgbBBWILp2NvcSIYbUTcuR/TJuA"
    "NMOSohhcMWcWgea8rrTFyuWw3OI84XVdK4qiDFrRWRRMbjJisLQwZNSSswwQZ8gSx+SZKg"
    "/DDunyfmiJdaC6iILuImRhxJfFgAMXRhTsJESGfYixEuws7GO/xeVEEzFFYc2tLidrTW6E"
    "65pak9kRNYcpNimYUC6KbsFak0WCaw4WC1ET6DP9/DdyV4k5+zfNVSXDn31jrDxn9iYjdQ"
    "iX7DrOP+nzuSfPsahbXj7GRVzHKvrm1WV0lvcbiyyS2d5j8VV0vQ8Zjbd9zpOs1Q3PkMiR"
    "wR4pVht6hYbbMWOr+kOvCPVLExH/hAof71cpog7cowr36j1OWhJ38gDp5Sbw7h5ppJeb9H"
    "KLxv3AOlquMkZI0UBnrO37usF3swzniHx8Q4IGwrsTX7cKB+uHOE9vyAIST11R2jofIZKG"
    "+arIy8PZQ3NAHs7KcymBJoE8l6rRuVS2maYKpM0yzyRRjagK2aDmn5iUsqSVsgoFuZFS1q"
    "BI0qQ8K9As0mSrYYR/xmTgI4yEBfV84CxzruHY5AXgGI6nfyWsMbm0CRJpsZEWm/pI7gZb"
    "bCJTtKhJISoRmmdU2H5RNmlROHA4ioyVOGishEMdN6dCdc9wpykFNW4fDqlFljWtu97N5d"
    "XNT2dkxgwVePBgDD5fXPR6l73LM2K7isIYjKYH42P36hovjammMzV5hFZEPm2/yvJKNSux"
    "CMSIGldv+aTzoQjKnQ9rSqN+SBXnTKvPJQDPpha4Jm0Lz3aDt/7OJubCIJF8jUTDsCH4DK"
    "I5xGIz03KgjbcDPfw5iyxmmMa8JlpvgMlatVfavA+tFkibt7R5CzQJpM1bcJv3IcyzYVr2"
    "lH02mrA9z0BrR9vIRG8NXdGkQVUaVONldS1Ly5L4+Vu7CInIRg5hnOBQkj5hKIDhTkfloM"
    "4glZAXgFzul+R+SYyBLvdLQkwCuV+q7X5pi+XiXkIoK5tvq7pXb96wEl+733lnZ1pPDrvn"
    "duDF8623vkw0ZUK8nFrmmCz4TyTHsDVqKUwnnrpunxFqeKXkyZRiri06Z0QziI3ptqjut7"
    "bTcXK7eYQ0EwisS7SlmUCaCWKrikzpvP0sgwcJIRIUVBlD9CKWlYz8NGU5kCCUk0BaCcS3"
    "EkTP1jbCtoGVl5PgJia4gCFFdUVWyJiiuLUhd+8cGiOe3TyzuTzEbrgaIXencnda1Gc/R4"
    "ushZ9+xfPU7ccERV+rBMoJssb53Z8Wyuhyuiajy2k6o4turgrpFgU6StM4lE8KoXyyBuWT"
    "NMqmoriWVWmlSJA2cKmoydIgXecF1tGkqUeaegSeCtLUIwC4hUw9hzBKeHm8WylrhH+9nW"
    "+GsFYtdpjlJD+jibRLSLtEvYRFg+0SMpXGAetdott8BQZk0MpUGlUzmlC7nB1jRdE4K8ZO"
    "bEUgqhxTecpY2U1TZ9TIQzmkSlabALJd4Rxe2a/B4vz29jq2XJxfJQbuzedP573+0QkHHh"
    "ppTp5YqV1qmFaYy6XkIG9l54NJ542RGWL2nafEdC2/fC7xosKwDEU0eQk5Ml1n6Jc0Msyi"
    "JY13naJEppPxuaZVmibb5wjsTc3yIVpRKpnEXDog1pUDMkBR2qMFmgQyQFHwAMXUyrkxpp"
    "/tQpAKtl4WRTSqJ8QQhRcgN5+vr/cU89nMkpy7PvrIDmSMY7n+CKR4EKN0w6zlet6Wxx3y"
    "uEMGCe44SFAeIR1me+ga/CAIJFGFUZ1NLOwxUssccwOiF+Mf5JJvwzXTZvAvdciEqsQwHa"
    "KzsWdsBDWDTUwX7h9ZoNpRm6lFDY0yjLYpk0RasQ7NAV/XLot/jExOAGnHEt+OtXKs2wjZ"
    "lQdfzQZ4UWBjU1sGzzY7eNYbzX0GSNoZwbPx2+1nTTZWpOWzqae6ZOQu8fTZfrLJ2LRQLd"
    "QsMsWNCcGPI0cP7tu3HQb/vnnNXp0RGETjMYF3sMw56I2oRuKb+Bqn/YqYeLL9F1McstCc"
    "CaHE8wdK56Ta47MfjAfj1mDEnDE8weUAkRk8m5uMz8hXvDEM7MdfycQEtnEVmV/7ziaaik"
    "mzdMYvBj1ottcjxQNh+8FgUwCWYUu4qPH71LAXzIJr8Gr4TiqMR4Mcoe3UJgbm1IJPMMa6"
    "Bu+sGYEGD92T1WB+dUy+8GcDMg+G/9A2qvITgJIw4Cw+CiSxig+a8+8iNnMcHX77yPo5vS"
    "h8CkCo6wRfC/6Bv44oIAs4wmcquOtk1oOBkNrMw2CmKU/u7FXBlF9xJ2ffYQba/BlxnlGh"
    "C+rIsozS8le3labBlr+cU5pfBrc3+fvvLF84FYXZf4mu2eK4krT+/A++7pXaJoE55+9/4d"
    "LjSch/EJTdyzOCEnnpyVU0kxSzhqwZBIhejP+BM8/Rp+7vST+fi+vb8yRjsYPzWvrk7nIW"
    "7t4rt4Z+oqgWtEpOi9u73s0ZVyhAQ/r4sddHP1BzjP556oPR/dK9ur+6+WnY791/7kNDuq"
    "Cag471FnNcC2i8G8PBz1d3d0jqXR/6plPoAS53uXMpqG2M6v61/u1v/jVU5VTs55fexb3X"
    "AypweA0l3mW/+wWeG6pODwZMkgG2U3TTFsVZNaY+ltNcUqRb8cd7MUpM5JCFa9plhOKKQt"
    "xAhdZisvT3PcHEgJ1FlVG/o9iFucYWlVTFBKmsXShyAoYnLctsV2wtDGj3OMl8U4iJenrJ"
    "+dbvffx8czm8vbn+44xE+gmXui7c9RqFqx3lZpfAJll2YnaKOIV38p3COymn8KZn+gGh6I"
    "dLeBYkmy7R/AEKhlFRI3hdND3N2vw06QQ1niJVJYQxTSqwo36Lr1AYIYFvTTSAGrbJXqZ5"
    "n1PeuTRFm5NpORNyRBWFzeC9z3yTGk6fcqfPe1YwGIaBZIa85G+RozQb7ZKrzasfAFSv8v"
    "HI1XRQ3O1jfN6PZefbE1vyugHIKW1KH33DoG+/dRyqTEAvOeL26ilTNfqqjQFNU1iFyP+I"
    "uYf2TZAllZYVVW30lRa3RiO7YFLOiL+BI7DSE8s1gK2uQ47GzPimUdM3GhOq8MLYoGkWnJ"
    "FN0nW8jWqpjURIIfCaGU5YENPeC+OMpv62AmXEEZZGrxRpuJO9RWAwqDBNE6S1masvcm/h"
    "K9EVilimKcWdfxVtm9uPGPVBC6pSVsA7SioBLwp44E1axVKS0YGUaWLLNIVp84rcjpHWhs"
    "+enhmYKr1v4Grno2mqNmiWhsO9Ol6eQunO1IrH6XFKeZwuMNtTNRy5rl36OChKJX16pVN7"
    "bTkgUzO8xIgCwVTKQ6Hvn2yOlhVYkKSVfJCBHcIHdsgEJdtPUMJVwY0xLZigpK6QRvXlGK"
    "R90N/7Vxf3yQCkULzuC1nBRHHxEKTkQpSTAOaQ8V21xTYvvKtcXh080Nsor0537DBrQHVm"
    "D6CrBomJHebWSWCWitdKY5oXsEWx5dDGpkM7aPtsyBbGMfGTXDy9Mwjv5HveCVEoEtDY4b"
    "yh+jY5mzGiOWdkMTGJysOZqNPmoUpt3moxWR6TLvrQqN+jw1M6YGuvT5ZpgwTWsttEBg+9"
    "HGtnoSoJSllvwxWFyCEpLR4i1A5CIvw/hoHzWvBbZQqGF8HvIKShHfprt8PQh3YiPKIdHp"
    "S0IxlbwliH9gYxDtt3KjVMp1S256B9406Id+Ps0uQ8zi0/uG605PqBClIQZ0vS7Uxo7095"
    "onBoDvhR9xVMqlE6eaog7ani21MjSTy2YEmJJA+p2UAvblGJzvEXmfx5u4tsUeA3yhC9Qy"
    "ONwjOZtNLWGf9Ge41ZJtJkh+UfzYXhjR4eHydLQAqz5LWlcUMaN2oc/Vph6cgoCda//Sdm"
    "hhhb5v/D3BDd37pX193z694ZoXOq8RdcZWjgtIHdgtNf9s7vz2ARGjkYODvo9X/rYbgsLJ"
    "hzoIM1+eczNBpPHoxB97o3OCPcjgx3bj99uhoMrm5vhr3f4bUGQKaY06lm2/CuQ/YN3tCG"
    "Hj72esOrG2gN98eMDTUDWsH1u8+4xx5gjzMXha3tpag5vP1kRHWaGT24Jgg0QiNs4mEhJb"
    "jct4vDAa7olPcEjFAJbNoSEHu5ZT+MC1SgzzdnS7l9B6jIpM7x1ini98AMeJ3NKgpdM/WR"
    "gfrmWEtx9DCR3R48wO4tatj+yV1qb51u0s7fZeu8McYSxloXyVjrKUUqGjTQFcEfDcfk6x"
    "NbfiVT+sRsgjsADHPXVDadmQ60OcP0qQSatPkfkQdnpqbdyUOeNQoApTQFiLOUtqUpQJoC"
    "4qYAluE4mn8I7jcXefNf8RT85F2hjEnv1iRMepc6Bc83tOTAWwPjSlUvg04RJ4NOvo9BJw"
    "nulE3NMuAG7aUDRxEHDmlnOLid4TARh4JtxaSdQYw50JBQK8FG98aRVtLQUA9DgwdYjokh"
    "RPMZ4wIL2+2yfPGfUY8BTZVVTeSGvW7TvMEb9sbW3kWgNEebM/K/BAaoWjgr/GGy83siso"
    "KHe5ROZH4IKQ3l/lQcDkQOA0ozIU0rp4LcrIq/WU0c720Eb+bxYs0GfFGg0/O9QHKLyDZk"
    "I6AjPtINhTeuVZQ2EOxu83sRujq2UnvfyL12/tZXibd69jyd68GEkpnuPmoGeYSBh3UayJ"
    "RNR8zi1UOp4RcPPVp13ib2DDcNbTIyDdfG+NURjBPy4HZed969Sh+p7+g5WNn1PqgDOzXn"
    "zMbCq87EMt3HCcGSE1iKDa7ygrBhHdTQ0xXLFMzocsoMp/1geN6ueA3eYAZDAtOiBwVUo/"
    "kOFjDAzUV75Qvr3cVnH42WD8bXeNDF11f44nNm2Vi+ySAzy5yZFu/dMYPytYFvgWYHJWBn"
    "WIk1kLnENnm29plOl9DLxDSf/AKyPpbOQlNYdTeDdN1WPrDCL+QFW7GMa7TZCOTDWFM0ai"
    "2l3UPaPeq2XjTY7mGbrpXlbZ5/3ruiEPk4ndex8BcRB4sLcelXuSre9tO9Sx+GHfow6LDg"
    "ZZRmGUyprucuJyFRY2IoTjvv34VrCP5Yt2oMPnWvr9PmiBG1ywaj2HuORKkoHTz7rVdWDH"
    "XFBeUVb3QNE9KbIltJ8XWHo6ycbn24k82WKE2DHBg6J2/ev/lw+u5NCHh4ZR3OGZbnph4A"
    "CKmGxlJt8v1OleKHGbSNkd17ZkO4kasSvBoS79EH0N+Yt0oK/qohrP3eb73+wCs87g26Km"
    "rk9kuKx/bdKfY9U/4sQVubGjJlDX2ib9QCTKRL+cFcymXxnXz062n9yJhU6eI7K7tk+RI8"
    "KVqpBVZWPzAFUWkORIgatKORDh/tl2CIP3hAwssVPNLJ4wVEJIg2vLcYkpBcOLeD6bXfU7"
    "0WzaKwRnSFAqhGz6s3BbfplXVSarBAfjJf/FxjVG+l/GQi99r5fjKLeKvdBogkPStcW3pL"
    "SG+JukmOmtoLXnaUiEOfmIE28KnnxBY6rPkZbtqYPpFohqK7amHb90G2U/CepRjktxeZO0"
    "LKxkjJD1ZuSvjtRUa8NaOaSkzXOQvcBB7cTuekQ/zRIiorpqBcmJWT0K6oRT42aJ13b349"
    "A8FkPD0YX3oXP3fvz8iCgebkPBjd66u77h/ANV2b0aUgZ3S+Gzn/ncma9UFtAZ3ITKl6ll"
    "Mox8rJmhwrJ1lFcnzcXPQZr4R4SNlAzLfvy4hTsfTojhE1LnnQTga2vyesKN1X1HtE26+4"
    "wdSSsLf6vf/7GdR1z+PC7wPE+91d//Y3vBgUUEPXjF96F35Dr5TagwFrgOflQZfcyeOue3"
    "WJvzS497F7dY2tx6DiiuLGAVsmu1xdvBVF4+bOThJvwUgAdW5oMSzQl5lgPR/rLNrGoX7S"
    "+VBkVHc+5A9rvJfy7vPKQ5e3kyRIpXOSOH4UacMIStYKPI6QSf6KzV8uAR8B/AUt5YeWph"
    "RXcnpBQ6BWaBhe6ukOGKsJH0COvB1m299ZvvoHWRXSmlBDED3CR3uNN+9aLh3CkXcTHn1n"
    "E53aDlmYlkowShbv8U+pwo7txyH5sCq6xrLMxr8Mbm/W8mNFmBSPmuKQ/xJdK1Sub0+V5b"
    "BgO2eBF6z9HQ+nIQZjqo3xy4D9WLOmXjHjGcyoLwwGpAPNZlR5oo9YnWdslis8l8UpRDUm"
    "VwMOHX3q/p5k3sX17XlSYGIH5zkTC9hRaZ1LUtdmuQOuMn9iBYKRT7mgtHVkzpFIOcqXtT"
    "x6A76CC12ETGRzuOAHENKH8dAcCDdro/KO1Gla6c0r3RmFd2f0hPfGyDbcPSy2xBXwvIsI"
    "g31BK5jgKIpsWmwKVFg5kBd3PANHK+V8l7jfznfAC+flbNV0h+WW/afI4krCLG9tIr3wpB"
    "debC8eSoLC5q2QQp7nFzjPZwZ+eJZkM02dUSMb5AhVAuURkO0K5vDKfi3457e317Hpcn6V"
    "kF43nz+d9/pHJxx3aKQ5OXsnbhd7LGMdXFFsZBasZq/9YewaPOMoGbma7miGfYyP/bGsHX"
    "dOdY1HTqMFfZWt6zvbMxQ+kqmpevmYxLMGymjxpq07GWa+VLS4NDNJ84ZofNiqeeMQO8Wr"
    "oCiusuwzuBLfXuU0aefvF7VV46G1ar3DLaPrmxnMGY4bP6OyrNArlBBpy03kC1rMi2wiY7"
    "O16D4yRiS3kkXS3MqsVTt1r+QH7sMJtSdlYE7SNRDv7Q9lkD3wvh5IpbCOkVWCWrAjij0h"
    "Xf4gOUImz5ClN0VdOYA7itLoR4ikK5G0MIhpYUiO8o1xbbj7RGRSi2Oy6bqq5uRUXo7ca+"
    "cbaSi2KlF3ufVlYhJVU8mCu+CjS2obXYoXE02ZEHOEYX/tVe2mOdVBvSUjNsZyT9RQvbJL"
    "x+SLpTkOM4jmebTafvRprALV7h71YETqtRFq8xs4Zx7hi20Tf0Ifmo0Vrjg2hH2DxvqS15"
    "ZiFJ7vtfYqmkwAXRj1al4tp7XphRxqQctQK/V/YlnqZO0mv4ieTEQkrVc1E7INtl7l1cpc"
    "l9qgDnYrHt0zdR1uZGsTdvx4TBZUh2Wvq/7lFg0t2PX+NCE8i7IgQSZujJUwhoDVslQe5s"
    "xlRoKckb2D6y5phPP9T1YUNQhL24a3z06cSLiiWAb2kECiXh31wPRdTqbEqRonVLYf+Qrq"
    "hlnehhWlkgZcacCtEwekFfEgVkQuMvZlRhRMvBQFNSpWBQoS+snLCdL1ku61UrbExP12vj"
    "3Rzy4ypJGmz9oUbw3MVOANN8xV4NFiVXfTWEW7n5GZO9I1hZdoB2bY5EhT7Tb8tDSqEy9T"
    "IPxOpKXwiFLGxT0888F4YstXgd0RRBS1kFKxmAP9eOkZwheYWdoca58Ciddd9+5qfkp4Dz"
    "ajOlM9UyfFSwQeo83hEqYJfjA+9m5+v+rewii+6MNA/rX3ByZJfX3yJujIrzsPD3Ytg1s7"
    "p234Tn3pG1OpxfALi9WiDxLISKc6YVa8tjRLSrNkbDGukB/qIImh9uYbs/2NVZ1iswKxV9"
    "vQLB2Wu5JIByRih8C1OM1ZUoOwqaGOzG/EtIjDvCQ/gT4lCksClaiM4SxKU+OIuUx1j0Q/"
    "Tjxzm6dEppl1z77l6GErCnHNbJwVvk7dJsxQrCXPhcXP/124aTiawmMbjz4yy2DO5lnN7n"
    "u/36/nTqgJXN/e/BQ0T7JMxjE2W0uTcYyi7pakfbDRcYxdZmnKpJV2iPOut9c4w61a7LK8"
    "XClDyUuxknRO3rx/8+H03ZtwuodX1s3y5+0fc2bZJT10IiQN3Al33r4tsBWGVrl7YX4vcc"
    "oIU6oEwn7zBqK7k3Ij8ESnZN7iCMn+N1o191JIKQj7XMb+/v8HpOLR"
)
