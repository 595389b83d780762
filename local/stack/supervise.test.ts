import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { supervise } from "./supervise";

const child = (script: string) => spawn(process.execPath, ["-e", script], { stdio: "ignore" });

describe("supervise", () => {
  it("starts a child that died again, then gives up on one that keeps dying", async () => {
    let started = 0;
    const restarted: Array<number | null> = [];
    const gaveUp = await new Promise<number | null>((resolve) => {
      supervise(
        () => {
          started++;
          return child("process.exit(3)");
        },
        { maxRestarts: 2, windowMs: 60_000, onRestart: (code) => restarted.push(code), giveUp: resolve },
      );
    });
    assert.equal(gaveUp, 3);
    assert.deepEqual(restarted, [3, 3]);
    assert.equal(started, 3);
  });

  it("does nothing once released (a stop in progress is not a crash)", async () => {
    let started = 0;
    const events: string[] = [];
    const supervised = supervise(
      () => {
        started++;
        return child("setTimeout(() => {}, 10000)");
      },
      { onRestart: () => events.push("restart"), giveUp: () => events.push("give up") },
    );
    supervised.release();
    const exited = new Promise((resolve) => supervised.current().once("exit", resolve));
    supervised.current().kill("SIGKILL");
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(events, []);
    assert.equal(started, 1);
  });

  it("forgets restarts older than the window", async () => {
    let started = 0;
    const restarted: Array<number | null> = [];
    const supervised = supervise(
      () => {
        started++;
        return child(started < 4 ? "process.exit(1)" : "setTimeout(() => {}, 10000)");
      },
      { maxRestarts: 1, windowMs: 1, onRestart: (code) => restarted.push(code), giveUp: () => assert.fail("gave up") },
    );
    while (started < 4) await new Promise((resolve) => setTimeout(resolve, 20));
    supervised.release();
    supervised.current().kill("SIGKILL");
    assert.deepEqual(restarted, [1, 1, 1]);
  });
});
