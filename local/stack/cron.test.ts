import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { paths } from "../paths";
import { nextFire, parseCron, readCrons, startCronTimer, stripJsonComments } from "./cron";

const at = (iso: string) => new Date(iso);

describe("the local cron timer", () => {
  it("reads the schedule of worker/wrangler.jsonc", async () => {
    assert.deepEqual(await readCrons(join(paths.worker, "wrangler.jsonc")), ["*/5 * * * *"]);
  });

  it("keeps // inside strings when it strips comments", () => {
    assert.deepEqual(JSON.parse(stripJsonComments('{ // note\n "url": "http://x//y", /* a */ "n": [1,], }')), {
      url: "http://x//y",
      n: [1],
    });
  });

  it("finds the next minute of a schedule, in UTC", () => {
    assert.equal(nextFire(parseCron("*/5 * * * *"), at("2026-12-02T02:41:30Z")).toISOString(), "2026-12-02T02:45:00.000Z");
    assert.equal(nextFire(parseCron("*/5 * * * *"), at("2026-12-02T02:45:00Z")).toISOString(), "2026-12-02T02:50:00.000Z");
    assert.equal(nextFire(parseCron("0 3 * * *"), at("2026-12-02T03:00:00Z")).toISOString(), "2026-12-03T03:00:00.000Z");
    assert.equal(nextFire(parseCron("30 9 * * mon"), at("2026-12-02T00:00:00Z")).toISOString(), "2026-12-07T09:30:00.000Z");
    assert.equal(nextFire(parseCron("0 0 1 jan *"), at("2026-12-02T00:00:00Z")).toISOString(), "2027-01-01T00:00:00.000Z");
    assert.equal(nextFire(parseCron("15-20/5 * * * *"), at("2026-12-02T00:16:00Z")).toISOString(), "2026-12-02T00:20:00.000Z");
    // both day fields restricted: either matches (the 1st, or a Sunday)
    assert.equal(nextFire(parseCron("0 0 1 * 0"), at("2026-12-02T00:00:00Z")).toISOString(), "2026-12-06T00:00:00.000Z");
  });

  it("refuses a schedule it cannot honour, naming it", () => {
    assert.throws(() => parseCron("* * * *"), /cron "\* \* \* \*" must have five fields/);
    assert.throws(() => parseCron("61 * * * *"), /"61" is not in 0-59/);
    assert.throws(() => parseCron("*/0 * * * *"), /bad step/);
  });

  it("fires every cron again and again when an interval overrides the schedule", async () => {
    const fired: string[] = [];
    const timer = startCronTimer({ crons: ["*/5 * * * *", "0 3 * * *"], everySeconds: 0.05, fire: async (cron) => void fired.push(cron) });
    await new Promise((resolve) => setTimeout(resolve, 180));
    timer.stop();
    const count = fired.length;
    assert.ok(fired.filter((cron) => cron === "*/5 * * * *").length >= 2, `fired: ${fired}`);
    assert.ok(fired.includes("0 3 * * *"));
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.equal(fired.length, count, "nothing fires after stop");
  });
});
