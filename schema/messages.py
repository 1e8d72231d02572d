"""Error messages in the caller's language: English (the services' own words) or Simplified Chinese, chosen by the
request's `Accept-Language`. Codes and fields never change; only `message` does.

The services write English. A Chinese message comes from a template matching the English one (the recurring
shapes: ranges, lengths, missing values, refusals by role), else from the code's Chinese meaning followed by the
English detail — never an English-only message for a Chinese reader, never a lost detail. A plugin's own codes fall back to
a general Chinese phrase with the English detail.
"""

from __future__ import annotations

import re

from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode, all_errors

ENGLISH, CHINESE = "en", "zh-CN"

CODES_ZH = {
    "INVALID": "输入无效",
    "REQUIRED": "缺少必填项",
    "NOT_FOUND": "此商户中没有该对象",
    "INVALID_ID": "ID 格式错误或类型不符",
    "DUPLICATE": "该值已被占用",
    "IN_USE": "对象仍被引用，无法删除",
    "UNAUTHENTICATED": "请先登录",
    "FORBIDDEN": "当前角色无权执行此操作",
    "MERCHANT_REQUIRED": "请在 X-Merchant 请求头中指定商户",
    "PLUGIN_DISABLED": "商户未启用此插件",
    "INVALID_CREDENTIALS": "账号或密码错误",
    "WEAK_PASSWORD": "密码不符合安全要求",
    "INVALID_TRANSITION": "当前状态不允许此操作",
    "INSUFFICIENT_STOCK": "库存不足",
    "INSUFFICIENT_FUNDS": "可用余额不足",
    "PRODUCT_UNAVAILABLE": "商品未在售",
    "PRICE_OUT_OF_RANGE": "价格超出允许范围",
    "BELOW_MINIMUM": "金额低于商户设置的最低值",
    "IDEMPOTENCY_KEY_REUSED": "幂等键已用于不同的请求",
    "GATEWAY_ERROR": "支付渠道拒绝了请求",
    "CONFIG_INVALID": "插件配置无效",
    "LIMIT_EXCEEDED": "超出请求限制",
    "OWN_REQUEST": "不能审核或决定自己的申请、资金或身份",
    "REFUND_REQUEST_OPEN": "该订单已有进行中的售后申请",
    "AFTER_SALES_CLOSED": "订单的售后期已结束",
}

# (English pattern, Chinese) — the shapes that recur across the services.
TEMPLATES_ZH: list[tuple[re.Pattern[str], str]] = [(re.compile(pattern), chinese) for pattern, chinese in [
    (r"^between (-?\d+) and (-?\d+) minor units$", r"应在 \1 到 \2 分之间"),
    (r"^between (-?\d+) and (-?\d+) basis points$", r"应在 \1 到 \2 个基点之间"),
    (r"^between (-?\d+) and (-?\d+) units$", r"应在 \1 到 \2 件之间"),
    (r"^between (-?\d+) and (-?\d+)(?: \w+)?$", r"应在 \1 到 \2 之间"),
    (r"^at most (\d+) characters$", r"最多 \1 个字符"),
    (r"^(\w+): at most (\d+) characters$", r"\1：最多 \2 个字符"),
    (r"^must not be null$", "不能为空"),
    (r"^must not be negative$", "不能为负数"),
    (r"^sign in first$", "请先登录"),
    (r"^only members with role ([\w ]+) may do this$", r"只有角色为 \1 的成员可以执行此操作"),
    (r"^only any member may do this$", "只有商户成员可以执行此操作"),
    (r"^no such (\w+) in this merchant$", r"此商户中没有该 \1"),
    (r"^no such (\w+)$", r"没有该 \1"),
    (r"^another (\w+) has this (.+)$", r"已有其他 \1 使用了该 \2"),
    (r"^the merchant has not enabled (\w+)$", r"商户未启用插件 \1"),
    (r"^wrong account or password$", "账号或密码错误"),
    (r"^you cannot (.+) yourself; another member of the staff must$", r"不能由本人处理（\1），须由其他员工处理"),
    (r"^Input should be less than or equal to (-?[\d.]+)$", r"应小于或等于 \1"),
    (r"^Input should be greater than or equal to (-?[\d.]+)$", r"应大于或等于 \1"),
    (r"^Input should be less than (-?[\d.]+)$", r"应小于 \1"),
    (r"^Input should be greater than (-?[\d.]+)$", r"应大于 \1"),
    (r"^Input should be a valid integer.*$", "应为整数"),
    (r"^Input should be a valid boolean.*$", "应为布尔值"),
    (r"^Input should be a valid string$", "应为文本"),
    (r"^Extra inputs are not permitted$", "不允许的配置项"),
    (r"^Field required$", "必填"),
    (r"^String should have at most (\d+) characters?$", r"最多 \1 个字符"),
    (r"^String should have at least (\d+) characters?$", r"至少 \1 个字符"),
]]


def language(header: str | None) -> str:
    """The language to answer in from an Accept-Language header: Chinese when the caller prefers any zh
    (zh, zh-CN, zh-Hans …) to English, English otherwise (and when nothing is said)."""
    best, best_q = ENGLISH, -1.0
    for position, part in enumerate((header or "")[:500].split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            try:
                q = float(match[1])
            except ValueError:
                continue
        tag = tag.strip().lower()
        chosen = CHINESE if tag.startswith("zh") else ENGLISH if tag.startswith("en") else None
        if chosen is not None and q > best_q:
            best, best_q = chosen, q
    return best


_DEFAULTS = {code.name: code.value for code in ErrorCode}


def chinese(code: str, message: str) -> str:
    for pattern, template in TEMPLATES_ZH:
        if pattern.match(message):
            return pattern.sub(template, message)
    meaning = CODES_ZH.get(code, "操作被拒绝")
    return meaning if message in ("", _DEFAULTS.get(code), code.lower().replace("_", " ")) else f"{meaning}（{message}）"


def translated(error: DomainError, lang: str) -> DomainError:
    """`error` with its message(s) in `lang` (the same object in English)."""
    if lang != CHINESE:
        return error
    errors = [DomainError(e.code, chinese(e.code, e.message), e.field) for e in all_errors(error)]
    return DomainErrors(errors) if isinstance(error, DomainErrors) else errors[0]
