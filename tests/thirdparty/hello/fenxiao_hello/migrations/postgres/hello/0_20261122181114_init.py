from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "hello_greeting" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "text" VARCHAR(100) NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_hello_greet_merchan_478448" ON "hello_greeting" ("merchant_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "hello_greeting";"""


MODELS_STATE = (
    "eJzdVl1v2jAU/SsoT520IRbWwvaWUdpGE1CVaJM6TZZJLkmEY6eOI0BV/vtsh5APIjY2DY"
    "m94XPP9b0+59rh1QiAENa95wAipL7xqfNqUByB/NEMve0YOI73AbUWeEFKKvKr1EUiOHaF"
    "jC4xSUBCHiQuD2MRMipRmhKiQOZKYl56B6U0fEkBCeaDCIDLwPcfEg6pBxtIimW8QssQiF"
    "drOfRUbY0jsY019jn0bSruNFcVXCCXkTSiJT/eioDRfUJIhUJ9oMCxAFVB8FSdQDW4O3Jx"
    "qLzZkpJ3WcnxYIlTIionXqASMxCazhw0HzsIGSdo5DKq9JWtJloAX7Xw7qNp9vsDs9e/GV"
    "5/GAyuh72h5Op+D0ODLG+mVCvfSmtm39tTRzXEpIm5xwrIdA4WOM/SZpTquxyUXgiLQxdu"
    "ZUSEEbT7UM9s+OHtUrvFj6Y7hRfH7CmA0p9yLM9hkDygN6NkuxuMI9o79mQ8d6zJoyoXJc"
    "kL0fpZzlhFTI1uG+jVzZu6WftNOt9s56Gjlp3n2XSs5WWJkFc1qfGcZ0P1hFPBEGVrhL3K"
    "DBdooZpklq4L2LT4PQowb/e64Ddclmpdoq8R3iAC1BeBXL7v9Y4Y+9V6Gj1YT1eS1XBrug"
    "uZeSyr6RsBdwNMBTr1cWsk/vqV+zO9/9d3rnSAcQ/4yfJXs/6V9ued9bOJr77vy1XrN6YY"
    "6kMv7hiH0KdfYKv9sGXvmLrQIr8rmd1JZaPLugRZMWkFWtbneL3/V9S8/1IADwiI/Hm25i"
    "PrdmwczvlfCzsrdrmw8f5dWav3ul1TNb4L7K7WmHuoNscqwkzWQPbcw1BkRk0EU+xrddQx"
    "suwn7e29Yg=="
)
