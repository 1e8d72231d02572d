"""The console and GraphiQL in a real browser (Debian's Chromium through Playwright) against `fenxiao serve` with
the demo merchant: what a merchant's staff do, what a distributor may not, and GraphiQL with no other host reachable.

Each test leaves a screenshot in var/test-output/<test>/. The tests of this module share one server (one demo) and
run in one xdist worker, in order: the data they change is theirs alone.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from urllib.parse import urlparse

import httpx
import pytest
import pytest_asyncio

from tests.browser import CHROMIUM_ARGS, PASSWORD, DemoServer, chromium, output_dir, require_built_pages

# One event loop, one demo server and one browser for the worker's whole session: pytest-xdist may run other
# modules' tests between these, which would tear down (and reload the demo for) anything module-scoped.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser"), pytest.mark.asyncio(loop_scope="session")]
playwright_api = pytest.importorskip("playwright.async_api")


@pytest.fixture(scope="session")
def executable() -> str:
    return chromium()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def demo(executable, tmp_path_factory) -> AsyncIterator[DemoServer]:
    require_built_pages()
    server = DemoServer(tmp_path_factory.mktemp("console-demo"))
    await server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser(executable) -> AsyncIterator[object]:
    async with playwright_api.async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


@pytest_asyncio.fixture(loop_scope="session")
async def page(browser, request) -> AsyncIterator[object]:
    """A fresh browser context (no session left by another test); a screenshot of the last state when done."""
    context = await browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US")
    page = await context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    try:
        yield page
    finally:
        await page.screenshot(path=str(output_dir(request) / "screenshot.png"), full_page=True)
        await context.close()
    assert not problems, problems  # no uncaught error in the page's scripts


async def sign_in(page, demo: DemoServer, login: str) -> None:
    await page.goto(f"{demo.url}/console/")
    await page.fill("[data-test=login]", login)
    await page.fill("[data-test=password]", PASSWORD)
    await page.click("[data-test=signin]")
    await page.wait_for_selector("[data-test=user]")


async def api(demo: DemoServer, query: str, login: str = "owner@demo.fenxiao.dev", variables: dict | None = None) -> dict:
    async with httpx.AsyncClient(base_url=demo.url, headers={"X-Merchant": "demo"}, timeout=30) as client:
        signed = await client.post("/graphql", json={
            "query": "mutation($l: String!, $p: String!) { tokenCreate(input: {login: $l, password: $p}) { token } }",
            "variables": {"l": login, "p": PASSWORD}})
        token = signed.json()["data"]["tokenCreate"]["token"]
        answer = (await client.post("/graphql", headers={"Authorization": f"Bearer {token}"},
                                    json={"query": query, "variables": variables or {}})).json()
    assert "errors" not in answer, answer
    return answer["data"]


async def test_the_owner_signs_in_in_chinese_and_every_dashboard_chart_is_drawn_with_data(page, demo):
    await sign_in(page, demo, "owner@demo.fenxiao.dev")
    assert (await page.text_content("[data-test=menu-dashboard]")).strip() == "数据统计"  # Chinese unless the user chooses
    for chart in ("chart-sales", "chart-modes", "chart-orders", "chart-commission"):
        await page.wait_for_selector(f"[data-test={chart}][data-rendered=yes] canvas")
    orders = int((await page.text_content("[data-test=kpi-orders] .el-statistic__number")).replace(",", ""))
    paid = (await api(demo, "{ orders(filter: {paidAtIsNull: false}) { totalCount } }"))["orders"]["totalCount"]
    assert orders == paid > 0  # every demo order paid in the last 30 days is counted once, under one mode
    assert await page.locator("[data-test=top-earners] .el-table__row").count() > 0
    assert (await page.text_content("[data-test=pending-withdrawals] .el-tag")).strip() == "1"


async def test_a_generated_list_filters_and_a_product_is_edited_in_yuan(page, demo):
    await sign_in(page, demo, "owner@demo.fenxiao.dev")
    await page.goto(f"{demo.url}/console/#/models/Product")
    await page.wait_for_selector("[data-test=rows] .el-table__row")
    await page.fill("[data-test=filter-skuContains]", "TEA")
    await page.click("[data-test=search]")
    await page.wait_for_function("document.querySelector('[data-test=total]').textContent.includes('3')")
    skus = await page.locator("[data-test=rows] .el-table__row td:nth-child(2)").all_text_contents()
    assert skus and all("TEA" in sku for sku in skus), skus
    await page.locator("[data-test=rows] .el-table__row").first.click()
    await page.wait_for_selector("[data-test=detail]")
    await page.click("[data-test=edit]")
    price = page.locator("[data-test=field-price] input")
    await price.fill("12.3x")
    await page.click("[data-test=save]")  # refused in the browser: not an amount
    await page.wait_for_selector("[data-test=field-price] .el-form-item__error")
    await price.fill("123.45")
    await page.click("[data-test=save]")
    await page.wait_for_selector("[data-test=value-price]:has-text('123.45')")
    sku = (await page.text_content("[data-test=value-sku]")).strip()
    saved = await api(demo, "query($s: String) { products(filter: {sku: $s}) { nodes { price { minor } } } }", variables={"s": sku})
    assert saved["products"]["nodes"] == [{"price": {"minor": 12345}}]  # yuan on screen, fen in the API


async def test_staff_approve_a_withdrawal_from_the_queue(page, demo):
    await sign_in(page, demo, "owner@demo.fenxiao.dev")
    await page.goto(f"{demo.url}/console/#/withdrawals")
    await page.wait_for_selector("[data-test=withdrawals] .el-table__row")
    approve = page.locator("[data-test^=approve-]").first
    withdrawal = (await approve.get_attribute("data-test")).removeprefix("approve-")
    await approve.click()
    await page.wait_for_selector(f"[data-test=approve-{withdrawal}]", state="detached")  # no longer waiting for review
    status = await api(demo, "query($id: ID!) { withdrawal(id: $id) { status } }", variables={"id": withdrawal})
    assert status["withdrawal"]["status"] in ("APPROVED", "PAYING", "PAID")


async def test_a_plugin_form_shows_the_apis_refusal_on_its_field_and_a_warning_beside_it(page, demo):
    await sign_in(page, demo, "owner@demo.fenxiao.dev")
    await page.goto(f"{demo.url}/console/#/plugins")
    await page.wait_for_selector("[data-test=plugin-form-b2b2c_social]")
    form = page.locator("[data-test=plugin-form-b2b2c_social]")
    await form.locator("[data-test=setting-depth] input").fill("9")
    await form.locator("[data-test=save-plugin]").click()
    error = form.locator("[data-test=setting-depth] .el-form-item__error")
    await error.wait_for()
    assert re.search(r"应小于或等于 \d", await error.text_content()), await error.text_content()  # the API's message, in Chinese
    await page.click("#tab-b2b_ordering")
    ordering = page.locator("[data-test=plugin-form-b2b_ordering]")
    await ordering.locator("[data-test=setting-rebate_bps] input").fill("1500")
    await ordering.locator("[data-test=save-plugin]").click()
    await ordering.locator("[data-test=setting-rebate_bps] [data-test=warning]").wait_for()
    config = (await api(demo, "{ merchantPlugins { plugin config } }"))["merchantPlugins"]
    assert next(p for p in config if p["plugin"] == "b2b_ordering")["config"]["rebate_bps"] == 1500


async def test_switching_to_english_changes_the_console_and_the_apis_messages(page, demo):
    await sign_in(page, demo, "owner@demo.fenxiao.dev")
    await page.click("[data-test=language] >> text=English")
    await page.wait_for_selector("[data-test=menu-dashboard]:has-text('Dashboard')")
    await page.goto(f"{demo.url}/console/#/plugins")
    form = page.locator("[data-test=plugin-form-b2b2c_social]")
    await form.wait_for()
    await form.locator("[data-test=setting-depth] input").fill("9")
    await form.locator("[data-test=save-plugin]").click()
    error = form.locator("[data-test=setting-depth] .el-form-item__error")
    await error.wait_for()
    assert "less than or equal to" in await error.text_content()
    await page.reload()
    await page.wait_for_selector("[data-test=menu-dashboard]:has-text('Dashboard')")  # the choice is remembered


async def test_every_workflow_page_opens_with_the_demos_data(page, demo):
    await sign_in(page, demo, "owner@demo.fenxiao.dev")
    for name, root, shown in (("orders", "orders", "[data-test=order-rows] .el-table__row"),
                              ("applications", "applications", ".el-tabs__item"),
                              ("social", "social-tree", ".el-tree-node"),
                              ("resellers", "reseller-tree", "[data-test=stock-report] .el-table__row"),
                              ("territories", "territories", "[data-test=region-330000]"),
                              ("pickups", "pickups", "[data-test=pickup-rows] .el-table__row"),
                              ("suppliers", "suppliers", "[data-test=supplier-changes] .el-table__row")):
        await page.click(f"[data-test=menu-{name}]")
        await page.wait_for_selector(f"[data-test={root}] {shown}")
    await page.click("[data-test=menu-territories]")
    await page.click("[data-test=region-330000]")  # Zhejiang: its cities, 杭州 held
    await page.wait_for_selector("[data-test=region-330100]")
    await page.click("[data-test=menu-social]")
    await page.locator("[data-test=social-tree] .el-tree-node__content").first.click()  # a root's first level
    await page.wait_for_selector("[data-test=social-tree] .el-tree-node__children .el-tree-node")
    await page.click("[data-test=menu-audit]")
    await page.wait_for_selector("[data-test=rows]:not(.is-loading) >> text=/Action|操作/")  # the audit log's generated list


async def test_a_distributor_sees_none_of_the_staff_pages_and_is_refused_them(page, demo):
    await sign_in(page, demo, "social0@demo.fenxiao.dev")
    await page.wait_for_selector("[data-test=forbidden]")
    for hidden in ("menu-dashboard", "menu-withdrawals", "menu-plugins", "menu-model-AuditEntry", "menu-model-Warehouse"):
        assert await page.locator(f"[data-test={hidden}]").count() == 0, hidden
    await page.goto(f"{demo.url}/console/#/models/Product")  # the catalogue is public: listed, but not to be changed
    await page.wait_for_selector("[data-test=rows] .el-table__row")
    assert await page.locator("[data-test=create]").count() == 0
    for route in ("#/", "#/withdrawals", "#/plugins", "#/models/AuditEntry"):
        await page.goto(f"{demo.url}/console/{route}")
        await page.wait_for_selector("[data-test=forbidden]")


async def test_graphiql_loads_with_every_other_host_blocked(page, demo):
    asked_elsewhere: list[str] = []
    own = urlparse(demo.url).netloc

    async def block_others(route):
        if urlparse(route.request.url).netloc != own:
            asked_elsewhere.append(route.request.url)
            return await route.abort()
        return await route.continue_()

    await page.route("**/*", block_others)
    await page.goto(f"{demo.url}/graphql")
    await page.wait_for_selector(".graphiql-container")
    await page.wait_for_selector(".graphiql-tab:has-text('BrowseCatalog')")
    # Run the tab's query (with the preloaded X-Merchant header) until its answer shows: a click while GraphiQL is
    # still reading the schema is dropped.
    for _ in range(20):
        await page.click(".graphiql-execute-button")
        try:
            await page.wait_for_selector(".graphiql-response:has-text('totalCount')", timeout=1500)
            break
        except playwright_api.TimeoutError:
            continue
    assert "GIFT-NY-01" in await page.text_content(".graphiql-response")
    assert asked_elsewhere == []
