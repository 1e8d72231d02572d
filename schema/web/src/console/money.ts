// Money is integer minor units (fen) in the API and yuan with two decimals on screen: converted as text,
// never through floating point (0.1 + 0.2 is not 0.3; "19.99" must be exactly 1999 fen).

const YUAN = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "19.9" → 1990; null for anything that is not an amount with at most two decimals. */
export function toMinor(yuan: string): number | null {
  const match = YUAN.exec(yuan.trim().replace(/,/g, ""));
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return sign && minor ? -minor : minor;
}

/** 1990 → "19.90"; -5 → "-0.05". */
export function toYuan(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Basis points as a percentage with two decimals: 1250 → "12.50". */
export const bpsToPercent = toYuan;
/** "12.5" (%) → 1250 basis points. */
export const percentToBps = toMinor;
