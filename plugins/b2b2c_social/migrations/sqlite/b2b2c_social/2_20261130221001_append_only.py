from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TRIGGER IF NOT EXISTS "social_binding_event_no_update" BEFORE UPDATE ON "social_binding_event" BEGIN SELECT RAISE(ABORT, 'social_binding_event is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_binding_event_no_delete" BEFORE DELETE ON "social_binding_event" BEGIN SELECT RAISE(ABORT, 'social_binding_event is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_member_change_no_update" BEFORE UPDATE ON "social_member_change" BEGIN SELECT RAISE(ABORT, 'social_member_change is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_member_change_no_delete" BEFORE DELETE ON "social_member_change" BEGIN SELECT RAISE(ABORT, 'social_member_change is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_sale_no_update" BEFORE UPDATE ON "social_sale" BEGIN SELECT RAISE(ABORT, 'social_sale is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_sale_no_delete" BEFORE DELETE ON "social_sale" BEGIN SELECT RAISE(ABORT, 'social_sale is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_order_snapshot_no_update" BEFORE UPDATE ON "social_order_snapshot" BEGIN SELECT RAISE(ABORT, 'social_order_snapshot is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "social_order_snapshot_no_delete" BEFORE DELETE ON "social_order_snapshot" BEGIN SELECT RAISE(ABORT, 'social_order_snapshot is append-only: DELETE refused'); END;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "social_binding_event_no_update";
DROP TRIGGER IF EXISTS "social_binding_event_no_delete";
DROP TRIGGER IF EXISTS "social_member_change_no_update";
DROP TRIGGER IF EXISTS "social_member_change_no_delete";
DROP TRIGGER IF EXISTS "social_sale_no_update";
DROP TRIGGER IF EXISTS "social_sale_no_delete";
DROP TRIGGER IF EXISTS "social_order_snapshot_no_update";
DROP TRIGGER IF EXISTS "social_order_snapshot_no_delete";"""


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
    "LIa4woqMhbTKeDf67dP+VWc4AJ+r6fk2ZyN61oHcVSdXw15fXE+Mq+Le4Pi8DRlEcLgt4v"
    "lThnA47LdA9S0bgGIZlU2r6NDxZnbVBmSvqkHA8+R0FhjzdY4hTAnu4Ji0JWNQhMnSQYhQ"
    "ax2KE2KaYKUJ9og0fR6SGStThdKjoTASf24hE7PpiF72e2dXp8MWSkTln3+0C9FcI6yRk1"
    "Q4900DKEBBi5Ue5Wyhx+TZowXzD9d1CKYlFnBSLptFVQg+1TcRWcebVXsnvd55SuOddLLH"
    "g19dnLTFpyC/BFHI5jqcoWiXD/XIuuvyCsUVVkUKsqHjG88S30j33AcjXH2RnmIdvSrAhV"
    "967STZWfwLUgSchIIfv/SJg+XrFIyqxT72vqxUnSnog1n4sckoRohehVhGjHONiIbhxVIV"
    "1jsGpYOVhVYwjY9XI2KOXPE1NhFeZMcwHSwsTAuJPkM8hBlst/RImAaoaH3j4z9g5c7NKL"
    "CTTBiuQzIqjMJNHZLRIZnUBCH83I31FvwUSet58frL3nR6Wr3qUAmD5HkYkPOnuugnhHTn"
    "1za5+jZ5ND1eF9clK6+2rKtXhTjxiVc4EkxnXq7WbWtlXk7N9B6MbdUFs4pNC6tiWzQtVi"
    "AV84//A14Sa3o="
)
