import { describe, expect, it } from "vitest";
import { fields, formValues, patch, settingOf } from "../src/console/schemaform";

// As pydantic writes a plugin's JSON Schema: $defs for enums, anyOf for optional fields.
const schema = {
  $defs: { JoinMode: { enum: ["auto", "apply"], type: "string", title: "JoinMode" } },
  properties: {
    depth: { type: "integer", minimum: 1, maximum: 3, title: "Depth", description: "levels of uplines that earn" },
    join_mode: { $ref: "#/$defs/JoinMode", default: "auto" },
    share_url: { type: "string", title: "Share Url" },
    entry_fee_sku: { anyOf: [{ type: "string" }, { type: "null" }], title: "Entry Fee Sku" },
    auto_approve: { type: "boolean", title: "Auto Approve" },
    level_rates_bps: { type: "array", items: { type: "integer" }, title: "Level Rates Bps" },
  },
};

describe("plugin settings forms", () => {
  it("choose a control per setting from the JSON Schema", () => {
    const found = Object.fromEntries(fields(schema).map((f) => [f.key, f.widget]));
    expect(found).toEqual({ depth: "number", join_mode: "select", share_url: "text", entry_fee_sku: "text", auto_approve: "switch", level_rates_bps: "json" });
    expect(fields(schema).find((f) => f.key === "join_mode")!.options).toEqual(["auto", "apply"]);
    expect(fields(schema).find((f) => f.key === "depth")!.maximum).toBe(3);
  });

  it("send a merge patch of what changed, lists parsed from their text", () => {
    const config = { depth: 2, join_mode: "auto", share_url: "u{code}", entry_fee_sku: null, auto_approve: false, level_rates_bps: [1000, 500] };
    const values = formValues(fields(schema), config);
    values.depth = 3;
    values.level_rates_bps = "[1000, 500, 200]";
    expect(patch(fields(schema), values, config)).toEqual({ patch: { depth: 3, level_rates_bps: [1000, 500, 200] }, problems: [] });
    values.level_rates_bps = "[1000,";
    expect(patch(fields(schema), values, config).problems).toEqual(["level_rates_bps"]);
  });

  it("put the API's errors on their setting", () => {
    expect(settingOf("config.depth")).toBe("depth");
    expect(settingOf("config")).toBeNull();
    expect(settingOf("plugin")).toBeNull();
  });
});
