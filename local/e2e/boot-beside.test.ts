import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type BootedStack, bootBeside } from "./stack";

/** Something that can be closed, and remembers that it was. */
const closable = () => {
  const state = {
    closed: false,
    close: async () => {
      state.closed = true;
    },
  };
  return state;
};

describe("bootBeside", () => {
  it("closes what started beside a stack that failed to boot, and rethrows the boot's error", async () => {
    const browser = closable();
    await assert.rejects(
      bootBeside(Promise.resolve(browser), () => Promise.reject(new Error("npm start exited with 1"))),
      /npm start exited with 1/,
    );
    assert.equal(browser.closed, true, "a Chromium left open keeps node --test waiting forever");
  });

  it("stops a booted stack when what starts beside it fails", async () => {
    let stopped = false;
    const stop = async () => {
      stopped = true;
      return 0;
    };
    const stack = { stop } as unknown as BootedStack;
    await assert.rejects(
      bootBeside(Promise.reject(new Error("no chromium")), async () => stack),
      /no chromium/,
    );
    assert.equal(stopped, true);
  });

  it("gives both when both start", async () => {
    const browser = closable();
    const stack = { stop: async () => 0 } as unknown as BootedStack;
    assert.deepEqual(await bootBeside(Promise.resolve(browser), async () => stack), [stack, browser]);
    assert.equal(browser.closed, false);
  });
});
