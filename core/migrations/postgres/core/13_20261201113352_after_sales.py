"""After-sales cases: kinds (refund only, return and refund), description, appeal, the return parcel, receipt, the deadline of the step waiting; each step an append-only after_sales_step; the merchant's reasons and deadlines."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "after_sales_step" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(24) NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "request_id" BIGINT NOT NULL REFERENCES "refund_request" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_after_sales_merchan_b675d0" ON "after_sales_step" ("merchant_id");
COMMENT ON COLUMN "after_sales_step"."action" IS 'asked, approved, rejected, appealed, return_shipped, received, refunded, withdrawn, closed';
COMMENT ON COLUMN "after_sales_step"."actor_id" IS 'empty: by the deadline (fenxiao settle)';
COMMENT ON TABLE "after_sales_step" IS 'One step of an after-sales case, as the buyer and staff see it: who did what, when, and why. Append-only.';
        ALTER TABLE "merchant" ADD "after_sales_reasons" JSONB NOT NULL DEFAULT '["质量问题", "发错货", "少件/漏发", "与描述不符", "不想要了", "其他"]';
        ALTER TABLE "merchant" ADD "after_sales_return_days" INT NOT NULL DEFAULT 7;
        ALTER TABLE "merchant" ADD "after_sales_answer_days" INT NOT NULL DEFAULT 2;
        ALTER TABLE "refund_request" ADD "description" VARCHAR(1000) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "return_carrier" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "received_at" TIMESTAMPTZ;
        ALTER TABLE "refund_request" ADD "kind" VARCHAR(24) NOT NULL DEFAULT 'refund_only';
        ALTER TABLE "refund_request" ADD "return_tracking" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "return_shipped_at" TIMESTAMPTZ;
        ALTER TABLE "refund_request" ADD "appealed_at" TIMESTAMPTZ;
        ALTER TABLE "refund_request" ADD "appeal" VARCHAR(300) NOT NULL DEFAULT '';
        ALTER TABLE "refund_request" ADD "due_at" TIMESTAMPTZ;
        COMMENT ON COLUMN "refund_request"."status" IS 'OPEN: open\nAWAITING_RETURN: awaiting_return\nRETURN_SHIPPED: return_shipped\nAPPEALED: appealed\nAPPROVED: approved\nREJECTED: rejected\nWITHDRAWN: withdrawn\nCLOSED: closed';
        COMMENT ON COLUMN merchant."after_sales_reasons" IS 'the reasons a buyer chooses from when asking for a refund';
COMMENT ON COLUMN merchant."after_sales_return_days" IS 'a return not sent back this long after approval is closed';
COMMENT ON COLUMN merchant."after_sales_answer_days" IS 'a refund-only request unanswered this long is approved';
COMMENT ON COLUMN refund_request."description" IS 'what the buyer says happened';
COMMENT ON COLUMN refund_request."received_at" IS 'when staff received the goods sent back';
COMMENT ON COLUMN refund_request."kind" IS 'REFUND_ONLY: refund_only\nRETURN_AND_REFUND: return_and_refund';
COMMENT ON COLUMN refund_request."appeal" IS 'the buyer''s appeal of a rejection (once)';
COMMENT ON COLUMN refund_request."due_at" IS 'when the step waiting now runs out (fenxiao settle acts on it)';
        CREATE INDEX IF NOT EXISTS "idx_refund_requ_status_d08579" ON "refund_request" ("status", "due_at");
        CREATE TRIGGER "after_sales_step_append_only" BEFORE UPDATE OR DELETE ON "after_sales_step" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
        CREATE TRIGGER "after_sales_step_no_truncate" BEFORE TRUNCATE ON "after_sales_step" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();"""


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
        ALTER TABLE "refund_request" DROP COLUMN "due_at";
        COMMENT ON COLUMN "refund_request"."status" IS 'OPEN: open\nAPPROVED: approved\nREJECTED: rejected\nWITHDRAWN: withdrawn';
        DROP TABLE IF EXISTS "after_sales_step";"""


MODELS_STATE = (
    "eJztXetz4zaS/1dQ+hJPneIay/M6795WybYmceKxfJImk2y8pYFIyGJMkQxBSqPbzf9+aP"
    "AhPmWSeoE0vsxYJBokfw00Go1+/LulmDY5/UyJ3bpA/24ZeE7YH5GrbdTClhVcg58Onui8"
    "kRvcn1DHxorDrk2xTgm7pBKq2JrlaKYBLbvoUTcnWEeaSgxHc1Z/Q86MIMqehixiU9NACj"
    "bQhOim8YgcE82xsUJzYiszbDj0FJ6imgp7jGY87qpD19D+dMnYMR8Jo4Xv//1f7LJmqOQb"
    "ocFP62k81YiuxuDRVOiAXx87K4tfu9QebwznI28LrzsZK6buzo11e2vlzEwjJNAMB64+Eo"
    "PY2CHwBMd2AT3D1XUf5ABQ72XXTby3jNCoZIpdHXgA1N4LrK+1xuO7/mg87I3G41aKPwFF"
    "BGH/kmIawFv2qpQD8Aiv8P1/dzrn5+87r8/ffXj75v37tx9ef2Bt+fumb73/y3uZNVpeVx"
    "yzmx9u7kbwQiYbQN6oggt/cRrsYI+KM2ONPpljTU8z4GqG7Wz4Q4IEB9inJTkQ4B1hgQ+w"
    "IByY429jnRiPzoz97Lx9swHdX7qDqx+7gxPW6lUc4zv/Vse7B3Cv4bUYRKQMvCFB0+A97x"
    "RA97yTCy7cSmCLKV2atjqeYTorhXGSsBLWKWkSXFijvZbgRxjNbwuN5rcbRvPbJOKqRi0d"
    "r8b8dwnAk3SHw7vVOgjaZ69fF0CbtcpFm9+Lo63RMVMEtEUG1JemqRNs5CyQUboE1BNGuC"
    "+sA9myB7Q3LXv9/i30PKf0T91bBxOL4N3nT5c9hj7HnjXSnNjauAbcMZ+IMV4wlQdeLwV6"
    "rkaSonteOdkV5q/3q5x0zt68f/Ph/N2bUCcJr2xSRdLQKjaBLx9jJ43rNbvjaHOSDW6cMo"
    "Gs6pOeBn/UUW6zD1T7hr7yp9AGXEc3n3rDUffTfWzAX3dHPbjT4VdXiasn7xIyJ+wEfbkZ"
    "/YjgJ/pn/67H4TWp82jzJ67bjf7ZgnfCrmOODXM5xmpEkwiuBqj9BXr+9Cmia8KFCVaelp"
    "ituLE76+ExJ/MJmz4zzaIZws4n/vjzgOjYyZ5jfJP1KeymhuPgr2DkB1fX42ENFNNa2Adu"
    "g1EfemgqPNRkmBwOo6S6XQeIsKKYLhBsgU/X66OhCCnmfK5RWMu3Aukq7Kaps22pOTPVxk"
    "v2YtsA9SXspqlAUVPRsD7GlqVrCseiKmCTzqSjjL3+Tof8v+6614bjN2HvyPoakwWpLsAy"
    "ELz0+u1Btw2HUDWXhq4ZZIfoeUpXQ9cCHzZfPz0CaHUebB5qYzgmeNz9iLvi3TYcQor1XS"
    "I3ZN01HDEH06exTQCdHQI3Yr0OeKdNhQ+zj3J2pKKMeWenXfj3BagnHnRbTtUoZk2ephGw"
    "LGJaepZ1uyJk1DutfhHIwYeOzakErxR4DrYfyTZbhyhqI95ZwwEjtq05pq3tSrSN/A5XTc"
    "WNWx9hl6ropquOqWMqT1tAF3Tn2STZH1fQ7TDotdEI7mCzmsZvQCjR9cZuWEPwbP87jwVe"
    "vYfe1nvWfOyavW8NEaQz0xpbtqbsFsUh6/Yeem0+gCDjx3NzQebbmTszQISuP/k9NxXIOT"
    "aY3sFXYLvyGOTEY0tTnlzrdOj4XrtCrBstmyhEWxDqeevCuyEldua0K8MKx0BhoutpmxP6"
    "NJRX0GVThx91wfBBbLZJm1ZfhYNeTq81eKmJy3DrQ4dNhc1ywa2cku1O8UPY7v3uGu314A"
    "sCdRyCB/N0m1Ujhd/Q71AY6bdbBJnMdPlSwT5rJ7gNg56aCpix0MArL/jg7QHz/xAGrxas"
    "qhMbG+p3lK2ueDpFy5mJ/A9HmoNOyNxyVhfwJzebE/XVDlddtvc9Er4HkoEcYO+IEJClBC"
    "0x2x85KK7X+O/NmDA3DbLaIcI2WWhk2ehBvCeVBqt/uNTZjaD0/+iGXYozQnes2dimxUb5"
    "erhtaWRIQdhsw0Jqth4NvlpP3W1OKVOQ3WpG4wH7w5zsDK8hqBFNmqDg2292zDxv//SteW"
    "eevOKZafxn/9UOXfm98OJWKpI6vNPOj6aeR9s8G1E9YnqGQwzW/hTdOEzbI47D4KAIc5MK"
    "RKKwiybTR7ADSsmK3wAuq4jph2iBdQ0CUNR0bPVuu5ZR1jWNsqa6+5jGPz9gMmi/m0BJga"
    "KA3xWJsX6XH2L9LhVhXTYW9fAxqAcDt1MoCrWzIQq1k45CVVzbJoayKoNxlOaAsb5Xd7+1"
    "DgL0eZFQ9vxI9lQgO5vtmkErRJ5mUMrY02Ts6TpMZTzXMtD9BHaFbHzTpIeD9+z1ngE+yJ"
    "qYyYYpIeNJ1kHSgGH4LCci1HKwJ1EGy78Fx8cMpVJDPUnYGGgPPMxdw8IaI9XmxHQdEBuu"
    "k7XjzpXp+R0cjiXndRnuPPxcMeeWThwyVvGqDNLZxIeU8HVBeeoEpqPSGGeQHg7h9zUE2C"
    "aYZkZf/DTs3z0PcoQ8mSxDUxz0H6RrdG94t/4+dQ0F0ERTYnzTsHnKbTZzUyU6PQ0SzJ3+"
    "XcfziYr/8Y+S+jo/M/K/EGE0cVfERsrMNCmhaGqbc7ScEQNh+sS4h6amzRrZhL2TWurcKI"
    "tpgD50EqbdCBT6k0/dX5O6/tVt/5JzIJJPAzq43MB3bNAl+7HF/Er0cLhp1inJxYAp35uG"
    "vmJ/sydRB7mG9wFERc5Mo4inG2T/Y8uyzQUpyML9Tk3HtY1tWJToQVhJyFkEr4oM00GUTV"
    "sEVt0IY/hX+byB3JEUKTocbx2HSzK/UD7ULza/0D5PJ8JEQxnnE9EkRPknFLFWBbK+QoZY"
    "pBmULaJsVQtOOE7RwGSChR8b2OaSInOKvDeA61nJXiv3k3H68HvspIXnsP2XPJEQZ1uafy"
    "IhBeZLEZgypWRZVX+HKSUD8TguK+0ShPtSFJsq+CL2OLYolUY/QnQ4Fb0R0KfUs/RcSLPi"
    "I9OOtEfjZ982fcPeHRtKlrBJeYDUawrkOdKwyzZehkpScvYzAFQCRkq4d9UdXnWve63UKN"
    "8a16BGQc0Gd1FQI5M6G9D8nUTEDdGs7j8X2R6AUt0gqPfqCBbilbPVCrDcvNUa20GzZ/da"
    "fQP2QDqBPZBpBE7qsFe7QOCWb7e9gIA2UlzqmHO44JkagQgj71QeqUTR2XYqo+LGPh6Qsz"
    "uL7jI5AnJ/Jsxa2Zb7M7k/izu5m1n5kPIdrYL2DXRm2329kLUwrLAbS5DKXUHlDZncEst9"
    "mWh82Nu+LK6AbYluA4sbpAFOCNqyO7X9bUQGZGE+EXUExV5aqa1I7O6GzYjttRs7YcPnw1"
    "OgKUWUjRWiItN10IRMIdsHjxch3yyN/X3Cfmg2+vqHo3199TdkuTb7BDRZoa++IwYPPdHJ"
    "V7bhUIhPlRWwsueHyRAWgReJTRsSxusymqnfXAawJNTSdACLNztohZ1enLKBO72a7OwCTM"
    "T0Vbi3TdVVMgIpgxsbVisr0uS5dSqfq886DtAnV9ql6rEMSLtUPoOaa5eCCVpi8febN9Aq"
    "tfvl39Gccja/kKCB8O4lgjX6ZimcR+RbzrqRIGtAzdpNAqn36ygmi1Le7aE8uu3f/RA0T7"
    "q8J+JagzythYPQQgqR7atMzjtY01H4smKt3RHjk2ZAGmisk3F5VmQRV+LKgdK16eYSggj4"
    "u/KoDy/bMprjFYI/kad3CMsrJgar8yqDWGRezbTHWZ2ZBXki3QwvEFi0e4Y7T9lz49pRSH"
    "3ANWXtvlmGUdeD7sfRBVJtPHUejO7V6OaX3gXy+mK/2QrBLlyzK2wvpxUP0YnXTn9XYMk/"
    "Syq/kcrp75ILvmupFfcocUq5RxFlj5JhYUnn+5bnivJcUTA+7PRcsYh7olc0QCcLsl1NXl"
    "4h4Ba6qaGQy/VSTGS130F5hTVYTS+nwPOxj7cpx7MurV4wb2QtcfLLUNruTgt3+rb6gdss"
    "t+Gc+p07LtwpzMZnDzNSVhrbBYJ8wdxDtSK+gr6QckWy3pOs93RMIMPiJ9voKKnCJ01TVU"
    "r5GSTSYWfkAA1A7RtkZLJ/ymTDjvgfNGR1LuWX8QXbZGa6FD4o4ZmxvtXO981Yxhrt0TtD"
    "MVUZNiSQyaWNpHvGyzF9FnHP4DM0xe8N+Zn99g30INh92JBMML4+qinknnG2wT3jLO2eYZ"
    "NH9lLjsmM4QVYJbcH0igTYRUbyWf5IPkuNZLY7M23NyVDj8hOMR0gakxF4Z1nnZDqdA6fT"
    "8UDRS8IdoRIa7BY2Vohv3rkjhIOfeF1f5clLbQolB/ljLhDPm+lVSPVr501dfarpsL9HAB"
    "ZlrctVI9wz5+TprDydFY0P8nRWKOuJPJ2t1emsYMpzORuxrC6+EbOqVmLHN1JWNxJDD2NL"
    "U55cC2au3dSRGIyh3ZrUhQGrpTkUAQJMkeBKqafHnsyxSrwc/UybjeR237ZydinLe2T5TJ"
    "ne40trnu09spAXsr63eLdBui8/qhJpBv8ZGvJPEV5gjTMK/Q+7NZ5BCcjvuXu0vciK1t9N"
    "tw/Gg+FVv1W9ncVkBbxTNXh7rKPP92DkpNAxxwjI4Jz3lMPQRgbDwYayDOr3DmPt90ubbQ"
    "Pyk5JFgkrXZxjyfEGYTUNbni/I84W4dunJjBJ2wwiFNBsmbSGB4C2BZ5REAiqNS2KsE9Gj"
    "Bb6ml2ZAnE7kqE/BGRBqUqVZkKSUTJAmVjFNrBkCZ2toizuhiTbEi0IbF7HPIxvzK9sK25"
    "gbW0PRTUrPGL4DpngPbq5Gx0lYGDd8Z1s6onbxzcaOebTl8+WqLIsE9f3+MF3bwPoFpBBE"
    "1J2DvQL+ZDg5mBeawr55iBtUEPnTZZ0iz4IEq1RGBvU99C8zEwq8yralTULaJBKbaKgCm+"
    "Z4sRwMa2qR3fTYAnLVu7kfXSCbKIRdfjC61z99Ho4+9e7YRaz+4VIHhPKDwZaa3gCSM/iW"
    "Arhy2+sO+RWdfS27Mvzx5v4CQXJduDv6PLi78Kt8PhijQfdu+LE3APCxQafeWcLxczn4hq"
    "QxF+blDVBrOmk1yTNDlcY2TSjBTYJrmE45r2G/fQPSjB0gpRvTPc3yVd2iVAKnRxJS/ZLG"
    "VnE44Dn7lIU/SiVHvzR015QB0tAtDd0CrgTS0H10aKWhWwBDd0pP2Rrcos61gqknRXGNqm"
    "UFMOV7mK0xLVjpt6aQRvd5MUjZC6C7z7e3xzmP8QZy6hwmHN955y/hNNpnkgfDhcJbKTfM"
    "RJ0OL3MtaxO/PnFXAa08H5HnI/VZ/Bp8PuJP6BTHN5ggQwqRz0QqmiF3nxeihknA4cwcUo"
    "1ZeBUc5Zc5jbrv3V3f3P0wvu/+5h1AJfp7MO67N9fsMtZU77TpHpKDw4GTRVQ4c+pe/zb+"
    "2B+M72+ufv58f8FjBlbjKVutvZCfB+Oq/+n+tjcCOsWcW7ByM8qr7t1V7/aWXwU4dd3r7+"
    "Pnu2u4aJOpyz68Uv7xTjH79AbzdHJkKK5tE0PJyLOwISVLhKaJ06/I7MuffKm5504c08lK"
    "BLChSkKUSGTbT8v3YWGPCUokPLivX6vv0Z8uU7j8bBxiaR+RajsaVUzXcMblGZQmFfZcMe"
    "BR8MoUnbD1W4OcHshbRwtGtB2pgAWIZJDcFWZRilRYJgmpp6+ZMCWkAv4xKmGhh9ekyNLd"
    "R82giGmtRI3MkLXjChV6mpTnTj0WmOUMO9xFkm/cmb62okxN85dHtth0OmediGj7LxRMev"
    "YnMFZkngWqYIWplSYVdn4JLtp4AfeyifNiRA3UgfeSPY+DZjGoykMdUjUQ6z1s9wGyirkK"
    "s2gbCPruMxZy4Jj2YBOaY2nZAHiEroFgnxeSJucbpMl5njQxKVv+qg3yBG3jvBl37+AsHU"
    "V9aN8WGtBvNwzot1nJZafEtiuM5hRh8xLM7r6WtZe9qexpX5RKOiZW3/fINMqHUUq8VKs8"
    "1+p4ThheGeM9H/Bs6gNKc5Xo2oLYq8NI9d0r4tZsRTWldBLgKJnQWYDLusNkiozdJe6Fwz"
    "mvtnRJwOOEB4Q8vFJbzLHD3mLiBln/4qD/NOzf5cS3xMmS/hqa4qD/IF2jezNitf4+dQ0F"
    "no8mrqY7mkFP4bH/2Jes2cAOgCnGjkCmnHzq/poUN1e3/UsOWcQHAzq4TMoerFXxo4mQ7c"
    "CJRrDltiY+MwEmG51mfFeFCiyOU0oui8zl0LGkiktcglZyWmhOB85CVTidoJWcFpnT5Jul"
    "se4q8DlOWRsus/5BrQiqgGCbrF3jEJ46xEbOTCt4VNukkcBvBmK6wnjIoq/PqPD1kGBYBN"
    "/xokeEa6kVHeDjlNIBXmC2pzLsc9+W0sboKJXIPjyCW6Nlkohjc4CCJlB+/MfI5GmMDJAX"
    "PkDeCz7cFtiCEbGiSfeiqEaXtQJRxp4UOBSogkmMopjGRGXpvK9C1DqrCfKxsXnQImd1me"
    "/xHfDavX5rnLphX01Fyw9e3Aqq+3VAZRMhAqPC9rLJ76SpIHnRA1tBNOBdNBugsU3YK9Pt"
    "xpIH1MDrqal46UR9ZPoFz8eL+an6Vpjd8u5G694aqh8o5nyuUbotXFdhN00dX9RUNKyPqY"
    "EtOjMrT8hJZ9JRxl5np0P+H9cchn6/TYcP65XV0Qzohr6/VBMRw4/g9LglYGPey2kX/m0y"
    "WPwAB+KsqenaCnRXHbKgL0+lZ38MI302G7yd7K2zMXwBe23PNX/BvneqKXgbFSRd2PmXSK"
    "9NHYdBgeatKrOnqjw3zXZRKuVecnB6Qyof2kpFx+/DThsyqcsnKuSDLDtZYTD+NiYs5EOe"
    "t9pp1sJEfkKZclCmHKyXFKypx0WRlIP0yU2ze0PAsNe8gbHZu4+sdDQnKwAnH9yQoIHw7q"
    "WkDGRbG/Nsa2mYN+SMiZNJj6HK/irR3HZx9HPX7ChJk5DfWRGqIIVTqREdJRI2/1ELPFkR"
    "qJjfUURn4P0cVP0M0la1BB7sjU4stsSUp4BFU9PmLAE2XWxIZ5nMOCYy58IcYRXkVSatsF"
    "PsaFIrhAnPSwuvDNrGAHyMHKHVBnoWqbBs4CocZYKKiS6dTL3EiGG1E3Tif0wbMWkGJUUh"
    "uGJBbMSa87rSNimXw3KH84TXda0oijJoRWdRMLnRhLClhQCjVpxlDHECLHFMnqnyOOyQLu"
    "/HllhHqoso6C5CFkZ8WQw4cmFEwU5CZNiHGCvB3sI+DltcTjQRUxTW3OpystbkVrhuqDWZ"
    "HVFznGKTggnlougWrDVZJLjmaLEQNYE+089/K3eVmLN/01xVMvzZt8bKc2ZvMlLHcMmu4/"
    "yTPp8H8hyLuuXlY1zEdayib15dRmd5v7HIIpntPRZfRTf7kOF42+c8yVrd8AwJnRjkEUO1"
    "oVdguJ0Ssq4/9AphvzQR8k+o4PF+lSLssHtY4V69p0lL4l4eIL3cBN7dA430cpNebtG4H7"
    "aOlquMEVI00Blr975u7LtJhnNEPr4hQQPh3YuvW4WD9WOcpzdkAYmnrihtnY8QScN8VeTl"
    "4eyxOSAPZ+W5lECTQJ5L1ehcKttMUwXSZplnkqhGVIVsUPNPTEpZ0kpZhYLcSClrUCRpUp"
    "4VyIo02WkY4e8xGfjIRsISez5wtrnQYGzyAnAExtO/EtaYXNoEibTYSItNfSR3gy02kSla"
    "1KQQlQjNMyrsviibtCgcORxFxkocNVbCwY6bU6G6Z7jzlIIatw+H1CLLmtZ97+765u6HC2"
    "QRQ2U8eDCGn6+uer3r3vUFoq6iEMJG04PxsXtzC5emWNOJmjxCKyKfdl9lea2alVgEYkSN"
    "q7d81vlQBOXOhw2lUT+kinOm1ecSgGdTC1yTtgVnu8Fbf0eRuTRQJF8j0iBsiH0G0hxkE8"
    "u0HdbG24Ee/5xFFjNMY14TrTfAZKPaK23ex1YLpM1b2rwFmgTS5i24zfsY5tkwLXvKPhtN"
    "2J5noKXRNjLRW0NXNGlQlQbVeFld29ayJH7+1i5CIrKRQxgnOJCkTxAKYLjzSTmoM0gl5A"
    "Ugl/sluV8SY6DL/ZIQk0Dul2q7X9phubiXEMpKFruq7tVbNKzE1/533tmZ1pPD7rkdePF8"
    "660vM02ZIS+nljlFS/4TyCFsDdsK0ZGnrtMLhA2vlDyaY8i1hRcEaQaikG4L635rmo6T28"
    "8jpJlAYF2iLc0E0kwQW1VkSufdZxk8SgiRoKDKGKIXsaxk5Kcpy4EEoZwE0kogvpUgera2"
    "FbYNrLycBDcxwQUMKaorskLGFMWtDbl759AY8ezmmSzkIXbD1Qi5O5W706I++zlaZC389C"
    "uep+4+Jij6WiVQTpA1zu/+vFBGl/MNGV3O0xlddHNdSLco0FGaxqF8Vgjlsw0on6VRNhXF"
    "te1KK0WCtIFLRU2WBuk6L7COJk090tQj8FSQph4BwC1k6jmGUcLL491KWSP86+18M4S9br"
    "HHLCf5GU2kXULaJeolLBpsl5CpNI5Y7xLc5iswIINWptKomtEE03J2jDVF46wYe7EVMVHl"
    "mMpTxspumjrBRh7KIVWy2gQj2xfO4ZXDGiwu+/3b2HJxeZMYuHefP132BidnHHjWSHPyxE"
    "rtUsO0wlwuJQd5KzsfTDpvjMwQc+g8JaZr++VzkRcVBmUooslL0InpOmO/pJFhFi1pvO8U"
    "JTKdjM81rdI02T1H2N7ULB+iFaWSScylA2JdOSADFKU9WqBJIAMUBQ9QTK2cW2P6mRaCVL"
    "D1siiiUT0hhih7AXT3+fb2QDGfzSzJue+jj+xAxjiWm49AigcxSjfMWq7nbXncIY87ZJDg"
    "noME5RHScbaHrsEPgpgkqjCqs4mFPUZqmVNuQPRi/INc8m12zaSE/YsdNMMqMkwH6WTqGR"
    "uZmkFmpsvun9hMtcOUqEUNjTKMtimTRFqxjs0BX9cui3+MTE4AaccS3461dqzbCtm1B1/N"
    "BnhRYGNTWwbPNjt41hvNA8KQpBnBs/Hb7WdNNnak5bOpp7po4q7g9Jk+UTQ1bVALNRvNYW"
    "OC4OPQyYP79m2HsH/fvCavLhAbRNMpYu9gmwumN4IaCW/ia5z0FTLhZPsPojhoqTkzhJHn"
    "D5TOSXXAZz8YD0bfIMi0CJzgcoCQxZ7NTcYX6CvcGAf2469oZjK2cRWZX/uOIk2FpFk64R"
    "eDHjTq9YjhQJg+GGTOgCXQkl3U+H1s0CWx2TX2avBOKhuPBjoB2ylFBuTUYp9gTHWNvbNm"
    "BBo86x6tB/OrU/SFP5sh82D4D22DKj9jUCLCOAuPYpJYhQct+HchShxHZ799ZP2cXph9Co"
    "NQ1xG8FvuH/XWCGbIMR/aZCuw6if1gAKSUeBhYmvLkWq8KpvyKOzn7DjOsze8R5xmVdYEd"
    "WZZRWv7qttI02PKXc0rz07B/l7//zvKFU0GY/QfpGhXHlaT1+7/hdW/UNgrMOX/9C5YeT0"
    "L+DYHsXl0gkMgrT66CmaSYNWTDIAD0YvwPnHlOPnV/Tfr5XN32L5OMhQ4ua+mTu89ZuH+v"
    "3Br6iYJa0Co5Lfr3vbsLrlA8GN0v3ZvRzd0P40Fv9HnALuMl1hxwo7eJ49qshXdjPPzx5v"
    "4eHEa962PfUMp6YJe73JWUKWkE6/61Qf8X/xoobir081PvauT1AOoaXAP5dj3ofmHPDRWl"
    "B4NNiSG0U3STiuKaGlMWy+kpKdKdeN+9GJUlcqTC9eoyInBNIW5YQms5W/m7nGBisH1ElV"
    "G/p0iFhUaWlRTDBKmsVChyuoUnLctIV2zlC2gPOMl8w4cJWnnJ+Tboffx8dz3u393+doEi"
    "/YRLXZfd9RqFqx3mRpbAAll2YnaKuIB38l3AOykX8Kbn9WFC0Q+O8OxFFK/A2MEUDKOiRv"
    "C6aDKajdloUuLRt2qUlIxrqtoIxRY3cAFHqEMs5GuJiIkTZLsGRabroJMpMb5p2PTtUAgr"
    "vNYuW84KHjE3SaB62nApbSWkEHhihnPyO+or/FBcAPu6CxRcPoFqy5WCl/aiwAS7kgrTNE"
    "Fam7n6IhUYf6WuUBcvTSnu/KtoLtl9EJoPWlDorgLeUVIJeFHAAwe1KtuxjA6kTBNbpilE"
    "W1Tkdoy0Nnz29MzAHuJ9A1c7H01TpUyzNBx+UPzyFErXUiue0MUp5QmdwGxPlYXjunZpm3"
    "OUSroJSj/Z2nJARnu/RCdlwVTKY6HvH59MVhVYkKSVfJC+4sL7isucB7vPecBVwa0xLZjz"
    "oK6QRvXlGKQDpr8Pbq5GyZiGULweClnBRHHxqIbkQpSTU+KYISO1xTYvYqRcqg440NsqVU"
    "d36hB7iHVCh6yrBomJPabrSGCWCgFJY5oXA4Kh5ZhC0zEN2j4bBQKhEfwkF07vDMQ7+Z53"
    "ghQMBJhGzt8h2sGzyVFCkOZcoOXMRCqPkMBOm0c/tHmr5Wx1irpwUK9+D14V6RiQgz5ZZi"
    "IRWMtuIxmP8HKsnYUSrytlXZrWFCJ7ubd41EE7dIduh76e7dBtup1wrW6H5x/tSG6H0E+6"
    "vYV/9O4d0gzTKZUXNmjfuIPf/fiwNDnja8sPw5ms+LKvMuEGYTtJb7JyWUrkQcGL0B+ie0"
    "Yen1vBUhqlk4cF0kwqvpk0Eu6/AwNJJM1AzQZ6cUNJdI6/yDSxu11kiwK/VS7ZPdpeFJ7z"
    "oJU2uvg32husLZEmeywUZy4Nb/Tw2BpZLE6YJa8tbRbSZlHjyLkKS0dG8aBB/58QQz61zf"
    "/jUeS/dG9uu5e3vQuEF1jjL7iO7ua0gd2C01/3LkcXbBGaOBB0N+wNfulBqB1bMBeMjq3J"
    "P16ALXj2YAy7t73hBeLmYXan/+nTzXB4078b935lrzVkZIo5n2uUsncdk2/sDSnr4WOvN7"
    "65Y63Z/SkhY81grdj1+8+wxx5Cj5YLwpZ6ySyObz+ZYB1nltbZkC82QiNsilIhJbjct4vD"
    "Aa7olHfwi1AJbNoSEHu5ZT+OZ1OgzzdnS7l7v6bIpM5xwinizkAM9jrb1R65JeojYeqbY6"
    "/E0cNE9mbwABvZ2KD+gVxqb51u0s7fZeu8MYQIxloXyW3pKUUqGDTAw8AfDafo6xNZfUVz"
    "/EQogh0ARK9rKplbpsPaXECiRcSatPkfkQdnJrHcy0OeNQowSmkKEGcpbUtTgDQFxE0BJM"
    "MfNP8Q3G8u8ua/4in42btC2VbebUi28i51Cp5vaMmBtwbGlapeBp0iTgadfB+DThLcOZmb"
    "ZcAN2ksHjiIOHNLOcHQ7w3ECCQXbikk7gxhzoCERVIKN7q0DqKShoR6GBg+wHBNDiOYzxg"
    "UStttnodPfox4DmirrH8gNe92meYM37I2t0glAaY62IOh/EBugauGM0sfJ7O2JyAoe7lE6"
    "kfkhpDSU+1NxOBA5DCjNhDStnApysyr+ZjVxvLcVvJnHizUb8EWBTs/3AjkrItuQrYCO+E"
    "g3FN64VlHaQLC/ze9V6OrYSu19I/fa+VtfJd7q2fN0rgcjjCzdfdQM9MgGnkPZ7zmZT4jN"
    "6wxiwy8zeLLuvI2oBZuGNpqYhkshfnXCxgl6cDuvO+9epY/U9/QcqAE5CipGzs0FoVCi0Z"
    "nZpvs4Q1A0HYo2sau8dGRYMTH0dEXYQRZezYnhtB8Mz9sVrrE3sNiQgGznQanFaBqDJRvg"
    "5rK99oX17sKzTyarB+NrPOji6yt48QWxKZR+MZBlm5Zp894dMyh0GfgWaDQoFmlBzcZA5i"
    "Jq8iTslo5XrJeZaT75pSZ9LJ2lppDqbgbpCo98YIVfyEs7QsHHaLMJkw9TTdGwvZJ2D2n3"
    "qNt60WC7BzVdO8vbPP+8d00h8nE6L0/hLyIOlJDh0q9yRa3dZ3GXPgx79GHQ2YKXUXFlOM"
    "e6nruchESNiaE477x/F64h8GPTqjH81L29TZsjJpiWDUahB45EqSgdPPutV9MbdMUl5oVs"
    "dCji7ZgiW0nhdceTrFRtA3Ynmy1RmgY5MHTO3rx/8+H83ZsQ8PDKJpwzLM9NPQAQUg2NZd"
    "Dk+51xBQZk0DZGdh+YDeFGrkrwakh8QB9Af2PeKin4q4awDnq/9AZDr2ixN+iqqJG7L0cc"
    "23en2PdMVbMEbW1Kw5Q19Im+UQswkS7lR3MplzV18tGvp/UjY1Kla+qs7ZLlK+ukaKUWWF"
    "n9gBREpTkQIWrQjkY6fLRfgiH+6AEJL1fwSCePFxCRINrw3mFIQnLh3A2mt35P9Vo0i8Ia"
    "0RUKoBo9r94W3KYXzEmpwQL5yXzxc41hvZXyk4nca+f7ySzjrfYbIJL0rHCp9JaQ3hJ1kx"
    "w1tRe87CgRBz8RA2zgc8+JLXRY8zPctCF9ItIMRXfVwrbvo2yn2HuWYpDfXmTuCCkbIyU/"
    "SLkp4bcXGfGWhTUVma5zEbgJPLidzlkH+aNFVFbMmXJhVk5Cu6YW+digddm9+/mCCSbj6c"
    "H40rv6sTu6QEvCNCfnweje3tx3f2Nc0zULrwQ5o/PdyPnvTNZsDmoL6ERmStWznEI5Vs42"
    "5Fg5yyqS4+Pmgs94JcRDygZivntfRpiKpUd3jKhxyYP2MrD9PWFF6b6mPiDafsUNopaEvT"
    "Xo/e9npq57Hhd+H0y8398P+r/AxaCAGrhm/NS78ht6pdQeDLYGeF4eeMWdPO67N9fwS2P3"
    "PnZvbqH1lKm4orhxsC0TLVfubk3RuLmzl8RbbCQwdW5skymxSWaC9Xyss2gbh/pZ50ORUd"
    "35kD+s4V7Ku8+r+lzeTpIglc5J4vhRpA0jIFkr8DhCJvkrNn+5BHxk4C9xKT+0NKW4ktML"
    "GmJqhQbhpZ7uALGa7APQibfDbPs7y1d/Q+tCWjNsCKJH+Ghv8ObdyKVjOPJuw6PvKNIxdd"
    "DStFUEUbJwj39KFXbsPg7Jh1XRNZJlNv5p2L/byI81YVI8aoqD/oN0rVC5vgNVloM67JwF"
    "XrD2dzycBhmEqBTilxn2U82ee8WMLTajvhA2IB3WzMLKE36E6jxTs1zhuSxOAaoxuRpw6O"
    "RT99ck865u+5dJgQkdXOZMLMaOSutckro2yx3jKvEnViAY+ZTDikIsCKhczzkUKUf5spZH"
    "b8BXcKGLkIlsDhf8AEL6MB6bA+FmbVLekTpNK715pTuj8O6MnvDeGtmGu4fFlrgCnncRYX"
    "AoaAUTHEWRTYtNgQorB/LinmfgaKWc7xL32/kOeOG8tNZN91hu2X+KLK4kzPLWRtILT3rh"
    "xfbioSQobN4KKeR5foHzfGLAh2dJNtPUCTayQY5QJVCeMLJ9wRxeOawF/7Lfv41Nl8ubhP"
    "S6+/zpsjc4OeO4s0aak7N34naxxzLWwTXFVmbBavbav09dg2ccRRNX0x3NoKfw2H+UteMu"
    "sK7xyGmwoK+zdX1HPUPhI5qbqpePSTxroIwWb9q6k2HmS0WLSzOTNG+IxoedmjeOsVO8CY"
    "riKqsBYVfi26ucJu38/aK2bjy21633uGV0fTODacG48TMqywq9QgmRttxEvqDFvMgmMjZb"
    "i+4jY0RyK1kkza3MWrVX90p+4D6eYTorA3OSroF4734oM9nD3tcDqRTWMbJKUAt2RHEgpM"
    "sfJEfI5Bmy9KaoKwdgR1Ea/QiRdCWSFgYxLQzJUb41rg13n4hManFMNl1X1ZycysuRe+18"
    "Iw2GViXqLre+zEykaipachd8cEltg0vxcqYpM2ROIOyvva7dtMA6U2/RhEyh3BM2VK/s0i"
    "n6YmuOQwykeR6t1I8+jVWg2t+jHoxIvTaEKb8Bc+aRfTE14SfrQ6NQ4Ypjg8g31lhf8dpS"
    "BLPne629iiYzhi4b9WpeLaeN6YUcbLOWoVbq/4Sy1MnaTX4RPZmISFqvaiZkG2y9yquVuS"
    "m1QR3sVjy6Z+463MjWRuT08RQtsc6Wva76h1s0tGDf+9OE8CzKggSZuDFWwhgC1stSeZgz"
    "lxkJckb2Dq67pBHO9z9ZU9QgLG0X3j57cSLhimIZ2EMCiXp11APTdzmZEqdqnFDZfeQrUz"
    "fM8jasKJU04EoDbp04IK2IR7EicpFxKDOiYOKlKKhRsSpQkNAPXk6Qrpd0r5WyJSbut/Pt"
    "iX52kTGONH3Wptg3IFOBN9wgV4FHC1XdTWMd7X6BLHeiawov0c6YQdGJptI2+2lrWEdepk"
    "D2O5GWwiNKGRcP8MwH44msXgV2RyaisA2Uik0c1o+XniF8AcvWFlD7lJF43XXvbxbniPdA"
    "CdaJ6pk6MVxC7DHagl2CNMEPxsfe3a833T4bxVcDNpB/7v0GSVJfn70JOvLrzrMHu7bBrZ"
    "3zNvtOfeUbU7FN4AuL1aIPEshIpzphVry2NEtKs2RsMa6QH+ooiaEO5huz+41VnWKzArFX"
    "29AsnS13JZEOSMQOgWtxmoukBkGxoU7Mb8i0kUO8JD+BPiUKSwKVqIzhLEpT44i5THUPRT"
    "9OPHObp0SmmTUi33L0sDWFuGY2zgpfp24jYij2iufC4uf/LrtpOJrCYxtPPhLbIM72Wc1G"
    "vV9Hm7kTagK3/bsfguZJlsk4xmZraTKOUdTdkrQPNjqOsUtsTZm10g5x3vX2Bme4dYt9lp"
    "crZSh5KVaSztmb928+nL97E0738MqmWf68/WNBbFrSQydC0sCdcOft2wJbYdYqdy/M7yVO"
    "GdmUKoGw37yB6O6l3Ah7olMyb3GE5PAbrZp7KaQUhEMuY3/9P410p2A="
)
