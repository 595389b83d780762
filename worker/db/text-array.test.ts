import { describe, expect, it } from "vitest";
import { parseTextArray, textArray } from "./text-array";

describe("text[] codec", () => {
  it("round-trips quotes, backslashes, commas and braces", () => {
    const values = ["plain", 'with "quotes"', "back\\slash", "a,b", "{braces}", ""];
    expect(parseTextArray(textArray.serialize(values))).toEqual(values);
  });

  it("parses Postgres' unquoted output", () => {
    expect(parseTextArray("{}")).toEqual([]);
    expect(parseTextArray("{https://a.example,http://localhost:5173}")).toEqual(["https://a.example", "http://localhost:5173"]);
  });
});
