import { describe, expect, it } from "vitest";
import { dayIn, daysBetween, lastDays, seriesByMode, totals } from "../src/console/dashboard";

const day = (d: string, mode: string, net: number, orders = 1) => ({ day: d, mode, orders, sales: { minor: net }, refunds: { minor: 0 }, net: { minor: net } });

describe("dashboard figures", () => {
  it("count days in the merchant's time zone, not the browser's", () => {
    const instant = new Date("2026-11-30T17:30:00Z"); // 01:30 on 1 December in Shanghai
    expect(dayIn(instant, "Asia/Shanghai")).toBe("2026-12-01");
    expect(dayIn(instant, "America/New_York")).toBe("2026-11-30");
    expect(lastDays(30, "Asia/Shanghai", instant)).toEqual(["2026-11-02", "2026-12-01"]);
  });

  it("fill days without sales with zeros, one series per mode that sold", () => {
    const days = daysBetween("2026-11-29", "2026-12-01");
    expect(days).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
    const series = seriesByMode(days, ["direct", "social", "store"], [day("2026-11-30", "social", 1999), day("2026-12-01", "direct", 100, 2)], "net");
    expect(series).toEqual([{ mode: "direct", values: [0, 0, 1] }, { mode: "social", values: [0, 19.99, 0] }]);
    expect(seriesByMode(days, ["direct"], [day("2026-12-01", "direct", 100, 2)], "orders")).toEqual([{ mode: "direct", values: [0, 0, 2] }]);
  });

  it("total in minor units", () => {
    expect(totals([day("2026-12-01", "direct", 10), day("2026-12-01", "social", 5, 3)])).toEqual({ sales: 15, refunds: 0, net: 15, orders: 4 });
  });
});
