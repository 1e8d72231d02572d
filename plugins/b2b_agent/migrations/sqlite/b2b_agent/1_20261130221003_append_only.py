from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TRIGGER IF NOT EXISTS "agent_territory_event_no_update" BEFORE UPDATE ON "agent_territory_event" BEGIN SELECT RAISE(ABORT, 'agent_territory_event is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "agent_territory_event_no_delete" BEFORE DELETE ON "agent_territory_event" BEGIN SELECT RAISE(ABORT, 'agent_territory_event is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "agent_sale_no_update" BEFORE UPDATE ON "agent_sale" BEGIN SELECT RAISE(ABORT, 'agent_sale is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "agent_sale_no_delete" BEFORE DELETE ON "agent_sale" BEGIN SELECT RAISE(ABORT, 'agent_sale is append-only: DELETE refused'); END;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "agent_territory_event_no_update";
DROP TRIGGER IF EXISTS "agent_territory_event_no_delete";
DROP TRIGGER IF EXISTS "agent_sale_no_update";
DROP TRIGGER IF EXISTS "agent_sale_no_delete";"""


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
