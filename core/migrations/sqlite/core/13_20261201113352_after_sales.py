"""After-sales cases: kinds (refund only, return and refund), description, appeal, the return parcel, receipt, the deadline of the step waiting; each step an append-only after_sales_step; the merchant's reasons and deadlines."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "after_sales_step" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(24) NOT NULL /* asked, approved, rejected, appealed, return_shipped, received, refunded, withdrawn, closed */,
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
        ALTER TABLE "refund_request" DROP COLUMN "due_at";"""


MODELS_STATE = (
    "eJztXetz4zaS/1dQ+hJPneIay/M6795WybYmceKxfZInk2y8pYFIyGJMkQof0uh2879fN/"
    "gQnzJJvUAaX2YsEg2SvwYajUY//t1STIsdf7aZ1Toj/24ZdMrgj8jVNmnR2Sy4hj8dOtJ5"
    "Ize4P7IdiyoOXBtT3WZwSWW2YmkzRzMNbNklj7o5ojrRVGY4mrP8G3EmjNjwNDJjlm0aRK"
    "EGGTHdNB6JY5IpNZZkyixlQg3HPsanqKYCj9GMx2116Brany4bOuYjA1r8/t//BZc1Q2Xf"
    "mB38nD0NxxrT1Rg8mood8OtDZznj1861xyvD+cjb4uuOhoqpu1Nj1X62dCamERJohoNXH5"
    "nBLOowfIJjuYie4eq6D3IAqPeyqybeW0ZoVDamro48QGrvBVbXWsPhze39cNC7Hw5bKf4E"
    "FBGE/UuKaSBv4VVtDsAjvsL3/93pnJ6+77w+fffh7Zv3799+eP0B2vL3Td96/5f3Miu0vK"
    "44Zlc/XN3c4wuZMIC8UYUX/uI01KEeFWfGCn02pZqeZsDFhFrZ8IcECQ7ApyU5EOAdYYEP"
    "sCAcmNJvQ50Zj84EfnbevlmD7i/d/sWP3f4RtHoVx/jGv9Xx7iHcK3hnABErA29I0DR4Tz"
    "sF0D3t5IKLtxLYUttemJY6nFB7UgrjJGElrFPSJLiwQnslwQ8wmt8WGs1v14zmt0nEVc2e"
    "6XQ55L9LAJ6k2x/erdZe0D55/boA2tAqF21+L462Zg9BEdDmGVCfm6bOqJGzQEbpElCPgH"
    "BXWAeyZQdor1v2bm+vseepbf+pe+tgYhG8+fzpvAfoc+yhkebE1sYV4I75xIzhHFQefL0U"
    "6LkaSYrueeVkW5i/3q1y0jl58/7Nh9N3b0KdJLyyThVJQ6tYDL98SJ00rpdwx9GmLBvcOG"
    "UCWdUnPQ7+qKPchg9Ubw196U+hNbjeX33qDe67n+5iA/6ye9/DOx1+dZm4evQuIXPCTsiX"
    "q/sfCf4k/7y96XF4Tdt5tPgTV+3u/9nCd6KuYw4NczGkakSTCK4GqP2Fev74KaJr4oURVZ"
    "4WFFbc2J3V8Jiy6Qimz0Sb2RnCzif++HOf6dTJnmN8k/Up7KaG4+CvYOQHV1fjYQUUaC3w"
    "gZtgdIs9NBUe2wRM9odRUt2uA0RUUUwXCTbAp+v10VCEFHM61WxcyzcC6SLspqmzbaE5E9"
    "WiC3ixTYD6EnbTVKBsU9GoPqSzma4pHIuqgI06o44y9Po7HvD/uqteG47fCN4R+hqyOasu"
    "wDIQPPf67WG3DYdQNReGrhlsi+h5SldD1wIfNl8/PQBodR5sHmpDPCZ43P6Iu+DdNhxCm+"
    "rbRG4A3TUcMYfaT0OLITpbBO4eeu3zTpsKH4WPcrakogx5Z8dd/PcFqCcedBtO1ShmTZ6m"
    "EbBmzJzpWdbtipDZ3mn1i0AOP3RojiV4pcBzqPXINtk6RFG75501HDBmWZpjWtq2RNu93+"
    "Gyqbhx6yPuUhXddNWh7ZjK0wbQBd15Nkn44wK7HQS9NhrBLWxW0/j1mc10vbEb1hA8y//O"
    "Q4FX76G38Z41H7tm71tDBO2JORvOLE3ZLooD6PYOe20+gCjjh1NzzqabmTszQMSuP/k9Nx"
    "XIKTVA7+ArsFV5DHLi4UxTntzZ8cDxvXaFWDdaFlOYNme2562L70aU2JnTtgwrHAMFRNfT"
    "Jif0aSgvsMumDj/bRcMHs2CTNq6+Cge9HF9q+FIjF3C7xQ6bCtvMRbdym212ih/Cdud312"
    "ivB18QqMMQPJynm6waKfwGfofCSL/tIggy0+VLBXzWVnAbBD01FTBjrqFXXvDBmwPm/yEM"
    "Xi1cVUcWNdTvbFhd6XhMFhOT+B9ONIccsenMWZ7hn9xsztRXW1x1Ye97IHz3JAM5wN4RIS"
    "JrM7KgsD9ySFyv8d8bmDA1DbbcIsIWm2ts0ehBvCOVhqp/uLazHUHp/9ENuxRnhG5Zs7HM"
    "GYzy1XDb0MiQgrDZhoXUbD0YfLWeupucUqYgu9aMxgP2hznaGl4DVCOaNEHRt9/smHne/u"
    "lb0840ecUz0/jP/qsduvJ74cWtVCR1eKedH009jbZ5NqL6HvQMhxnQ/phcOaDtMccBOGxC"
    "uUkFI1Hgogn6CHVQKVnyG8hllYB+SOZU1zAARU3HVm+3axllXdMoa1t3H9P45wdMBu23Ey"
    "gpUBTwuyIx1u/yQ6zfpSKsy8ai7j8GdW/gdgpFoXbWRKF20lGoimtZzFCWZTCO0uwx1vfi"
    "5rfWXoA+LRLKnh/Jngpkh9muGXaFyNMMShl7mow9XYWpDKdaBrqf0K6QjW+adH/wnrzeMc"
    "B7WRMz2TBmbDjKOkjqA4bPciJCLQd7EmW0/M/w+BhQKjXUk4SNgXbPw9w1ZlQDUm3KTNdB"
    "seE6WTvuXJme38H+WHJal+HOw88VczrTmcOGKl2WQTqbeJ8Svi4oj53AdFQa4wzS/SH8vo"
    "YAW4zamdEXPw1ub54HOUKeTJahKQ75D9E1e2d4t/4+dg0F0SRjZnzTqHnMbTZTU2W6fRwk"
    "mDv+u06nI5X+4x8l9XV+ZuR/IaFk5C6ZRZSJadrMJmPLnJLFhBmE2k/APTI2LWhkMXgntd"
    "S5URbTEH3sJEy7ESj0R5+6vyZ1/Yvr23POgUg+DezgfA3fqWEv4McG8yvRw/6mWackFwOm"
    "fG8a+hL+hifZDnEN7wOYSpyJZhOebhD+p7OZZc5ZQRbudmo6rmVswqJED8JKQs4ifFVimA"
    "6xYdoStOpGGMO/yucN5o60iaLj8dZhuCTzC+VD/WLzC+3ydCJMNJRxPhFNQpR/QhFrVSDr"
    "K2aIJZphwyIKq1pwwnFM+iYIFn5sYJkLm5hj4r0BXs9K9lq5n4zTh99jJy08h+2/5ImEON"
    "vS/BMJKTBfisCUKSXLqvpbTCkZiMdhWWmXINyVothUwRexx8GiVBr9CNH+VPRGQJ9Sz9Jz"
    "Ic2Kj6AdaY/Gz75t+grenRpKlrBJeYDUawrkOdLAZYsuQiUpOfsBAJWhkRLvXXQHF93LXi"
    "s1yjfGNahRULPBXRTUyKTOBjR/JxFxQzSr+89FtgeoVDcI6p06goV45Wy1AizXb7WGVtDs"
    "2b3WrYF7IJ3hHsg0Aid13KudEXTLt9peQECbKK7tmFO84JkakYgS71SeqEzRYTuVUXFjFw"
    "/I2Z1Fd5kcAbk/E2atbMv9mdyfxZ3czax8SPmOVkH7Bjqzbb9eyEoYVtiNJUjlrqDyhkxu"
    "ieW+TDQ+7GxfFlfANkS3gcUN0gAnBG3ZndruNiJ9NjefmHqPxV5aqa1I7O6azYjltRs6Yc"
    "Pnw1OwqU1sGCtMJabrkBEbY7YPHi/Cvs00+PsIfmgW+fqHo3199Tcycy34BDJakq++IwYP"
    "PdHZV9hwKMynygpY2fHDZAiLwIvEug0J8LqMZuo3lwEsCbU0HcDizQ67wk4vTtnAnV5Ndn"
    "YBJmL6KtxZpuoqGYGUwY01q9Us0uS5dSqfq886DthPrrRL1WMZkHapfAY11y6FE7TE4u83"
    "b6BVavvLv6M55Wx+IUED4d1JBGv0zVI437NvOetGgqwBNWvXCaTer/cxWZTybg/l0fXtzQ"
    "9B86TLeyKuNcjTWjgILaQQ2b4Kct6hmk7ClxVr7Y4YnzQD00BTnQ3LsyKLuBJX9pSuTTcX"
    "GETA35VHfXjZlsmULgn+STy9Q1hegRiszqsMYpF5NdEeJ3VmFuaJdDO8QHDR7hnuNGXPjW"
    "tHIfUe15SV+2YZRl32ux/vz4hq0bHzYHQv7q9+6Z0Rry/4DSsEXLiEK7CX04qH6MRrp78r"
    "sOSfJJXfSOX0d8kF352pFfcocUq5RxFlj5JhYUnn+5bnivJcUTA+bPVcsYh7olc0QGdztl"
    "lNXl4h4Bq7qaGQy/VSTGS130J5hRVYTS+nwPOxDzcpx7MqrV4wb2QtcfLLUFruVgt3+rb6"
    "vtsst+Gc+p1bLtwpzMZnBzNSVhrbBoJ8wdxBtSK+gr6QckWy3pOs93RIIMPiJ5voKKnCJ0"
    "1TVUr5GSTSYWfkAA1AvTXYvQn/lMmGHfE/aMjqXMov4wu12MR0bfyghGfG6lY73zdjEWu0"
    "Q+8MxVRl2JBAJpc2ke4ZL8f0WcQ9g8/QFL/X5Gf22zfQg2D7YUMywfjqqKaQe8bJGveMk7"
    "R7hsUe4aWGZcdwgqwS2oLpFQmwi4zkk/yRfJIaybA7My3NyVDj8hOMR0gakxF4a1nnZDqd"
    "PafT8UDRS8IdoRIa7BY1loRv3rkjhEOfeF1f5clLbYolB/ljzgjPm+lVSPVr541dfazpuL"
    "8nCJYNrctVI9wx5+TprDydFY0P8nRWKOuJPJ2t1emsYMpzORuxrC6+FrOqVmLHN1JWNxJj"
    "D8OZpjy5M5y5VlNHYjCGtmtSFwaslubYBBEARYIrpZ4eezSlKvNy9IM2G8ntvmnl7FKW98"
    "jymTK9x5fWPNt7ZCEvZH1v8W6DdF9+VCXRDP4zNOQfEzqnGmcU+R+4NZxgCcjvuXu0Nc+K"
    "1t9Otw/Gg+FVv1W9ncVoibxTNXx7qpPPd2jktLFjjhGS4TnvMYehTQzAwcKyDOr3DrD2+4"
    "UF24D8pGSRoNLVGYY8XxBm09CW5wvyfCGuXXoyo4TdMEIhzYZJW0ggeEvgGSWRgErjkhjr"
    "RPRoga/ppRkQpxM56lNwBoSaVGkWJCklE6SJVUwTa4bA2Rja4k5oog3xotDGRezzyMb8yj"
    "bCNubG1lB0k9Izhm8fFO/+1cX9YRIWxg3f2ZaOqF18vbFjGm35fLmq2YwF9f3+MF3LoPoZ"
    "phAktjtFewX+CTg5lBeaor55iBtUCPvThU6JZ0HCVSojg/oO+peZCQVeZdvSJiFtEolNNF"
    "aBTXO8WA6GFbXIbnqwgFz0ru7uz4jFFAaXH4zu5U+fB/efejdwkap/uLaDQvnBgKWm18fk"
    "DL6lAK9c97oDfkWHr4Urgx+v7s4IJtfFu/ef+zdnfpXPB+O+370ZfOz1EXxq2GPvLOHwuR"
    "x8Q9KQC/PyBqgVnbSa5JmhSmObJpTgJsE1TKec17DfvgFpxvaQ0g10T7N8VbcolcDpkYRU"
    "v6SxVRwOeM4+ZeGPUsnRLw3dNWWANHRLQ7eAK4E0dB8cWmnoFsDQndJTNga3qHOtYOpJUV"
    "yjalkBTPkeZmNMC1b6rSmk0X1eDFJ4AXLz+fr6MOcx3kBOncOE4zvv/CWcRrtM8mC4WHgr"
    "5YaZqNPhZa6FNvHrI3cZ0MrzEXk+Up/Fr8HnI/6ETnF8jQkypBD5TKSiGXL7eSFqmAQcz8"
    "wx1diMLoOj/DKnUXe9m8urmx+Gd93fvAOoRH8Pxl336hIuU031TpvuMDk4HjjNmIpnTt3L"
    "34Yfb/vDu6uLnz/fnfGYgeVwDKu1F/LzYFzcfrq77t0jnWJOZ7hyA+VF9+aid33NryKcuu"
    "719/HzzSVetNjYhQ+vlH+8U8w+vcY8nRwZimtZzFAy8iysSckSoWni9Csy+/InX2ruuSPH"
    "dLISAaypkhAlEtn20/J9WOAxQYmEB/f1a/U9+dMFhcvPxiGW9hGptqPZiukazrA8g9Kkwp"
    "4rBjwKXtkmR7B+a5jTg3jraMGItgMVsECRjJK7wixKkQrLJCH19BUTxoxVwD9GJSz0+Jo2"
    "menuo2bYBLRWpkZmyMpxxRZ6mpTnTj0WmMWEOtxFkm/cQV9b2qCm+csjLDadzkknItr+iw"
    "STHv5ExorMs0AVrDC10qTCzi/BRRsv4F42cV6MqIE68E6y53HQZgBVeahDqgZivYPtPkJW"
    "MVdhFm0DQd9+xkIOHGgPFrNzLC1rAI/QNRDs00LS5HSNNDnNkyamDctftUGeoG2cN+P2HZ"
    "ylo6gP7dtCA/rtmgH9Niu57JhZVoXRnCJsXoLZ7dey9rI3lT3ti1JJx8Tq+x6ZRnk/SomX"
    "apXnWh1OGeCVMd7zAc+m3qM0V5muzZm13I9U374iPpssbU0pnQQ4SiZ0FuCy7jCZImN7iX"
    "vxcM6rLV0S8DjhHiEPr9QWc+rAW4zcIOtfHPSfBrc3OfEtcbKkv4amOOQ/RNfsnRmxWn8f"
    "u4aCzycjV9MdzbCP8bH/2JWsWcMOhCnGjkCmHH3q/poUNxfXt+ccsogPBnZwnpQ9VKviRx"
    "Mh24ITjWDLbU18ZgJM1jrN+K4KFVgcp5RcFpnLoWNJFZe4BK3ktNCcDpyFqnA6QSs5LTKn"
    "2beZBt1V4HOcsjZchv5RrQiqgFCLrVzjCB07zCLORCt4VNukkcBvBmK6wnjIoq/PqPD1kG"
    "BYBN/xokeEO1MrOsDHKaUDvMBsT2XY574tpY3RUSqRfXgEt0bLJBGH5oCNmkD58R8jk6cx"
    "MkBe+AB5L/hwU2ALRsSKJt2Lohpd1gpEGXtSYF+gCiYximIaE5Wl874KUeusJsjHxuZei5"
    "zVZb7Hd8Ar9/qNceqGfTUVLT94cSOo7lYBlU2ECI0Km8smv5OmguRFD2wEUZ930WyAhhaD"
    "V7Y3G0seUH2vp6bipTP1EfQLno+X8lP1jTC75t3dr3prqH6gmNOpZtubwnURdtPU8WWbik"
    "b1oW3QmT0xK0/IUWfUUYZeZ8cD/h/XHAZ+v02Hj+qV1dEM6Aa+v1QTEaOP6PS4IWBD3stx"
    "F/9tMlj8AAfjrG3TtRTsrjpkQV+eSg9/DCJ9Nhu8reytszF8AXttzzV/Dt871hS6iQqSLu"
    "z8S6TXpo7DoEDzRpXZU1Wem2a7KJVyLzk4vSGVD22louN3YacNmdTlExXyQZadrDAYf2sT"
    "FvIhz1ttNWthIj+hTDkoUw7WSwrW1OOiSMpB+8lNs3tNwLDXvIGx2duPrHQ0JysAJx/ckK"
    "CB8O6kpAxmWxvybGtpmNfkjImTSY+hyv4q0dx2cfRz1+woSZOQ31oRqiCFU6kRHSUSNv9R"
    "Cz1ZCaqY39nEnqD3c1D1M0hb1RJ4sDc6sdiC2jwFLBmbFmcJsulsTTrLZMYxkTkX5girIK"
    "8yaYWdYgeTWiFMdFpaeGXQNgbgQ+QIrTbQs0iFZQNX4WwQVCC6dDb2EiOG1U7Ikf8xbQLS"
    "DEuKYnDFnFkEmvO60hYrl8Nyi/OE13WtKIoyaEVnUTC5yYjB0sKQUUvOMkCcIUsck2eqPA"
    "w7pMv7oSXWgeoiCrqLkIURXxYDDlwYUbCTEBn2IcZKsLOwj/0WlxNNxBSFNbe6nKw1uRGu"
    "a2pNZkfUHKbYpGBCuSi6BWtNFgmuOVgsRE2gz/Tz38hdJebs3zRXlQx/9o2x8pzZm4zUIV"
    "yy6zj/pM/nnjzHom55+RgXcR2r6JtXl9FZ3m8sskhme4/FV9H1PmQ03vY5T7JWNzxDIkcG"
    "e6RYbegVGm7HjK3qD70i1C9NRPwTKny8X6WIOnCPKtyr9zhpSdzJA6SXm8C7e6SRXm7Syy"
    "0a9wPraLnKGCFFA52xtu/rBt/NMpwj8vENCRoI70583SocrB/iPL0hC0g8dUVp63yESBrm"
    "qyIvD2cPzQF5OCvPpQSaBPJcqkbnUtlmmiqQNss8k0Q1oipkg5p/YlLKklbKKhTkRkpZgy"
    "JJk/KsQLNIk62GEf4ek4GPMBIW1POBs8y5hmOTF4BjOJ7+lbDG5NImSKTFRlps6iO5G2yx"
    "iUzRoiaFqERonlFh+0XZpEXhwOEoMlbioLESDnXcnArVPcOdphTUuH04pBZZ1rTuejeXVz"
    "c/nJEZM1TgwYMx+Hxx0etd9i7PiO0qCmMwmh6Mj92ra7w0pprO1OQRWhH5tP0qyyvVrMQi"
    "ECNqXL3lk86HIih3PqwpjfohVZwzrT6XADybWuCatC082w3e+jubmAuDRPI1Eg3DhuAziO"
    "YQi81My4E23g708OcssphhGvOaaL0BJmvVXmnzPrRaIG3e0uYt0CSQNm/Bbd6HMM+GadlT"
    "9tlowvY8A60dbSMTvTV0RZMGVWlQjZfVtSwtS+Lnb+0iJCIbOYRxgkNJ+oShAIY7HZWDOo"
    "NUQl4AcrlfkvslMQa63C8JMQnkfqm2+6Utlot7CaGsbL6t6l69ecNKfO1+552daT057J7b"
    "gRfPt976MtGUCfFyapljsuA/kRzD1qilMJ146rp9RqjhlZInU4q5tuicEc0gNqbborrf2k"
    "7Hye3mEdJMILAu0ZZmAmkmiK0qMqXz9rMMHiSESFBQZQzRi1hWMvLTlOVAglBOAmklEN9K"
    "ED1b2wjbBlZeToKbmOAChhTVFVkhY4ri1obcvXNojHh288zm8hC74WqE3J3K3WlRn/0cLb"
    "IWfvoVz1O3HxMUfa0SKCfIGud3f1ooo8vpmowup+mMLrq5KqRbFOgoTeNQPimE8skalE/S"
    "KJuK4lpWpZUiQdrApaImS4N0nRdYR5OmHmnqEXgqSFOPAOAWMvUcwijh5fFupawR/vV2vh"
    "nCWrXYYZaT/Iwm0i4h7RL1EhYNtkvIVBoHrHeJbvMVGJBBK1NpVM1oQu1ydowVReOsGDux"
    "FYGockzlKWNlN02dUSMP5ZAqWW0CyHaFc3hlvwaL89vb69hycX6VGLg3nz+d9/pHJxx4aK"
    "Q5eWKldqlhWmEul5KDvJWdDyadN0ZmiNl3nhLTtfzyucSLCsMyFNHkJeTIdJ2hX9LIMIuW"
    "NN51ihKZTsbnmlZpmmyfI7A3NcuHaEWpZBJz6YBYVw7IAEVpjxZoEsgARcEDFFMr58aYfr"
    "YLQSrYelkU0aieEEMUXoDcfL6+3lPMZzNLcu766CM7kDGO5fojkOJBjNINs5breVsed8jj"
    "DhkkuOMgQXmEdJjtoWvwgyCQRBVGdTaxsMdILXPMDYhejH+QS74N10ybwb/UIROqEsN0iM"
    "7GnrER1Aw2MV24f2SBakdtphY1NMow2qZMEmnFOjQHfF27LP4xMjkBpB1LfDvWyrFuI2RX"
    "Hnw1G+BFgY1NbRk82+zgWW809xkgaWcEz8Zvt5812ViRls+mnuqSkbvE02f7ySZj00K1UL"
    "PIFDcmBD+OHD24b992GPz75jV7dUZgEI3HBN7BMuegN6IaiW/ia5z2K2LiyfYfTHHIQnMm"
    "hBLPHyidk2qPz34wHoxbgxFzxvAElwNEZvBsbjI+I1/xxjCwH38lExPYxlVkfu07m2gqJs"
    "3SGb8Y9KDZXo8UD4TtB4NNAViGLeGixu9Tw14wC67Bq+E7qTAeDXKEtlObGJhTCz7BGOsa"
    "vLNmBBo8dE9Wg/nVMfnCnw3IPBj+Q9uoyk8ASsKAs/gokMQqPmjOv4vYzHF0+O0j6+f0ov"
    "ApAKGuE3wt+Af+OqKALOAIn6ngrpNZDwZCajMPg5mmPLmzVwVTfsWdnH2HGWjze8R5RoUu"
    "qCPLMkrLX91WmgZb/nJOaX4a3N7k77+zfOFUFGb/Ibpmi+NK0vr93/i6V2qbBOacv/6FS4"
    "8nIf9GUHYvzwhK5KUnV9FMUswasmYQIHox/gfOPEefur8m/Xwurm/Pk4zFDs5r6ZO7y1m4"
    "e6/cGvqJolrQKjktbu96N2dcoQAN6ePHXh/9QM0x+uepD0b3S/fq/urmh2G/d/+5Dw3pgm"
    "oOOtZbzHEtoPFuDAc/Xt3dIal3feibTqEHuNzlzqWgtjGq+9f6t7/411CVU7Gfn3oX914P"
    "qMDhNZR4l/3uF3huqDo9GDBJBthO0U1bFGfVmPpYTnNJkW7FH+/FKDGRQxauaZcRiisKcQ"
    "MVWovJ0t/3BBMDdhZVRv2OYhfmGltUUhUTpLJ2ocgJGJ60LLNdsbUwoN3jJPNNISbq6SXn"
    "W7/38fPN5fD25vq3MxLpJ1zqunDXaxSudpSbXQKbZNmJ2SniFN7JdwrvpJzCm57pB4SiHy"
    "7hWZBsukTzBygYRkWN4HXR9DRr89OkE9R4ilSVEMY0qcCO+i2+QmGEBL410QBq2CZ7meZ9"
    "Tnnn0hRtTqblTMgRVRQ2g/c+801qOH3KnT7vWcHwjVYll7kVVW1WuBa3XyJXgI0z4qv8BN"
    "YGYrkGMNl1yNGYGd80avpmRkIVXkoZdJOCPGzS6uhtbUqpniGFwFI2FLAwsb0XxhlNfUUU"
    "62kfYTHtSrFpO9FGgy1mhWmaIK3NXH2R2qivdlUoe5imFHf+VbSGbT/G0ActqGNYAe8oqQ"
    "S8KOCB/2GVvXVGB1KmiS3TFKbNK3I7RlobPnt6ZmDc8r6Bq52PpqnaoFkaDvcDeHkKpTtT"
    "Kx7AxinlAazAbE9V/eO6dukDhCiV9AKVbtC15YAM5n+JPuiCqZSHQt8/CxstK7AgSSv5IE"
    "MBhA8FkCkttp/SgquCG2NaMKVFXSGN6ssxSPugv/evLu6TISuheN0XsoKJ4uJBK8mFKCdl"
    "yCEjgmqLbV5AULlMLHigt1Emlu7YYdaA6sweQFcNEhM7zMaSwCwV4ZPGNC/Eh2LLoY1Nh3"
    "bQ9tkgH4x84Se5eHpnEN7J97wTolAkoHbEmQKDWTybnM0Y0ZwzspiYROUBMNRp8+CWNm+1"
    "mCyPSRe9LtTv0UUmHeKz1yfLRDMCa9ltIsNNXo61s1BefaWsf9qKQuQghhYPKmmHvu3t0H"
    "G3HfrAtxN+8u3w/KMdSd0ROr23N3B23753oWE6pdL+Bu0bd/C7Gx+WJif0bflRVqMlX/ZV"
    "EG4YlZX0JhPaDVAeFByaA374dQVLaZROHhZIM6n4ZtJINoctGEgiWSRqNtCLG0qic/xFZg"
    "He7iJbFPiNUgXv0Pai8JQWrbTRxb/RXmNtiTTZYR1Ac2F4o4cHSslagMIseW1ps5A2ixqH"
    "QVZYOjJqQ/Vv/4kpAsaW+X+YJKD7S/fqunt+3TsjdE41/oKrUH1OG9gtOP1l7/z+DBahkY"
    "MRlINe/5cexk3CgjkHOliTfzxDW/DkwRh0r3uDM8LNw3Dn9tOnq8Hg6vZm2PsVXmsAZIo5"
    "nWq2De86ZN/gDW3o4WOvN7y6gdZwf8zYUDOgFVy/+4x77AH2OHNR2NperpLD209GVKeZlZ"
    "PWRANGaITNQCukBJf7dnE4wBWd8g5+ESqBTVsCYi+37IfxbAr0+eZsKbfv1xSZ1DlOOEXc"
    "GZgBr7NZaZlrpj4yUN8caymOHiayN4MH2L1FDds/kEvtrdNN2vm7bJ03xhDBWOsiqUs9pU"
    "hFgwZ6GPij4Zh8fWLLr2RKn5hNcAeA0euayqYz04E2Z5hHk0CTNv8j8uDMHKU7ecizRgGg"
    "lKYAcZbStjQFSFNA3BTAMvxB8w/B/eYib/4rnoKfvCuUOufdmsw571Kn4PmGlhx4a2Bcqe"
    "pl0CniZNDJ9zHoJMGdsqlZBtygvXTgKOLAIe0MB7czHCaQULCtmLQziDEHGhJBJdjo3jiA"
    "Shoa6mFo8ADLMTGEaD5jXGBhu13Wsf096jGgqbK8hdyw122aN3jD3tgirAiU5mhzRv6HwA"
    "BVC6cHP0yadk9EVvBwj9KJzA8hpaHcn4rDgchhQGkmpGnlVJCbVfE3q4njvY3gzTxerNmA"
    "Lwp0er4XyFkR2YZsBHTER7qh8Ma1itIGgt1tfi9CV8dWau8budfO3/oq8VbPnqdzPZhQMt"
    "PdR80gjzDwMGE/mbLpiFm8jCQ1/CqSR6vO28Se4aahTUam4doYvzqCcUIe3M7rzrtX6SP1"
    "HT0HS3zeBwVBp+ac2ViB05lYpvs4IVh7AGtywVVeGTQsiBl6uhLqkBldTpnhtB8Mz9sVr8"
    "EbzGBIYLbzoJJmNI3BAga4uWivfGG9u/jso9HywfgaD7r4+gpffM4sG+v4GGRmmTPT4r07"
    "ZlDHNPAt0OygFugMS3IGMpfYJk/CPtPpEnqZmOaTX0nUx9JZaAqr7maQLuDJB1b4hbxyJ9"
    "bzjDYbgXwYa4pGraW0e0i7R93WiwbbPWzTtbK8zfPPe1cUIh+n8/IU/iLiYJUZLv0ql0fb"
    "fhZ36cOwQx8GHRa8jIorgynV9dzlJCRqTAzFaef9u3ANwR/rVo3Bp+71ddocMaJ22WAUe8"
    "+RKBWlg2e/9epLoa64oLyQjY412h1TZCspvu5wlJWqrQ93stkSpWmQA0Pn5M37Nx9O370J"
    "AQ+vrMM5w/Lc1AMAIdXQWAZNvt+pUgUvg7YxsnvPbAg3clWCV0PiPfoA+hvzVknBXzWEtd"
    "/7pdcfeBWovUFXRY3cfm3p2L47xb5nqpolaGtTGqasoU/0jVqAiXQpP5hLuaypk49+Pa0f"
    "GZMqXVNnZZcsX1knRSu1wMrqB6YgKs2BCFGDdjTS4aP9EgzxBw9IeLmCRzp5vICIBNGG9x"
    "ZDEpIL53YwvfZ7qteiWRTWiK5QANXoefWm4Da9YE5KDRbIT+aLn2uM6q2Un0zkXjvfT2YR"
    "b7XbAJGkZ4VrS28J6S1RN8lRU3vBy44ScegTM9AGPvWc2EKHNT/DTRvTJxLNUHRXLWz7Ps"
    "h2Ct6zFIP89iJzR0jZGCn5wcpNCb+9yIi3ZlRTiek6Z4GbwIPb6Zx0iD9aRGXFFJQLs3IS"
    "2hW1yMcGrfPuzc9nIJiMpwfjS+/ix+79GVkw0JycB6N7fXXX/Q24pmszuhTkjM53I+e/M1"
    "mzPqgtoBOZKVXPcgrlWDlZk2PlJKtIjo+biz7jlRAPKRuI+fZ9GXEqlh7dMaLGJQ/aycD2"
    "94QVpfuKeo9o+xU3mFoS9la/97+fQV33PC78PkC83931b3/Bi0EBNXTN+Kl34Tf0Sqk9GL"
    "AGeF4edMmdPO66V5f4S4N7H7tX19h6DCquKG4csGWyy5W7W1E0bu7sJPEWjARQ54YWGzOL"
    "ZSZYz8c6i7ZxqJ90PhQZ1Z0P+cMa76W8+7yqz+XtJAlS6Zwkjh9F2jCCkrUCjyNkkr9i85"
    "dLwEcAf0FL+aGlKcWVnF7QEKgVGoaXeroDxmrCB5Ajb4fZ9neWr/5GVoW0JtQQRI/w0V7j"
    "zbuWS4dw5N2ER9/ZRKe2QxampRKMksV7/FOqsGP7cUg+rIqusSyz8U+D25u1/FgRJsWjpj"
    "jkP0TXCpXr21NlOazDzlngBWt/x8NpiMGYamP8MmA/1qypV8x4BjPqC4MB6UCzGVWe6CNW"
    "5xmb5QrPZXEKUY3J1YBDR5+6vyaZd3F9e54UmNjBec7EAnZUWueS1LVZ7oCrzJ9YgWDkU4"
    "4qCpthQOVqzpFIOcqXtTx6A76CC12ETGRzuOAHENKH8dAcCDdro/KO1Gla6c0r3RmFd2f0"
    "hPfGyDbcPSy2xBXwvIsIg31BK5jgKIpsWmwKVFg5kBd3PANHK+V8l7jfznfAC+flbNV0h+"
    "WW/afI4krCLG9tIr3wpBdebC8eSoLC5q2QQp7nFzjPZwZ+eJZkM02dUSMb5AhVAuURkO0K"
    "5vDKfi3457e317Hpcn6VkF43nz+d9/pHJxx3aKQ5OXsnbhd7LGMdXFFsZBasZq/9+9g1eM"
    "ZRMnI13dEM+xgf+4+ydtw51TUeOY0W9FW2ru9sz1D4SKam6uVjEs8aKKPFm7buZJj5UtHi"
    "0swkzRui8WGr5o1D7BSvgqK4yrLP4Ep8e5XTpJ2/X9RWjYfWqvUOt4yub2YwZzhu/IzKsk"
    "KvUEKkLTeRL2gxL7KJjM3WovvIGJHcShZJcyuzVu3UvZIfuA8n1J6UgTlJ10C8tz+UQfbA"
    "+3oglcI6RlYJasGOKPaEdPmD5AiZPEOW3hR15QDuKEqjHyGSrkTSwiCmhSE5yjfGteHuE5"
    "FJLY7JpuuqmpNTeTlyr51vpKHYqkTd5daXiUlUTSUL7oKPLqltdCleTDRlQswRhv21V7Wb"
    "5lQH9ZaM2BjLPVFD9couHZMvluY4zCCa59Fq+9GnsQpUu3vUgxGp10aozW/gnHmEL7ZN/A"
    "l9aDZWuOLYEPYNGutLXluKUXi+19qraDIBdGHUq3m1nNamF3KoBS1DrdT/iWWpk7Wb/CJ6"
    "MhGRtF7VTMg22HqVVytzXWqDOtiteHTP1HW4ka1N2PHjMVlQHZa9rvqHWzS0YNf704TwLM"
    "qCBJm4MVbCGAJWy1J5mDOXGQlyRvYOrrukEc73P1lR1CAsbRvePjtxIuGKYhnYQwKJenXU"
    "A9N3OZkSp2qcUNl+5CuoG2Z5G1aUShpwpQG3ThyQVsSDWBG5yNiXGVEw8VIU1KhYFShI6A"
    "cvJ0jXS7rXStkSE/fb+fZEP7vIkEaaPmtTvDUwU4E33DBXgUeLVd1NYxXtfkZm7kjXFF6i"
    "HZhhkyNNtdvw09KoTrxMgfA7kZbCI0oZF/fwzAfjiS1fBXZHEFHUQkrFYg7046VnCF9gZm"
    "lzrH0KJF533bur+SnhPdiM6kz1TJ0ULxF4jDaHS5gm+MH42Lv59ap7C6P4og8D+efeb5gk"
    "9fXJm6Ajv+48PNi1DG7tnLbhO/Wlb0ylFsMvLFaLPkggI53qhFnx2tIsKc2SscW4Qn6ogy"
    "SG2ptvzPY3VnWKzQrEXm1Ds3RY7koiHZCIHQLX4jRnSQ3CpoY6Mr8R0yIO85L8BPqUKCwJ"
    "VKIyhrMoTY0j5jLVPRL9OPHMbZ4SmWbWPfuWo4etKMQ1s3FW+Dp1mzBDsZY8FxY//3fhpu"
    "FoCo9tPPrILIM5m2c1u+/9er+eO6EmcH1780PQPMkyGcfYbC1NxjGKuluS9sFGxzF2maUp"
    "k1baIc673l7jDLdqscvycqUMJS/FStI5efP+zYfTd2/C6R5eWTfLn7d/zJlll/TQiZA0cC"
    "fcefu2wFYYWuXuhfm9xCkjTKkSCPvNG4juTsqNwBOdknmLIyT732jV3EshpSDscxn76/8B"
    "/Eg/aQ=="
)
