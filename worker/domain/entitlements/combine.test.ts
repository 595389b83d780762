import { describe, expect, it } from "vitest";
import { combine, type FeatureSources } from "./combine";

const plan = (
  subscription: string,
  kind: "enabled" | "quota" | "cap" | "unlimited",
  amount: number | null,
  graceUntil: Date | null = null,
) => ({
  subscription,
  kind,
  amount,
  overage: null,
  graceUntil,
});
const none: FeatureSources = { plans: [], overrides: [], grants: [] };

describe("combining a customer's sources of one feature", () => {
  it("grants nothing without a source, and an override alone grants nothing", () => {
    expect(combine(none)).toBeNull();
    expect(combine({ ...none, overrides: [{ id: "cgrant_o", kind: "quota", amount: 5, created: new Date() }] })).toBeNull();
  });

  it("sums quotas and caps across subscriptions and manual grants", () => {
    const combined = combine({
      ...none,
      plans: [plan("sub_a", "quota", 100), plan("sub_b", "quota", 50)],
      grants: [{ id: "cgrant_g", kind: "quota", amount: 25 }],
    });
    expect(combined).toMatchObject({ kind: "quota", amount: 175, subscription: "sub_a" });
    expect(combined?.sources.map((source) => source.id)).toEqual(["sub_a", "sub_b", "cgrant_g"]);
  });

  it("makes unlimited anywhere unlimited, never zero", () => {
    expect(combine({ ...none, plans: [plan("sub_a", "cap", 3), plan("sub_b", "unlimited", null)] })).toMatchObject({
      kind: "unlimited",
      amount: null,
    });
    expect(
      combine({ ...none, grants: [{ id: "cgrant_g", kind: "unlimited", amount: null }], plans: [plan("sub_a", "quota", 0)] }),
    ).toMatchObject({
      kind: "unlimited",
    });
  });

  it("turns a boolean feature on when any source grants it", () => {
    expect(combine({ ...none, plans: [plan("sub_a", "enabled", null), plan("sub_b", "enabled", null)] })).toMatchObject({
      kind: "enabled",
      amount: null,
    });
  });

  it("lets the newest override replace the plan value, with manual grants added on top", () => {
    const older = { id: "cgrant_old", kind: "quota" as const, amount: 1, created: new Date(1000) };
    const newer = { id: "cgrant_new", kind: "quota" as const, amount: 1000, created: new Date(2000) };
    const combined = combine({
      plans: [plan("sub_a", "quota", 100)],
      overrides: [older, newer],
      grants: [{ id: "cgrant_g", kind: "quota", amount: 5 }],
    });
    expect(combined).toMatchObject({ kind: "quota", amount: 1005 });
  });

  it("reports a grace end only when nothing but past_due subscriptions keep the feature", () => {
    const ends = new Date("2026-12-10T00:00:00Z");
    expect(combine({ ...none, plans: [plan("sub_a", "enabled", null, ends)] })?.graceUntil).toEqual(ends);
    expect(combine({ ...none, plans: [plan("sub_a", "enabled", null, ends), plan("sub_b", "enabled", null)] })?.graceUntil).toBeNull();
    expect(
      combine({ ...none, plans: [plan("sub_a", "enabled", null, ends)], grants: [{ id: "cgrant_g", kind: "enabled", amount: null }] })
        ?.graceUntil,
    ).toBeNull();
  });
});
