import { describe, expect, it } from "vitest";
import { decimalMinor, formatMinor } from "./statement-format";

describe("formatMinor", () => {
  it("places the decimal point by the currency's exponent and groups thousands, without floats", () => {
    expect(formatMinor(123_456, "usd")).toBe("1,234.56");
    expect(formatMinor(5, "usd")).toBe("0.05");
    expect(formatMinor(0, "eur")).toBe("0.00");
    expect(formatMinor(2_900, "jpy")).toBe("2,900");
    expect(formatMinor(1_250, "kwd")).toBe("1.250");
    expect(formatMinor(Number.MAX_SAFE_INTEGER, "usd")).toBe("90,071,992,547,409.91");
    expect(formatMinor(-1_999, "usd")).toBe("-19.99");
    expect(decimalMinor(123_456_789, "usd")).toBe("1234567.89");
  });
});
