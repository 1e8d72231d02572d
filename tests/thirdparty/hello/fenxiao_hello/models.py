from tortoise import fields

from fenxiao.plugins import TenantModel


class Greeting(TenantModel):
    order = fields.ForeignKeyField("core.Order", related_name="greetings", on_delete=fields.CASCADE)
    text = fields.CharField(max_length=100)

    class Meta:
        table = "hello_greeting"
