"""Generated admin CRUD on products and warehouses; stock adjustments; storefront reads."""

PRODUCTS = """query($first: Int, $after: String, $filter: ProductFilter, $orderBy: [ProductOrderBy!]) {
  products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id sku title status price { amount minor currency } available } }
  }
}"""


async def test_product_crud_by_staff(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    created = await api.mutate("productCreate", {"sku": "TEA-1", "title": "  Longjing  ", "price": 12345, "minResalePrice": 10000,
                                                 "maxResalePrice": 15000}, token=owner, merchant=slug,
                               select="product { id sku title status price { amount minor currency } minResalePrice { minor } }")
    assert created["errors"] == []
    product = created["product"]
    assert product["title"] == "Longjing" and product["status"] == "ACTIVE"
    assert product["price"] == {"amount": "123.45", "minor": 12345, "currency": "CNY"}

    updated = await api.mutate("productUpdate", {"id": product["id"], "title": "West Lake Longjing", "maxResalePrice": None},
                               token=owner, merchant=slug, select="product { title maxResalePrice { minor } minResalePrice { minor } }")
    assert updated == {"errors": [], "product": {"title": "West Lake Longjing", "maxResalePrice": None, "minResalePrice": {"minor": 10000}}}

    duplicate = await api.mutate("productCreate", {"sku": "TEA-1", "title": "Copy", "price": 1}, token=owner, merchant=slug)
    assert [(e["field"], e["code"]) for e in duplicate["errors"]] == [("sku", "DUPLICATE")]
    bad_range = await api.mutate("productUpdate", {"id": product["id"], "minResalePrice": 20000, "maxResalePrice": 15000},
                                 token=owner, merchant=slug)
    assert bad_range["errors"][0]["code"] == "PRICE_OUT_OF_RANGE"
    too_long = await api.mutate("productCreate", {"sku": "X" * 65, "title": "t", "price": 1}, token=owner, merchant=slug)
    assert too_long["errors"][0]["field"] == "sku" and too_long["errors"][0]["code"] == "INVALID"
    null_required = await api.mutate("productUpdate", {"id": product["id"], "title": None}, token=owner, merchant=slug)
    assert null_required["errors"][0] == {"field": "title", "code": "REQUIRED", "message": "must not be null"}

    deleted = await api.mutate("productDelete", {"id": product["id"]}, token=owner, merchant=slug, select="deletedId")
    assert deleted == {"errors": [], "deletedId": product["id"]}
    gone = await api.ok("query($id: ID!) { product(id: $id) { id } }", {"id": product["id"]}, token=owner, merchant=slug)
    assert gone["product"] is None


async def test_product_in_use_cannot_be_deleted(api):
    shop = await api.merchant()
    product = await api.product(shop)
    buyer = await api.register()
    assert (await api.place(shop, buyer, [(product["id"], 1)]))["errors"] == []
    refused = await api.mutate("productDelete", {"id": product["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "IN_USE"


async def test_shoppers_see_active_products_only_and_cannot_write(api):
    shop = await api.merchant()
    visible = await api.product(shop, stock=5)
    await api.mutate("productCreate", {"sku": "DRAFT-1", "title": "Secret", "price": 1, "status": "DRAFT"},
                     token=shop["owner"]["token"], merchant=shop["slug"])
    anonymous = await api.ok(PRODUCTS, merchant=shop["slug"])
    assert [e["node"]["id"] for e in anonymous["products"]["edges"]] == [visible["id"]]
    assert anonymous["products"]["edges"][0]["node"]["available"] == 5
    staff = await api.ok(PRODUCTS, token=shop["owner"]["token"], merchant=shop["slug"])
    assert staff["products"]["totalCount"] == 2

    customer = await api.register(merchant=shop["slug"])
    for token in (None, customer["token"]):
        refused = await api.mutate("productCreate", {"sku": "NO", "title": "No", "price": 1}, token=token, merchant=shop["slug"])
        assert refused["errors"][0]["code"] in ("UNAUTHENTICATED", "FORBIDDEN")
    levels = await api.gql("{ stockLevels { totalCount } }", token=customer["token"], merchant=shop["slug"])
    assert levels["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_tenants_never_see_each_other(api):
    shop_a, shop_b = await api.merchant(), await api.merchant()
    product_a = await api.product(shop_a)
    as_b = await api.ok(PRODUCTS, token=shop_b["owner"]["token"], merchant=shop_b["slug"])
    assert as_b["products"]["totalCount"] == 0
    lookup = await api.ok("query($id: ID!) { product(id: $id) { id } node(id: $id) { id } }", {"id": product_a["id"]},
                          token=shop_b["owner"]["token"], merchant=shop_b["slug"])
    assert lookup == {"product": None, "node": None}
    hijack = await api.mutate("productUpdate", {"id": product_a["id"], "title": "mine"}, token=shop_b["owner"]["token"], merchant=shop_b["slug"])
    assert hijack["errors"][0]["code"] == "NOT_FOUND"
    # B's owner naming A's merchant is just another non-member there.
    cross = await api.mutate("productUpdate", {"id": product_a["id"], "title": "mine"}, token=shop_b["owner"]["token"], merchant=shop_a["slug"])
    assert cross["errors"][0]["code"] == "FORBIDDEN"


async def test_global_ids_are_type_checked(api):
    shop = await api.merchant()
    warehouse = await api.warehouse(shop)
    body = await api.gql("query($id: ID!) { product(id: $id) { id } }", {"id": warehouse}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert body["errors"][0]["extensions"]["code"] == "INVALID_ID"
    garbage = await api.gql('{ product(id: "%%%") { id } }', token=shop["owner"]["token"], merchant=shop["slug"])
    assert garbage["errors"][0]["extensions"]["code"] == "INVALID_ID"


async def test_pagination_filters_and_ordering(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    for i, price in enumerate([500, 100, 300, 200, 400]):
        await api.mutate("productCreate", {"sku": f"P{i}", "title": f"Item {i}", "price": price}, token=owner, merchant=slug)
    by_price = await api.ok(PRODUCTS, {"first": 2, "orderBy": [{"field": "PRICE", "direction": "DESC"}]}, token=owner, merchant=slug)
    page = by_price["products"]
    assert [e["node"]["price"]["minor"] for e in page["edges"]] == [500, 400]
    assert page["totalCount"] == 5 and page["pageInfo"]["hasNextPage"] and not page["pageInfo"]["hasPreviousPage"]
    rest = await api.ok(PRODUCTS, {"first": 10, "after": page["pageInfo"]["endCursor"], "orderBy": [{"field": "PRICE", "direction": "DESC"}]},
                        token=owner, merchant=slug)
    assert [e["node"]["price"]["minor"] for e in rest["products"]["edges"]] == [300, 200, 100]
    assert not rest["products"]["pageInfo"]["hasNextPage"] and rest["products"]["pageInfo"]["hasPreviousPage"]
    last = await api.ok("{ products(last: 2) { edges { node { sku } } pageInfo { hasPreviousPage hasNextPage } } }", token=owner, merchant=slug)
    assert [e["node"]["sku"] for e in last["products"]["edges"]] == ["P3", "P4"]
    assert last["products"]["pageInfo"] == {"hasPreviousPage": True, "hasNextPage": False}
    filtered = await api.ok(PRODUCTS, {"filter": {"priceGte": 200, "priceLt": 500, "titleContains": "item"}}, token=owner, merchant=slug)
    assert sorted(e["node"]["price"]["minor"] for e in filtered["products"]["edges"]) == [200, 300, 400]
    too_big = await api.gql("{ products(first: 1000) { totalCount } }", token=owner, merchant=slug)
    assert too_big["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"


async def test_stock_adjustments_are_journaled(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    product = await api.product(shop, stock=10)
    warehouse = await api.warehouse(shop)
    out = await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": warehouse, "delta": -4, "reason": "adjustment",
                                           "note": "broken"}, token=owner, merchant=slug, select="stockLevel { onHand reserved }")
    assert out == {"errors": [], "stockLevel": {"onHand": 6, "reserved": 0}}
    too_much = await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": warehouse, "delta": -7}, token=owner, merchant=slug)
    assert too_much["errors"][0]["code"] == "INSUFFICIENT_STOCK"
    movements = await api.ok("{ stockMovements { edges { node { reason onHandDelta note } } } }", token=owner, merchant=slug)
    assert [e["node"] for e in movements["stockMovements"]["edges"]] == [
        {"reason": "ADJUSTMENT", "onHandDelta": -4, "note": "broken"},
        {"reason": "RECEIPT", "onHandDelta": 10, "note": ""},
    ]


async def test_warehouse_codes_unique_per_merchant(api):
    shop_a, shop_b = await api.merchant(), await api.merchant()
    await api.warehouse(shop_a)
    await api.warehouse(shop_b)  # same code "main" in another merchant is fine
    again = await api.mutate("warehouseCreate", {"code": "main", "name": "x"}, token=shop_a["owner"]["token"], merchant=shop_a["slug"])
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("code", "DUPLICATE")]


async def test_available_is_the_same_however_the_product_is_reached(api):
    """Lists and lookups read `available` with the product; an order line's product gets it batched:
    both subtract reserved units over every warehouse, and never count another merchant's stock."""
    shop, other = await api.merchant(), await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    product = await api.product(shop, stock=10)
    await api.product(other, stock=99)
    second = await api.mutate("warehouseCreate", {"code": "north", "name": "North"}, token=owner, merchant=slug, select="warehouse { id }")
    await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": second["warehouse"]["id"], "delta": 5, "reason": "receipt"},
                     token=owner, merchant=slug)
    buyer = await api.register()
    placed = await api.place(shop, buyer, [(product["id"], 3)])
    assert placed["errors"] == []
    seen = await api.ok("""query($id: ID!, $order: ID!) {
      products { edges { node { available } } }
      product(id: $id) { available }
      node(id: $id) { ... on Product { available } }
      order(id: $order) { lines { product { available } } }
    }""", {"id": product["id"], "order": placed["order"]["id"]}, token=owner, merchant=slug)
    assert seen["products"]["edges"][0]["node"]["available"] == 12
    assert seen["product"]["available"] == seen["node"]["available"] == 12
    assert seen["order"]["lines"][0]["product"]["available"] == 12
