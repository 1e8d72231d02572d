from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TRIGGER IF NOT EXISTS "ordering_stock_movement_no_update" BEFORE UPDATE ON "ordering_stock_movement" BEGIN SELECT RAISE(ABORT, 'ordering_stock_movement is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ordering_stock_movement_no_delete" BEFORE DELETE ON "ordering_stock_movement" BEGIN SELECT RAISE(ABORT, 'ordering_stock_movement is append-only: DELETE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ordering_reseller_change_no_update" BEFORE UPDATE ON "ordering_reseller_change" BEGIN SELECT RAISE(ABORT, 'ordering_reseller_change is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS "ordering_reseller_change_no_delete" BEFORE DELETE ON "ordering_reseller_change" BEGIN SELECT RAISE(ABORT, 'ordering_reseller_change is append-only: DELETE refused'); END;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "ordering_stock_movement_no_update";
DROP TRIGGER IF EXISTS "ordering_stock_movement_no_delete";
DROP TRIGGER IF EXISTS "ordering_reseller_change_no_update";
DROP TRIGGER IF EXISTS "ordering_reseller_change_no_delete";"""


MODELS_STATE = (
    "eJztXetz2rgW/1c0fGkyQ7MpeZa5985QQrtsCWR4tDu77HiFLcA3RnZtOTS7t//71ZFt/M"
    "A8TIAYVl8SLOvI8u9I5ynJfxcGpYFi2hqxdTo6a/k/qobpah1mqo+FMvq7QPGE8B8r6xZR"
    "AVtWsiYUMzwwRBNBoaICmeLM6AYOs7HKeJ0hNhzCizTiqLZuMd2kQNmjOnMQRjZxiGEQG5"
    "lT6iCdIjYmaGBjqr1xkGgVTbFNxqbrEHTSdy/J+3fwV7vou1fkPfwdXN2eniH8hHUD+oX+"
    "jb65mDKdPaO3on37iWhn0C3NVHm/4CVeowd92qfVMaYjoiGTGs9o8IxUk2o6YIIN1Hu4q3"
    "RrDprqbMz7NTGfyIRQhmxzighWx+jEMtyRTp2fovz4SYB+Zj2f8gf8qZoO+xPpvJExZuJN"
    "XPGaY2JoCG6KsuCVi4iZiPGfyLLNoc7Q0DYniLk25c+2BWSc/JtLFGaOCKe0OXC//16YEF"
    "vlL8KgQtAW/OataC7n+h9/8AudauQ7ceYpYrWsR2Wo887FRqauQT1RrrBnS5R90Ed1yj6K"
    "usDKgaKahjuhYX3rmY1NOiPQvaeNCCU2ZgSewGwXhiJ1DcMfwcHo9F4zrOJ1PkKjkSF2DR"
    "jQQO11ICwrKEqz1VU6ta6iFOYGe0ARGX1+EWc/TBTeVUcAMIIuvH1fKl1c3JTOL65vry5v"
    "bq5uz295XdHf+Vs3P7zOhGh5TQnM6p/qzS50yOSz0ZuyUPBD0GCGPSrBoxB91SaAl4LZPB"
    "fu+B2mT0g6H+KUCX5oPulZ8CPJnYAXy9gTFIT8CeXLPhjEX1Br8bnrD4wl2Hfr97VOt3L/"
    "AI+bOM43Q+DHZzjcKYnS50TpyfVpnFmzRtDXevdnBJfot1azJuDls3lkiyeG9bq/FaBP2G"
    "WmQs2pgrXIGA5KA9R4zZDrgcSa5/nCaRclWT35tsXe891OvtK7y5vL24vry9mcm5Usm2rB"
    "tAoBDeR+BkCjJBLQJKCgvubBvDcpeV4gjnyCo4FyL4ohBDxQ2kpWfZwg3BX+x6qaQw74pl"
    "JmBsTp9jf+j44BgXWbmQMJQsmCTCwAz2D4mGqdRj2JODs+mjbRR/Szrw7qvO+YqiQFfpXX"
    "PLuPNHRYsuhHMNiC0vD5Np7O/KmkGOYAaMQgTEBQrXSqlbtaIXW0vxjbnuM1cmADfF1gE5"
    "M7BmybG+LterVbSBPkLwb2IWznSLGNq64F0IJ8GGD1cYptTYkJCrhjlsxEyazu/K1JaZIs"
    "wRSPBEDwJtDv1EhZgzwRo7AyoOZVK2aIpRkzipVRtEoYvRJUEJ+6Pr8YQHyKXBQR/D8/77"
    "s3BN94V7eqd8UvSuel69MygvCQZesqbx5+im6giU71iTtximhsTiFKZIsIlM7m42iv1IfV"
    "gSlMHwucn/FSwatkfEoGomQg6rCk6REHosT/OX5Xx9hO53VQP8FljtYh8nWCv3MFQEdszC"
    "+vzpfw9UulXf250j65Ok/wqunfKYlbCX8GhOIcuIu9GL96nt2XwlgfcQUASQ9KsM1/zRI4"
    "cVWEREWHnSZV2H7CV5ruqKbLrfGB5cyzoM1xTOdBki7XvDCHQz/DxLBuBDrdpQZxHHHDMx"
    "HG2PEU/ZR6ddDQtBFGETN5/wzi9oZnmSkbxMLTiXMbeSx4aUGLzxYuuSGDWESYce5g59XR"
    "xxMY7pkivWnE+cXe6+MWwN9zMMy1RjbWiOLwrhlEsVwwqx2icPQzcWtFOxsxzrcsdi7fKA"
    "l4hszhjGtctHH1I/wTEpFzh8BM1Z24Bmb60+Z8nG8izyz02ecgbpJytiDXEqsgZgw8DPbJ"
    "3IyMS+eND1uNSy8O8UWjqtx0TDGmP/h0Hz+3CQgmM00oLY7WPUCz+TGqX4x/aox/q7C1I4"
    "mDYwFtz5Fkb9CtF06eDdBsMWXFmtGtjixTRL5bhq7qzPfQwNwJHDTfXfPjvTqHjmANaoBT"
    "ETispymx4m21ujL6O1Pgi9YkypivjPkelqQ64pjvTDCt7XvMKPIcDsvl3AtR95RCVnkXpZ"
    "LgSwfuYDkgF9dJDzpnE2FnK7tm5vCmwC5f23Jgw31dmKOqbjXGco3XFtZ4rRH/2Z9jPgtr"
    "rHTLowGQtZ3y6HLLTGu9Tvru7QCX+F+tdNN3r64ur0+RS2HRFKbI5Q42jW7y4161dzOSGK"
    "emXy/NS9/lk1Z67i6sHZ1bt6XTJ50RPrS0+eVbCXrxsPkW+KRjriN3HUrH/9DE6jE7/piN"
    "5/ndJd8X2d5+/Twv9uLahXEBjw39L6Ih6DHEMD2x5KAToeOZTcia65CWcbv2azfG6GDp18"
    "l95dfTGLMbreanoHpkqVi10fqQcIt8OTnHFFiBV6PuZM6GiTEopN4fiwoWoZqvZbPw6aHW"
    "vKs3P5WRT9+nlWq3/qVWRlwR60+kTzu9DlSq3ZWR4zpQjWh92q79Uqt2odAm/yUq8zZsZl"
    "3c9+56jcV975JzM1zcB7finIvqyFT2LdBjcbI8T60N11FuH+rIkodg+UrKlFm2N3VBA/ld"
    "tWRhXQvWvjhFRAkDsWaTIbf4nDUnwKvEeTB1pqn5zl86rWY6dyIkSXtCVxn6HzJ0Z2eMKf"
    "yLQ6oC7Gjg6gbTqXMGj/1PVvkGRjh3RgxdFcncNw6KvNeLFA8gt1zxJHVMwnSABpKKh1s5"
    "jpmyAmmx5Aop9qhsMnJhQ5F1cb7O2m9ea6HQEvdkwD83YkgG/F+bAzZRzckEjLhN9nMnaX"
    "O8xjHnfPBcocwsiJFJ9DdG39lg+EeIpAqQCa/8J7xcRx5jsArUyKSWGcQ9ZxDTj4nwcxd7"
    "Grc5U4drD9uoHbAGqBHTTSK74lyTpJEbg5d3AzV7jUa+krPekaqFtVO0fv3iBolaRQ1pV+"
    "drLYgXvxUnvRrmyFvpHLT0xkFepLzoL3eGVKmfTvUewu+Ig2CnY1PcnI6fUzK1u3lGSo5W"
    "rp7Oi0FZlElUmUSNKbhHDumm+bqANs9ZnwLHp9vrlH1x1qeN2pdao+xJtT7tPTTqzVoZhc"
    "bT6+eHTN7MEzbcTIm4GNHRRbSvL9cA+fpyIchwKw4yJdPsIMeIJMgrQT6MrMzeUsk7yctw"
    "O9LMHpOLUslwqEzLHCoH5Bm7MjCdu6mws8C0PGN33VjU4jN2U4EV6lAG+JaCGjUZchza64"
    "xNa83zEMKqxQwBPYdTZToNIRpUi55tFz+3zv96lG4jeAA6geCa/0Epv4Ygd7BB0MCEdXNL"
    "d1/s5Flb+aCTDP/J8N9hqZ0jDv/JwxOk3/hP9Bvl/n3puP8TWSAdd+m459jHzOy4y3MTju"
    "3chI7p2qr3wqvc96BmMYv3HiVa6bt/5V4u8ZbFiGObIUnMXWPvAHSVd0589bjsfSzZ8u96"
    "3332z+Y2Y+cZ+CcjAAAp3vvOn7b65ENx+sHSIxLCTbpTrDPFpUw35MEI0qk/NLl5xE79wX"
    "yOeffzb2ufmAAhrGSPlsTJ8oxsYTrGzNMe7jPXGmLLNnxmAl4hqapeX+Yd8pkTGzDna6Xe"
    "FcdNgNIVx010Wr12VRwuARaNd7TEx5533oS3sT4vR0tE7ISMSihOuQUllM/UW951ToDJUq"
    "UTjLlNPoCUSpvb0yxeTQcJwZw5YBalyrMCyqVpHdnDtsm245duOpbQF2S6JAcc8L6PlhX+"
    "KJUc/psbuJslSl6eJsmZtSSzJPkQQTvLkgh58WJgW0ErByZc1oU1KlXX2Hq/jT3hAtKG39"
    "KRwrpoX3gqqsKmlsm85YhGHY81ttrvN0OaM922LqaL06MhqLnI4kE+6t58IhMi3mVVKi9W"
    "vZglnweUyiRKuiqrt5gpq/eur7HcNXl2uKfVZIZMZsgOTM4fcYZs2cbU1TmDw9ikKjRCq/"
    "q5HKwn6NNuu9LsfKy1lXoTcMLUGYIyoZE7rV43cst0GeQVOrU2nGwN4s6Go63btUat0hEl"
    "8AlrOOy60uCXsGGgTx/q1c+9hzKydPXRtaB2t9duQmXm2jTIUwRZinzkKILAMyhUhjdInI"
    "aEMm6dttaTjxstM7jzhBLcJLgql4yLgF12hniM7Ghg3XNoTnxVltgWtrkEyGrIpRDLMJ3M"
    "ERwqB14pRyBHf1luZ3l1BsjtLDJRkzs9ILezvDKwy7azpAfB5X6WLexnSYd2v9nFnJklL0"
    "4upmMadWFk5mYpsineXg5OUfnxfzHkQ7E="
)
