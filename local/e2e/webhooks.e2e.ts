import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { paths } from "../paths";
import { freePort, isPortTaken } from "../ports";
import { type BootedStack, bootStack } from "./stack";

let stack: BootedStack;
let receiver: ChildProcess | undefined;
let received = "";

before(async () => {
  stack = await bootStack();
});
after(async () => {
  receiver?.kill("SIGTERM");
  await stack?.stop();
});

/** The demo merchant's test-mode secret key, as `npm start` wrote it. */
async function demoKey(): Promise<string> {
  return (JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as { secret: string }).secret;
}

async function call<T>(key: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${stack.api}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Resolves once the receiver has logged a line matching `pattern`, or fails after `timeoutMs`. */
async function logged(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = received.split("\n").find((candidate) => pattern.test(candidate));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the receiver logged no ${pattern} within ${timeoutMs / 1000}s:\n${received}`);
}

describe("outbound webhooks on the npm start stack", () => {
  it("delivers a signed event through the local queue to examples/webhook-receiver, which verifies it", async () => {
    const key = await demoKey();
    const port = await freePort();
    await call(key, "/v1/webhook_settings", { allow_local_test_urls: true });
    const endpoint = await call<{ secret: string }>(key, "/v1/webhook_endpoints", {
      url: `http://127.0.0.1:${port}/webhooks`,
      event_types: ["customer.created"],
    });
    receiver = spawn(process.execPath, ["--import", "tsx", join(paths.root, "examples/webhook-receiver/server.ts")], {
      cwd: paths.root,
      env: { ...process.env, PORT: String(port), BILLINGOS_WEBHOOK_SECRET: endpoint.secret },
      stdio: ["ignore", "pipe", "pipe"],
    });
    receiver.stdout?.on("data", (chunk) => (received += chunk));
    receiver.stderr?.on("data", (chunk) => (received += chunk));
    // Listening before the event exists, so the first attempt lands (a retry would wait its backoff).
    while (!(await isPortTaken(port))) await new Promise((resolve) => setTimeout(resolve, 50));
    const customer = await call<{ id: string }>(key, "/v1/customers", { email: "hooks@example.test" });

    const line = JSON.parse(await logged(new RegExp(`"object":"${customer.id}"`))) as Record<string, unknown>;
    assert.equal(line.type, "customer.created");
    assert.equal(line.duplicate, false);
    assert.match(String(line.webhook_id), /^msg_/);
    assert.doesNotMatch(received, /refused/, "every delivery verified");
  });
});
