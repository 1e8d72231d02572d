"""Migration 6_20261130221000_append_only of app 'core': the append-only records refuse UPDATE and DELETE (written by hand: triggers are not in the models)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": {
        "upgrade": """
CREATE TRIGGER IF NOT EXISTS "stock_movement_no_update" BEFORE UPDATE ON "stock_movement" BEGIN SELECT RAISE(ABORT, 'stock_movement is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "stock_movement_no_delete" BEFORE DELETE ON "stock_movement" BEGIN SELECT RAISE(ABORT, 'stock_movement is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ledger_transaction_no_update" BEFORE UPDATE ON "ledger_transaction" BEGIN SELECT RAISE(ABORT, 'ledger_transaction is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ledger_transaction_no_delete" BEFORE DELETE ON "ledger_transaction" BEGIN SELECT RAISE(ABORT, 'ledger_transaction is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ledger_entry_no_update" BEFORE UPDATE ON "ledger_entry" BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ledger_entry_no_delete" BEFORE DELETE ON "ledger_entry" BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "audit_entry_no_update" BEFORE UPDATE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "audit_entry_no_delete" BEFORE DELETE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "shipment_event_no_update" BEFORE UPDATE ON "shipment_event" BEGIN SELECT RAISE(ABORT, 'shipment_event is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "shipment_event_no_delete" BEFORE DELETE ON "shipment_event" BEGIN SELECT RAISE(ABORT, 'shipment_event is append-only: DELETE refused'); END;""",
        "downgrade": """
DROP TRIGGER IF EXISTS "stock_movement_no_update";
DROP TRIGGER IF EXISTS "stock_movement_no_delete";
DROP TRIGGER IF EXISTS "ledger_transaction_no_update";
DROP TRIGGER IF EXISTS "ledger_transaction_no_delete";
DROP TRIGGER IF EXISTS "ledger_entry_no_update";
DROP TRIGGER IF EXISTS "ledger_entry_no_delete";
DROP TRIGGER IF EXISTS "audit_entry_no_update";
DROP TRIGGER IF EXISTS "audit_entry_no_delete";
DROP TRIGGER IF EXISTS "shipment_event_no_update";
DROP TRIGGER IF EXISTS "shipment_event_no_delete";""",
    },
    "postgres": {
        "upgrade": """
CREATE OR REPLACE FUNCTION fenxiao_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER "stock_movement_append_only" BEFORE UPDATE OR DELETE ON "stock_movement" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "stock_movement_no_truncate" BEFORE TRUNCATE ON "stock_movement" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "ledger_transaction_append_only" BEFORE UPDATE OR DELETE ON "ledger_transaction" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "ledger_transaction_no_truncate" BEFORE TRUNCATE ON "ledger_transaction" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "ledger_entry_append_only" BEFORE UPDATE OR DELETE ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "ledger_entry_no_truncate" BEFORE TRUNCATE ON "ledger_entry" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "shipment_event_append_only" BEFORE UPDATE OR DELETE ON "shipment_event" FOR EACH ROW EXECUTE FUNCTION fenxiao_append_only();
CREATE TRIGGER "shipment_event_no_truncate" BEFORE TRUNCATE ON "shipment_event" FOR EACH STATEMENT EXECUTE FUNCTION fenxiao_append_only();""",
        "downgrade": """
DROP TRIGGER IF EXISTS "stock_movement_append_only" ON "stock_movement";
DROP TRIGGER IF EXISTS "stock_movement_no_truncate" ON "stock_movement";
DROP TRIGGER IF EXISTS "ledger_transaction_append_only" ON "ledger_transaction";
DROP TRIGGER IF EXISTS "ledger_transaction_no_truncate" ON "ledger_transaction";
DROP TRIGGER IF EXISTS "ledger_entry_append_only" ON "ledger_entry";
DROP TRIGGER IF EXISTS "ledger_entry_no_truncate" ON "ledger_entry";
DROP TRIGGER IF EXISTS "audit_entry_append_only" ON "audit_entry";
DROP TRIGGER IF EXISTS "audit_entry_no_truncate" ON "audit_entry";
DROP TRIGGER IF EXISTS "shipment_event_append_only" ON "shipment_event";
DROP TRIGGER IF EXISTS "shipment_event_no_truncate" ON "shipment_event";
DROP FUNCTION IF EXISTS fenxiao_append_only();""",
    },
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.schema_generator.DIALECT]["upgrade"]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.schema_generator.DIALECT]["downgrade"]

MODELS_STATE = (
    "eJztXW132zay/is4+rLJuYpPLDdO1vtyjmwrrVpZ9pXlpu16DwORkMSaIlkStKK72/9+Af"
    "D9TSYpUQJpfEksEANRzwCDmcFg5j8d2bDQyYONrM4F+E9HhytE/oi0dkEHmqbfRj9iONNY"
    "J8d/PrOxBWVM2uZQsxFpUpAtW6qJVUOnPftgoRkzqAFVQTpW8eZvAC8RsMm3ARNZtqEDGe"
    "pghjRDXwBsgBXUN2CFLHkJdWyf0G9RDJl8jaov9jWgo6t/OEjCxgIRWvr7//Vv0qzqCvqG"
    "bP+j+STNVaQpMXhUhQ7A2iW8MVnbpboY6vgz60tfdybJhuas9LC/ucFLQw8IVB3T1gXSkQ"
    "Uxot+ALYeipzua5oHsA+q+bNjFfcsIjYLm0NEoDyi1+wJhW0eSxrdT6X4wlaROij8+RQRh"
    "r0k2dMpb8qo2A2BBX+HdX3u9s7OPvfdn558+fPfx44dP7z+Rvux9048+/um+TIiWOxTDbP"
    "j9cDylL2SQCeTOKtrwJ6OBGLpUjBkh+mgFVS3NgKsltLLhDwgSHCA/LckBH+8ICzyAOeHA"
    "Cn6TNKQv8JJ87H34bgu6P/cnVz/0J29Ir7dxjMfeo577jMIdwmsSiFAZeAOCtsF71iuA7l"
    "kvF1z6KIEttO21YSnSEtrLUhgnCSthnZImfkOIdijBjzCbPxSazR+2zOYPScQV1TY1uJHY"
    "5xKAJ+kOh3encxC0T9+/L4A26ZWLNnsWR1u1JaIIqM8ZUF8ahoagnrNBRukSUM8IYV1Y+7"
    "KlBrS3bXu3tyM68sq2/9DcfTCxCY4fbi4HBH2GPemk4tjeGAKOjSekS89E5aGvlwI9VyNJ"
    "0b2snOwL8/f1Kie90+8+fvfp7Py7QCcJWrapImloZQvRXy5BnMb1mjzB6gplgxunTCCreK"
    "Qn/h9NlNvkByq3urbxltAWXKfDm8H9tH9zF5vw1/3pgD7psdZNovXNeULmBIOAL8PpD4B+"
    "BL/djgcMXsPGC4t9Y9hv+luHvhN0sCHpxlqCSkST8Ft91P6kev78KaJr0oYZlJ/WkOy4sS"
    "fh9Fih1Ywsn6Vq2hnCziP+/NMEaRBnrzFmZN0EwzRwHvzpz3y/NZwPIVBEayE/cBeMbukI"
    "bYXHNggmh8MoqW43ASIoy4ZDCXbAp++O0VKEZGO1Um26l+8E0lUwTFtX21rFS8WCa/Jiuw"
    "D1JRimrUDZhqxCTYKmqakyw6IqYLPerCdL7ngn9+y/fjhqy/GbkXckY0noGVUXYBkIXrrj"
    "DuiwLYdQMda6pupoj+i5SldL9wIPNk8/PQJoTZ5sLmoSPSZY7H/GXbFhWw6hDbV9IndPhm"
    "s5YhjaT5KFKDp7BG5KRp2wQdsKHyQ/Cu9JRZHYYCd9+u8rUE9c6HZcqlHM2rxMI2CZyDC1"
    "LO92Rchs97T6VSBHf6hkzAV4pcDD0FqgXUyHKGpTNljLAUOWpWLDUvcl2qbegJu24sa8j9"
    "RKlTXDUSQbG/LTDtD5w7k+SfLHFR323h+11QjuwVhN4zdBNtK01hqsAXiW9zuPBV6zp97O"
    "Nms+du22WwME7aVhSqalyvtF8Z4Me0dHbT+AVMZLK+MZrXZzd2aASIe+8UZuE5D0rNnoGX"
    "mnz+lHq94q2QJ1oq4o3nf/2Q2Olt1w104qsjd40s2P7l1F+7wY4TtdIoCRTvqfgCG2gY0w"
    "JnDYAFoIuJERpNEAeAkxDdXdsAeU4wqAugKeoabSgAglHeu736FF1G9Do35tzVmk8c8P4P"
    "P77ydwj6Oo1PMiMb/n+SG/56mI37KxkYePiTxcDGqhqMjelqjIXjoqUnYsC+nypgzGUZoD"
    "xp5ejX/tHATosyKh1fmR1anAarLaVd2uEAmZQSliIZOxkGHYhLRSM9C9MXS0ycY3TXo4eE"
    "/f1wzwQfbETDbMEZJmWaGHE4Lhi5yIUIvJnkSZBmOa1JwhKJWa6knC1kB74Gnu6CZUCam6"
    "QoaDqdhwcJZJnivT8wc4HEvOmjLdWTi0bKxMDWEkKXBTBuls4kNK+KagPMfIck/CSmOcQX"
    "o4hD82BGBxXSMf6ld7XaNO51pwbyPDvRa905HvYIv1KnCJnl64B8RWURUEYHCb/QRMDCIa"
    "mNfLMtY2MObAfQPannV3vvI4Gc6zf8UchSwlwL+FQ40frSrfoSYE5msRmOKG7rYjmZpv6P"
    "riUSor7RKEdWl8bRV8EXOSbEql0Y8QHU7XbgX0KfUsvRbSrPhMtCN1of/kuVaG5N2hLmcJ"
    "m9QBZrOWQN45MGm24DpQkpKrnwCgIGpj02dX/fur/vWgk5rlO+Pqp3xq2OQuCmpkUWcDWu"
    "Tit2VUD5qOmAdUqW4R1LXGMQR45ZhaPpbbTS3J8ru9aGvd6tQG0hC1gQzyd2irXQBjTRjW"
    "BWQhzeddIDs2Nla0wbCIMcWIIHAPlYCCZI2YUxkJzOr4ghzrLGplMgSEfcbNXtkV9pmwz2"
    "LbuC+jisYJ+P1bGIux//RroTCsYI0lSIVVUNkgEyaxsMt440NtdllcAdsR3RbmikoDnBC0"
    "ZS21+gyRCXo2npAypbnzOilTJPZ0izFiuf0kHHR8ObqadrWBTeYKUoDhYDBDc4NGOdNwZ/"
    "TNVMnfb8gH1QJff8fq17d/A6ZjkZ8AZhvwdY70byo0WOS0hr4Sg0NGHlVWvHXNXyYisDne"
    "JLYZJITXZTRTr7uIv06open4a3d12BUsvThlCy29hlh2PiZ8xircWYbiyBn3gPwHW3YrM9"
    "LlpX0qn6svBg7YT47wSzVjGxB+qXwGtdcvRRdoic3f695Cr9T+t3+s4nI+v4CghfDWcgEr"
    "+mYpnKfoW86+kSBrQQmAbQJp8Ms0Jot8RN/c9H95G5NHo9vx9373CAeuRreXyWtZ/rX3wn"
    "coAgqe/atEzmOoaiB4Wb727ojzSdVpVg2oIak8K7KIK3HlMElJOpqxRjZ2mUJPSr3kFWAF"
    "N4D+CVy9g1teETFYnVcZxDzzaqkulk1mlo0hdjKiQOimPdCdVcqfG9eOAuoD7ilh+GYZRl"
    "1P+p+nF0Cx4Bw/6v2r6fDnwQVwxyKfyQ5BGq5JC7HlSJNSkGnxUjTnBbb806TyGylEc57c"
    "8B1TqWijxCmFjcKLjZLhYUnloRHniuJckTc+7PVcsUh4opuDSUPPaLcSByzh0ogO00Ahlx"
    "ulGN/D95GtKgSrjdmpUmm+pF2yG4aVakaq3sTNs9i8crN6W85e86B7vvqJ066w4Zx06HvO"
    "g86N4VPDihSJW/eBINswa0j+yHbQV5L9UaTPFOkzDw1kfafmX6CFloZj01+fODcPH3XzT8"
    "7XsU41np3LhiIudXBkEHfF4fkrckwVOTxnKzTF7y3JH73+LTzf3f+lDpG9tN6a7hZakJeS"
    "ys7hBFkltDmzyRJgF5nJp/kz+TQ1k4nubFgqzsgTm5+9NELSmnSDe8sJJpKdiGQnr0DhFC"
    "cw4gSGN8VEnMC04wSGMxXsCH6gyDJMOYLiSzTPExQRCIV8QR02rJ8axLuBAVSdfQzcSicA"
    "PkOV8Qn8gzySlrTayTsWSmU9Z93s28+wj/qj7haEUshjbUNv/RF+KCp9e6iBhztqctt0YI"
    "YRJaM+4RMGQxfoBAcLUGP/HV4i/d2a6K9b0ktGLqCEHjXh7eJG+egKb5fwdsV3KVdmlLBi"
    "IxTCiE3aVL7gLYFnlEQAKoxUPvaJqKOL7emlGRCn4/mGCOcMCDSp0ixIUgomCFcNn66aDI"
    "GzM7SRC/MNm+JFoY2L2JeRjUU57IRtLKiipegmpWcM3wlRvCfDq+lxkhvFHWjZno6of227"
    "s2MV7flyaQvTRLryjnkTfjccS4faBU03BGxnRf0V9E+CE4asKAUE7DsAc6gA9IdDBgUqtv"
    "1isBklL/Y/vshixPEu2xU+CeGTSBjR0M66/F/svmZIzXPQCNlArgbDu+kFsJCMSPOj3r/+"
    "8eF+ejMYk0ao/O7YmArlR51sNYMJvcjpeQpoy2jQv2ctGvm1pOX+h+HdBaCJ+OjT6cNkTB"
    "9iIj2T8rVQtMTe73h6TiOJCe7yzqaQTnhI8lxOpbFNEwpwk+DqBi4Xr+b1b0H6kQOkeiF6"
    "plG+2kuUiuO0CVyqWsKxyg8H3ACBsvBHqcTsF07thjJAOLWFU5vDnUA4tY8OrXBqc+DUTu"
    "kpO4N764/SLPWkKK5RtawApsyG2RnTghUAGwpp1M6LQUpeAIwfRqPjnL24Ezl15hLM77yz"
    "lmAZ1Xm9WHdoQY5UyGUif7eb0Y70ibfPnI1PK85CxFlIcza/Fp+FeAs6xfEtLsiAgufzj4"
    "puyP3fSG5gclB6Pk5TkJhw4x/blzl5uhuMr4fj76W7/q/uYVNivEf9rj+8Js1QVdyTpTua"
    "NJQeLplIoedL/etfpc+3E+luePXTw90Fux+wkeZktzZV+ckxH/Wr25u70WBK6WRjZdKdm1"
    "Be9cdXg9GItVI4Nc0d7/PD+Jo2WmjukB9eKS9pr5h/eot7OjkzZMeykC5n3PDdkgwgQtPG"
    "5Vdk9eUvvtTac2bYwFBLI7wle3KUiGffT8eLVyFf46dOfnTev1c+gj8conB598D50j4iWf"
    "hVWzYcHUvlGZQm5fZc0eeR/8o2eEP2b5XeJgfuPvqWZyYxkUwld4VVlCLllklc6ukhE+YI"
    "VcA/RsUt9PQ1ba9+uQ2I1oqUyAoJg1RsrpdJee40Y4NZLyFm4ZDMcCf62sYmapq3PZLNpt"
    "c77UVE2/8Af9GTPyljeeaZrwpWWFppUm7XF+eijRV2LZuyKUbUQh24lrxNDDSTQFUe6oCq"
    "hVjXYO5TyCpmycqibSHo+8+VxYAj2oOF7BxPyxbAI3QtBPuskDQ52yJNzvKkiWGT7a/aJE"
    "/Qti6acf8BziJQ1IP2Q6EJ/WHLhP6QldZwjiyrwmxOEbYvteH+a1za2LDKx2VFqURgYnW7"
    "RyTwPIxSMne0uapp1H0hrRDBK2O+5wOeTX1Aaa4gTX1G1uYwUn3/iri53NiqnGXab832GS"
    "UTyT6LJ/ukh3NuzcmSgMcJDwh50NJYzCEmbzFzsisZ/3h/O8653xInS8ZrqDIG/wWaatfm"
    "xOr8fe7oMv1+MHNUDau6fUK/9p91yZot7KAwxdiRqnScLGrcjcdg0AFSlY6hWiWOJkK2hy"
    "AazrbbhsTM+JhsDZrxQhUqsDhOKbjMM5eDwJIqIXEJWsFprjntBwtV4XSCVnCaZ06jb6ZK"
    "hqvA5zhlY7hMxqdqBWDR4TaAFgpD4wCcY2QBvFQLHtW2aSawh76YrjAfsuibMys8PcSfFv"
    "7veNUzQtSJz2VzQwPgM9ieSqPPYltKO6OjVDzH8HDujRZJIo7NAZtqAuXnf4xMnMaIC/Lc"
    "X5B3Lx/uCmzBG7G8SfeiqEa3tQK3jF0pcChQOZMYRTGNicrSOV65qI/UEORjc/OghZGast"
    "7jFnAYXr8zTv1grLai5V1e3Amqu/BCZRshok6F3WWTN0hbQXJvD+wE0YQN0VaANKQsyH5J"
    "Oug2ZKfEO4E1YsNNw9Faut/Jxmql2vaucF0Fw7R1ftmGrEJNsnVo2kujsrCa9WY9WXIHO7"
    "ln/7Gd8N4bt+3wQa2yepUB3b0X/9NGxOCCBvHtCJjERjnp03/bDBY7kKD3hm3DsWQ6XHXI"
    "/LFcFZX8cR8Zs93g7cVWzMawpbZjzQm9mCGZndTLtzG3JvZihX5Zr71m90rk8RKpuURqrm"
    "bJxYaeTBZJzWU/OWl2b7lY53Zv4R3G/d9AwirOClTPBzcgaCG8tZReoFmJJJaVKA3zltwK"
    "cTJxsl75XDeaAyqOfu6eHSVpE/J7K9bipzopNaOjRNzmCenQiC9AVcy/2MBe0ihBvxKen9"
    "6lw/Fkb3UCnjW0WapEMDcsxhLKpostad+SmXl45lyQS6eCvMqk5XaJHU1qBTDBVWnhlUHb"
    "GoBFqFv3NVjVR6+HxKlWJAoivS4GHLkgEmduYBHuycdOUFu452GLyvAmYorCmltVRtSY2g"
    "nXLTWmsiNpj1NkijOhXBTdgjWmigTVHi0GsiHQZ1iS0s6RtW78WptDa48RjNXEGSWiPfiK"
    "UoiIsOxYhbiM2x6xAON9X4pb6PQDjyV4o6MFpDng3wLDornEw6zwbwH0EsYDzx9Kv97LHQ"
    "8xeQZlFptykvR71vIFIqaCY9urC0RMhYipiEevkj2hXL7igKKFR//7j6wgvxtlHMXl4xsQ"
    "tBDeWiIrKhzjHOP0piUbSPxCYWnfaYRIuE3F0VlTOSCOzsSpAUeLQJwaNOjUwL+4sDukBT"
    "2GnO2ZRVGNqArZoOb7s+vzCvk31lPeoMhV9jwvUKR8cK2XVuJF5hdkYqwhiwVjxTkQnVWi"
    "5rxwwjRMGLfYCRNZokW9BBGSFvoJ9l/9QjgJjhzPLIJtj5rVEEPs5JQCHOjOKqVzxl2+AT"
    "XPsqZzNxhfD8ffXwAT6QrhwaN+/3B1NRhcD65pmV5ZRojMpkf9c384ok1zqGpISZ6KFZFP"
    "+y9nF6pmJTaBGFHrCtud9j4VQbn3aUsNqk+pKkiiEkmrc1YL1+ixtxrhGhWuUY4WgXCNcu"
    "4aPYYXL8ipmHLjRbMt5vnx7GgfkX2mpTuacNIJJ128JpZlqVkSP98+i5DwbDhzEytFJekT"
    "jX7WndWsHNQZpALyApALe0nYS3xMdGEvcbEIhL3UWHspUtXxeV9Z5wfPLUs9X79R6UKWa1"
    "kGiL5kXkroWRiZLVcDhJEpjMyi57Q513EacTbLTRxI9LVKoJwga91Z61mhizlnWy7mnKUv"
    "5miGDMsCHaVpHcqnhVA+3YLyaRplQ5Ydy6q0UyRIW7hVNGRrEEfbHOto6Xpe5avDxgmFw0"
    "Y4bPh32ESPOXfCtoUV7JLgJhY4PyfdXmm8lDciLJmX54awwh7C/dDSrU24H4T7QdyS4EOx"
    "NOnpdQUGZNCKWxJVL6tAu5y7IqRonbOiFpcQEVW0XF7Gzm4YGoJ6HsoBVTLPHSGrC+eg5b"
    "B+icvb21Fsu7gcJibu+OHmcjB5c8qAJ51UnDOfic5mlA8tiFKJHC1VZYnw1hybAyKwRvhp"
    "OFoEIrCG88Ca1M65M6YPdiFIOdsviyIa1RNiiJIXAOOH0ahYrJLInn3gOKUIXjluwZcKME"
    "fyngv/YJuVKeEfFP5BUUS13nKEwuf6itLXCug7wjfCAQc8Da4s/jEysQCEd4R/70gYxrAT"
    "smG8RMMmeFFgY0ubwyS2TcWVyyy2fdkthJ6y//0H3XzjH0a67NXwj6etNda66zx7Igx289"
    "UKrwAP+1hXeAWEVyC2F7AVmuJ3sdSSPi3Pl5cyEkt+ntz+NhiT4S3j/5D+qPd/7g9H/cvR"
    "4ALAZ6iyF3zUKfLXk/4XRrtW8VIhWwOjvx5cTi+Agmb4USc7wQ8XQIb28lG/748G9xfAhh"
    "qyyZPbm5vh/f3wdiwNfiEvcU+GDyspSugbeR+bfM/nwUAajklv8nyOyHajk14u1mUL9BRJ"
    "MNHLTzDRSyWYmEENZqa13OLfiNCIUCZhYjeTA0yBKR9+EKESwTfCvubevg70dHFSnh97EF"
    "nUO9TmRjp5nd3OykdIWSCilmFrw49+xfNhuQvY1IK6TQxd930TNnO6SzffetZYZwkneheo"
    "BewpRQqwEQbGHHiz4QR8fUKbr2AFn5ANqGZPEASqglamgUmfC0D0LEC6dNkfkS/Oqgdcz5"
    "e8aOwTSmHi87OVdoWJL0z8uImPSlWn8brzbNRXvBVxel4ohcP5lhQO56lbEfkOlBx4G+A0"
    "qXrrZO8ZX1ZoZZQB1+8vLvQUudAj/AxH9zMc55oDZ6aY8DPwsQZacsuBs9m98yUH4Whohq"
    "PBBSzHxRCg+YJzAQX96q0yG4kEUBVRUlYY7E1b5i022FsbVU6BUrH6jMA/AJmgiooLnnMf"
    "RTn3RGSFO/hROp75waU0FPYpPxyIHAaUZkKaViwFYazyb6wmjvd2gjfzeLFhE74o0On1nm"
    "PFZuyxOwMdiX1uKbxxraK0g6A+4/cqCGrspGzfyLNuvukrx3u9eJ7O9GAAgak5C1UHCzLx"
    "sE0+rxAtHwbmhgWgDpg/BbwJB+8C26RGQxfMDN2xu8BCMzJPwKPTe987f5s+Uq/pex71R3"
    "26RIDiAFbGM7KBigFeWoazWJI/bUDrApBWGnVK2pH7FUEEK4AYmHBDU5Z2H3U3ipW2kTcw"
    "yZQgb8BejRLCOUbWOxaRSkbTFWPdDWNc3af0u9/MNo/61znSv6nQoOEDWENf39IXf0aWjR"
    "RAfr1pGaZhsdGxAdwbJ0FsgWoDdz2Rd7QedV/mAtsgcFnI1OCGjLI0jCeg0zF9LPFalVH1"
    "MIN4D4Yam0H+L6TWLyGJd5sR+TBXZRVaG+H3EH6Ppu0XLfZ72IZjZUWbbymgElDwfJzeoa"
    "LY20TwkkhqJv2oWC3q/6i5kKSIYagxhkEjG56WRvd+BTUtP1eBT9SaOxRnvY/nwR5CP2zb"
    "Ne5v+qNR2h0xg3bZyyj2gW+iVJQOrv+W6Wz0jcAaEkXTNDWVSAls8Owlpa8rzcyMA8cJeZ"
    "LNlihNiwIYRFqZRqqh0XwDrr1TJZV3Bm1rZPehM6r7hlyVS6kB8QFjAD3DvFNS8Fe9mjoZ"
    "/DyY3A+uLwIDvYoaeXpeKBh2SyxsUtOJ2d0p9m2325K0e7DcONskGmKo+ZiIkPKjhZQ7pl"
    "LR+xGnFN4PjheV9/YR4yb0S5Y+a03TCi2wsvpxlOSCnG1WIuDj2Ofbr+pCwusVPCLI4xXc"
    "SOBteu/xSsJR8wpytmkWhTUvrWA2qtHz6l3BLZiqo6nzNa0GcxQn88XLIQa1TipOJvKsmx"
    "8ns473qveCSDKywrFFtISIlmia5Giov+B13xLB8Anp1Ae+coPYgoA1L8NNlyZKBKoua45S"
    "2Pd9FHOKvGcpBnn9eeYOl7IxRFxH5ZaE159nxDsmVBVgOPjCDxN4dHq90x7wZguvrFgR5c"
    "KonFw2pOb52KBz2R//dEEEk/70qH8ZXP3Qn16ANSKaE37U+6PhXf9XwjVNNeGGkzM6L4yc"
    "fc5kzfZLbT4dz0ypepZTKMfK6ZYcK6fpHCsBbg6NGa+EeEDZQsz3H8tIl2Lp2R0jal3yoF"
    "omtmcTVpTuIfUB0bYQ6WxjpJSEvTMZ/O8DUdfdiAtvDCLe7+4mtz/TRmKwW8YzbZsMfhxc"
    "eR1/RzLrd9cfks90E+djCwjr3hddHiFF69ZGLYm1yG5P1DXJQnNkocwE6vlYZ9G2DvXT3q"
    "cis7r3KX9a02ep6D0VrSv5QRKkIviInziJtOODStIKPI6QCf7yzF/3emWFGIAIGc/2POce"
    "FBGEcWwOBLvRrHwkWJpWhCOJeAzu4zFc4b0zsi0/345tcQVCByLC4FDQciY4iiKbFpsxeM"
    "lrgPHDaHScyAFfXtyxK8SdVPRA4nk3P4IgWJdm2LXGOpDet4jqENxsb10RRiDCCOLWdCAJ"
    "CnuoAgpxIFHgQALp9IdnSTbD0BDUs0GOUCVQnhGyumAOWg7rori8vR3FlsvlMCG9xg83l4"
    "PJm1OGO+mk4hzbiXzpXF2kwf7x/nacI7wCiqTgUmUM/gs01a7NedD5+9zRWco0MHNUDau6"
    "fUK/9p9lTyieoaayq19gtgFhupG/2MD9eWBlKG5CiZ0YRVGMMcqf+G9u+r8k18TV6PYyKb"
    "DoAJfiulvL950MN1/quptwMwn3Bm982Kt74xiW4tCv6idvJoi0xM2rnC7dfHtRDTtLVti7"
    "RpPR8dwMhknnjZcSUpQY5EqIdIUR+Yo28yJGZGy1FrUjY0TClCySp0+k3ag1foSFdklLaC"
    "/LwJykayHe+5/KRPaQ93VBKoV1jKwS1JwdURwI6fIHyREycYYsoimaygFqUZRGP0IkQomE"
    "h4FPD0Nylu+Ma8vDJyKLmh+XTd9RVJxTOjLyrJvvpIG0V4nCkZ0vSwMoqgLWS4i75F+kd2"
    "lNh/VSlZfAmNF7C92w+MQz1Ih6C2ZoTutVQF1x60acgC+WijHSActqjoDtXZ+JldCo76se"
    "9UjBGQBt9oCumQX5xbZBP5IxVJuW6GDYAPSNdNY2rDgGguT73d5uSvYlQZfMeiWvGMXW/A"
    "gYWqRnoJV6H2ldzWTxCa8KkMikILxXDROyLfZe5RX72nY3swl+K5ZZfuVg5mTrAnSyOAFr"
    "qJFtr6/87ticFJ9ICM+iLEiQte6KVG1AZ+0wL8Kcuc0IkDOuHzPdJY1wfvxJSLFT/Aln3p"
    "ZDB5EwRbEM7AGBQL066r7ru5xMiVO1Tqjsv4QQUTeM8j6sKJVw4AoHbpM4ILyIR/EiMpFx"
    "KDciZ+KlKKhRscrRJaE+slR52Un7EN327hb/YdijzpSipVxer8XftWPJsHxPFq0LVNKpES"
    "Hh2atRUSvrffhQQC0jvXL1MvYsoZiRJVUCYa97C9GtJcUU+UaMsjb6rZc5fJLD3+ZouGGX"
    "0rkOuY39+f/TMMZx"
)
