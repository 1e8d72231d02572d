// The dashboard's figures shaped for charts (pure: unit-tested in tests/dashboard.test.ts).
import { toYuan } from "./money";

export interface SalesDay {
  day: string;
  mode: string;
  orders: number;
  sales: { minor: number };
  refunds: { minor: number };
  net: { minor: number };
}

/** Every day from `from` to `to` (YYYY-MM-DD, both included), so days without sales show as zero. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end && days.length < 400; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/** One series per mode: net sales in yuan (numbers for the chart) and orders, per day. */
export function seriesByMode(days: string[], modes: string[], rows: SalesDay[], metric: "net" | "orders"): { mode: string; values: number[] }[] {
  const index = new Map(days.map((day, i) => [day, i]));
  return modes.map((mode) => {
    const values = days.map(() => 0);
    for (const row of rows) {
      if (row.mode !== mode || !index.has(row.day)) continue;
      values[index.get(row.day)!] += metric === "orders" ? row.orders : row.net.minor;
    }
    return { mode, values: metric === "orders" ? values : values.map((minor) => Number(toYuan(minor))) };
  }).filter((series) => series.values.some((v) => v !== 0));
}

/** Totals over the range: sales, refunds and net in minor units, orders. */
export function totals(rows: SalesDay[]): { sales: number; refunds: number; net: number; orders: number } {
  return rows.reduce((sum, row) => ({
    sales: sum.sales + row.sales.minor, refunds: sum.refunds + row.refunds.minor,
    net: sum.net + row.net.minor, orders: sum.orders + row.orders,
  }), { sales: 0, refunds: 0, net: 0, orders: 0 });
}

/** YYYY-MM-DD of an instant in a time zone (the merchant's: its days are the dashboard's days, wherever the browser is). */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** The last `count` days up to today in `timeZone`, as [first, last]. */
export function lastDays(count: number, timeZone: string, now: Date = new Date()): [string, string] {
  const last = dayIn(now, timeZone);
  const first = new Date(Date.parse(`${last}T00:00:00Z`) - (count - 1) * 86_400_000).toISOString().slice(0, 10);
  return [first, last];
}
