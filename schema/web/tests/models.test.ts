import { describe, expect, it } from "vitest";
import { filterControls, listQuery, toFilter, toInput, type Column, type Model } from "../src/console/models";

const column = (name: string, kind: Column["kind"], extra: Partial<Column> = {}): Column => ({
  name, kind, nullable: false, description: null, enumValues: [], target: null, targetList: null, related: null,
  orderField: null, filters: [], onCreate: true, onUpdate: true, required: false, maxLength: null, minimum: null, maximum: null, ...extra,
});

const product: Model = {
  name: "Product", description: null, plugin: null, listField: "products", getField: "product",
  createMutation: "productCreate", updateMutation: "productUpdate", deleteMutation: null, defaultOrder: ["id"],
  columns: [
    column("sku", "TEXT", { required: true, filters: ["sku", "skuContains", "skuIn"] }),
    column("title", "TEXT", { required: true }),
    column("price", "MONEY", { required: true, filters: ["priceGte", "priceLte"] }),
    column("minResalePrice", "MONEY", { nullable: true }),
    column("status", "ENUM", { enumValues: ["ACTIVE", "ARCHIVED"], filters: ["status"] }),
    column("warehouseId", "REFERENCE", { target: "Warehouse", related: "warehouse", nullable: true }),
    column("createdAt", "DATETIME", { onCreate: false, onUpdate: false }),
  ],
};
const warehouse: Model = { ...product, name: "Warehouse", listField: "warehouses", getField: "warehouse", columns: [column("name", "TEXT")] };

describe("generated pages", () => {
  it("select money as minor units and references with their label", () => {
    const query = listQuery(product, new Map([["Warehouse", warehouse]]));
    expect(query).toContain("products(first: $first");
    expect(query).toContain("price { minor currency }");
    expect(query).toContain("warehouseId warehouse { id name }");
    expect(query).toContain("$filter: ProductFilter");
  });

  it("turn a create form into the API's input: yuan to fen, blanks left out, problems per field", () => {
    const { input, problems } = toInput(product, { sku: "A-1", title: "", price: "12.5", minResalePrice: "", status: "ACTIVE" }, "create", null);
    expect(input).toEqual({ sku: "A-1", price: 1250, status: "ACTIVE" });
    expect(problems).toEqual([{ field: "title", message: "required" }]);
    expect(toInput(product, { sku: "A", title: "T", price: "1.999" }, "create", null).problems).toEqual([{ field: "price", message: "amount" }]);
  });

  it("send only what changed on update, and null for a cleared optional field", () => {
    const row = { id: "P1", sku: "A", title: "T", price: { minor: 100 }, minResalePrice: { minor: 50 }, status: "ACTIVE", warehouseId: null };
    const { input } = toInput(product, { sku: "A", title: "T", price: "2.00", minResalePrice: "", status: "ACTIVE", warehouseId: "" }, "update", row);
    expect(input).toEqual({ price: 200, minResalePrice: null });
  });

  it("offer a filter bar from the declared filters and convert its money", () => {
    expect(filterControls(product.columns[0])).toEqual(["skuContains"]);
    expect(filterControls(product.columns[2])).toEqual(["priceGte", "priceLte"]);
    expect(filterControls(product.columns[1])).toEqual([]);
    expect(toFilter(product, { skuContains: "TEA", priceGte: "10", priceLte: "", status: null })).toEqual({ skuContains: "TEA", priceGte: 1000 });
  });
});
