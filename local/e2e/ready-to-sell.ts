import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BootedStack } from "./stack";

export interface DemoKeys {
  secret: string;
  publishable: string;
}

/**
 * Makes the demo merchant able to sell from the Acme Notes example, through the API as a merchant
 * would: Connect onboarding on the emulator, the example's origin in allowed_origins, the catalogue
 * pushed to Stripe. `npm start`'s seed is being taught to do this itself; once it does, this helper
 * (and its one call in checkout.e2e.ts) goes. Each step is skipped when already done.
 */
export async function makeDemoReadyToSell(stack: BootedStack): Promise<DemoKeys> {
  const keys = JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as DemoKeys;
  const headers = { Authorization: `Bearer ${keys.secret}`, "content-type": "application/json" };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${stack.api}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const json = (await response.json()) as T;
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  const account = await fetch(`${stack.api}/v1/connect/account`, { headers });
  const connected = account.ok && ((await account.json()) as { charges_enabled: boolean }).charges_enabled;
  if (!connected) {
    if (account.status === 404) await call("POST", "/v1/connect/account", { country: "US" });
    const link = await call<{ url: string }>("POST", "/v1/connect/onboarding_link", {
      return_url: `${stack.example}/`,
      refresh_url: `${stack.example}/`,
    });
    const completed = await fetch(link.url, { method: "POST", redirect: "manual" });
    assert.ok(completed.status === 303 || completed.ok, `onboarding answered ${completed.status}`);
    // account.updated reaches the worker as a webhook; wait for it like the admin page would.
    for (let attempt = 0; attempt < 100; attempt++) {
      const status = await call<{ charges_enabled: boolean }>("GET", "/v1/connect/account");
      if (status.charges_enabled) break;
      assert.ok(attempt < 99, "the connected account never became able to charge");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const org = await call<{ allowed_origins: string[] }>("GET", "/v1/organizations/org_demoAcmeCloud");
  if (!org.allowed_origins.includes(stack.example))
    await call("POST", "/v1/organizations/org_demoAcmeCloud", { allowed_origins: [...org.allowed_origins, stack.example] });
  const sync = await call<{ failed: unknown[] }>("POST", "/v1/catalogue/sync");
  assert.deepEqual(sync.failed, [], "every demo product and price is on Stripe");
  return keys;
}
