from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "agent_salesperson" ADD "accepted_at" TIMESTAMPTZ;
        ALTER TABLE "agent_salesperson" ADD "invited_at" TIMESTAMPTZ;
        COMMENT ON COLUMN agent_salesperson."accepted_at" IS 'when they accepted; empty and not active: an invitation waiting';
COMMENT ON COLUMN agent_salesperson."invited_at" IS 'when the agent invited them (empty: added before invitations)';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "agent_salesperson" DROP COLUMN "accepted_at";
        ALTER TABLE "agent_salesperson" DROP COLUMN "invited_at";"""


MODELS_STATE = (
    "eJztXe1T4zYa/1c0+dIwk3IkWWCPu7mZwGa3tBB2kuz2pqVjFFtJdDiya8mwmXb/95Pk95"
    "c4doDgBH0gg2U9tvx75Odd1l+NSWeiwRki7LAnfnu2bWIdMmyRxhn4q0HgAvF/irq1QAPa"
    "dqKTaGNwYkpS2aLBFMWEMgfqjHeYQpMi3mQgqjvY9m9NXNMUjZbOO2Iyi5pcgv90kcasGW"
    "Jz5PATv//BmzEx0DdExeHvjQVy9Dn0BkIZZC5t/CE62ffaFCPTSDwbNkQ32a6xpS3bzvHs"
    "krCPsq8YxkTTLdNdkKi/vWRzi4QE2LsZf1bkQIbEHZjjiucSw/axCB7Ve4Soizf2GI2Bpt"
    "A1WQyHiRa1NTRtcDPWRv2xpjUqIKdbRKDOh0olADMxhB//2el0u6edo+7J++N3p6fH74/e"
    "875yvNlTp9+9wURoeZeSmF1+uhyMxYAszlqP+aLhu6SBDHpUkkUR+rqDBF4aZFkufOBnGF"
    "6gfD4kKVP8MHzSw+CfNHcCXhSxJ2iI+BNN1m0wiD+gcUPMpT8xCrAfX173R+Pe9WdxuwWl"
    "f5oSv964L850ZOsy1do8OUgyK7wI+PVy/BMQh+C3m0FfwmtRNnPkHaN+498aYkzQZZZGrE"
    "cNGrE5HLQGqPGeEdcdNONgcGYaKMv2izl08lmeIkvxnGO3i1xewG+aiciMzflhu1PA5a+9"
    "4cVPvWGz3UlxbuCf6chT31NQQ1OTB5WAjhHtIczHRyVgPj5aCbM4lYQZGxpxFxPkVIE5Qb"
    "SHMHfLzObu6tnczcxmm0NUaSaHBAreEvBCLuPRQhhsD8ihvrFWFupcYgV7Wdg3sYEShHto"
    "Au2IyRNgUmjz+I5I7gvV52pAcviSPz4kOspwOqLe3hvVsBExBHuqcbfxuT/4cDn4dAZ8+l"
    "vS+/x5ePO1/+EMcEfQsR6QcUuG/Z/7F2PR5qD/IV0MfROD6aSMwZTme8xgOskxmGg1wRdR"
    "bJE3FZmyqaw7KmMp8V6rpd1RxlZy0ANGjxsJvBTpM4g8311REu/5JZ4f9OEGQdUYS5pyfb"
    "RlB5TZNgMuERNM9IDMygyIUynwNwY/CERWxj9F+FIs2Nd4Y1zX6NaCOyUGciozIUu7ER9q"
    "pmFeiw++4p4sN+BDmlbxoQofROpjep8bfo9nSpIM+Wg5CM/IL2iZcUxS6Ou85+F17EK7JZ"
    "e+B9MtaI3u78DHMGGUFskcAAOZiHm+QW900fvQb+SbP08G9wtFuxg2KYts2tpbD600T54C"
    "ayqheRVcb08RjptzCXSH3MgfXl6MG6uU5rbmbs2Ec1lgsyZCAl4+DDD4cnWVhjfUZwreNf"
    "CmNf8KeIWKm0D9/hE6hpbQdeKM1bFSLWHf7KlFZ5FugYTLCsN/GjH2lPj4gB8wXVMzEfZp"
    "lSqYMOLd11VLNC7mmMAfKIDGAhMsejP8gEBwEQqan87/MQadzsnRQQvQOXSQASZLwMWCsw"
    "SBZjsDd1NEvmFoAS/TSgFe2JbD7g7Tobnt3LFMrYfNr8zxkjlhVeRR0yKPinn+503wvy4D"
    "Xji9XzWzv8dJ/XapWHW7IFbdzsaqV1iaowU0zeLoWd1DZ402EKkYzI2LFujw/9EU6cx1EG"
    "jqmC251O4C3XIJW4KmISQ81tlByRSNJ3W6ndOTUM6IgyLJMrruXV1l4wZx8V5hmqfINprt"
    "NbOZXlqScAODa/AcNWlZJoJkRaA+JEo7WJzqpeZ6IL8rzHV5EWDxuQ4gNzWmDqJzQCxgWm"
    "SGHGDy+c1ND1Zuehfpx5ubq0R65vwypS0HX67P+5w1kjO8E2YrImaubWxYGZmk3MOygB2t"
    "jMxJmsnRZ+Jzr+vNeMGQAlcmjJaU8GNCVbjeiekRIGmApAETrnsMwCz5wgrfABjIZnPQvH"
    "VPT4/a/BfBU9BugVv3GB11/OOOPO52oX/cPQCQXwbz13tiEZcCMc2z7syW753j2CSr1uXt"
    "PH8m5u0o96ae7o2qYd8zSV2mhl15Xi9YTu3Jv4puV0i0Q26XcLWEpxV4WFt3sAQi2sTOKU"
    "wc8jMrErIxmjpjXVWPdNrvTt+97568C0ENW4qQVXUf9dDRKs+9tTz3ag8lk/8W48yRLuc+"
    "9cdfhsgMF4YWp2lT6053TMisYkBCcjDkOJhZDkbPhNnYv+BynxDbhhs8lI5fo8AP9nu0Sj"
    "nCTtR5vScceJ3cOQxzZdwFnWKCRJiKInMKmgvo3CPuW1ouo9hAQKbkWoBCk3eCoij9IMfR"
    "fdZLr/Vjo7SccmProCJbyo1VbmxC4bxubva1+aqysyo7W0vXtdEW4eduC5j4HoURA9oSAQ"
    "MslDAxwpgBVVnZukzyZ5cgKpKgIgl148OWIgnbcPJGUAK80sWT51ulHDwadF3r3o2kG8WN"
    "ZgNzlntpxsDvX4K5ZRrIAU3K5xIyxOroqUsM6XYBgmayzvKgBaaWAxh0ZsJNE8rAQaJukm"
    "Y9vhe/W9UvcoUAxtwGVbmpfMJ6GF7KJ1Sf59pm1d1ClFhmUb62iG9HZGCOSOrswNRS0MU/"
    "uYM2+S5BjEqBvzH4yql5bQ5YziYL4uNUavorj7KeHmVmnj8Z2JvgKjs2vcvCGn+vS6xrD/"
    "y3bSxc3VVI45ZCXQMf1EYOLU5xx7u1SodB4hQlkt0xEgCDQmzurYgVo0jmn9kcLUTx9Qns"
    "wFv3+F27LQqtDfGrHx8fnAFMHmR0Y7KUiW15iRaAIDWaVCp8Oze+Jc07b53M3QGwuMPorU"
    "Ph3ZcA6jqyOf2/wF3wL/eY7wBa2GwpIy3E4kOS1ABTfmH/m3rejWUNSLlMfBwJlZCvjV3Q"
    "UsEXFXx5M+vwqqrZF15i5wvvDV6wJOXOfIay8ThHJFJUofby1JxUOmehApxyMy2mZmjJxb"
    "878irmLMbLexdDnVx1hqRId2+KxI2TPHPkTJhM0fQAjxCz4GPBb2uSqFDitm0mFUqsDwdi"
    "jkVlJmRp1augwor1DyuqENizhMBWiBEFbDGwWalZxwjjWJYLNQqCi36PVqm4Ios6b2/zQG"
    "8wqjhJxcd2TJTscXyMi36H0Q2YniDcQ57vCI9L+dSIGJuwOEamGFxrBu9t3ZtnnQEcC7P+"
    "QEFsWbeowObSWZ+Xi5Sp8rg34cirmNZrc0CFUlQo5ZU0+s5XE0UfGSly9+NfIinj8Sf6l/"
    "9oxpwPXdTjBBU9h+CGoGChk83/vH5nUkF7MwE0g3nb8s8egIgpovBG9EXfdNOl+AGzZcGH"
    "NbZ2+7UlP/H1GOmSHxXnqJf2aak4h4pzqEVYr7MIawe3Zo4Kvqr4pr2L8eXX/plfwXFLRl"
    "9GYrNmsQkzdakoLUU12YVZRfneQBBIRfn2nMEG4lfE1cJ8MZrtxZCOKgpSYY/7A5W2+cQR"
    "xXGQ3iNDfCuhzqE9NhebX3B3RLNd4QHQHPOigD355PXmVDDSPFaJcOw9QrY8l3A568pAFZ"
    "t9RfDVduoqMF6LgKzaTv2tvQkqQaESFNue3U9OUORvMK3271b7d9cC2NL7d9ckv9Z/QKS4"
    "pjbZs1Ut06ahkGp9vs0W8cIf5YJ2AaNjAGvq7+8sJOwMiePYtwbPwOPcavEfyMRvXg7tWS"
    "5Ztcg3kyZTKTCVAtsdHaJSYFlHQ6XANtn9N2/lTbkUWERdZ7Abn4a9wVgku2YOl/3IuCXD"
    "/qD/q2hx+AgfRUteSkz0G3259vpRdyFaxvxao4/94VC0ckYROuVaSZzxqWuUTBMbtqxi7q"
    "pXKKDYYk6zYjZzw3enW2ojgm7BRgTd7EYEBmIQmzkp5J9HN4NVeY6QJK2VsM7A33JT6hfD"
    "+t9Tl8iXFkxcbDJM6KG47X9eigcFkAuIEgopQLp53ftvmgkXVzfnaU0jLnCelWdW9RBVnE"
    "oFp3YsQaGwVyHyGnDAdtADtlyqbfYa5JKr90EFylWgvMaT+8lx8ijSuFqWKGwLsc2VnCVA"
    "lkafwrZ43sYM4xpEyL//HyDVHSU="
)
