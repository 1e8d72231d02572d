import { describe, expect, it } from "vitest";
import { toMinor, toYuan } from "../src/console/money";

describe("money on screen", () => {
  it("reads yuan with at most two decimals exactly", () => {
    expect(toMinor("19.99")).toBe(1999);
    expect(toMinor("0.1")).toBe(10);
    expect(toMinor("1,234.5")).toBe(123450);
    expect(toMinor("-0.05")).toBe(-5);
    expect(toMinor("7")).toBe(700);
  });
  it("refuses what is not an amount", () => {
    for (const bad of ["", "1.234", "12.3x", "abc", "1e3", ".5", "--1"]) expect(toMinor(bad)).toBeNull();
  });
  it("shows minor units as yuan with two decimals and back", () => {
    expect(toYuan(1999)).toBe("19.99");
    expect(toYuan(5)).toBe("0.05");
    expect(toYuan(-5)).toBe("-0.05");
    for (const minor of [0, 1, 10, 99, 100, 123456789, -42]) expect(toMinor(toYuan(minor))).toBe(minor);
  });
});
