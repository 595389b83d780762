import { DEMO_OWNER_EMAIL } from "../auth/demo";

interface Account {
  id: string;
  charges_enabled: boolean;
}

/**
 * Makes the demo merchant able to sell in test mode on the Stripe emulator, through the API as a
 * merchant backend would: a Connect account, onboarded on the emulator's onboarding page, and the
 * seeded catalogue pushed to it. Each step is skipped when already done, so a restart costs two
 * requests. Returns what it did, for the log.
 */
export async function readyDemoMerchant(api: string, secretKey: string): Promise<string[]> {
  const done: string[] = [];
  const call = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Bearer ${secretKey}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const expect = <T>(result: { status: number; body: T }, what: string): T => {
    if (result.status !== 200) throw new Error(`${what} answered ${result.status}: ${JSON.stringify(result.body)}`);
    return result.body;
  };

  let account = await call<Account>("GET", "/v1/connect/account");
  if (account.status === 404) {
    account = await call<Account>("POST", "/v1/connect/account", { country: "US", email: DEMO_OWNER_EMAIL });
    done.push("created its Connect account");
  }
  if (!expect(account, "the Connect account").charges_enabled) {
    const link = expect(
      await call<{ url: string }>("POST", "/v1/connect/onboarding_link", { return_url: `${api}/admin/`, refresh_url: `${api}/admin/` }),
      "the onboarding link",
    );
    // What the emulator's "Complete onboarding" button posts; the account.updated webhook then reaches the worker.
    const onboarded = await fetch(link.url, { method: "POST", redirect: "manual" });
    if (onboarded.status !== 303) throw new Error(`the emulator's onboarding page answered ${onboarded.status}`);
    for (let attempt = 0; attempt < 100 && !account.body.charges_enabled; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      account = await call<Account>("GET", "/v1/connect/account");
    }
    if (!account.body.charges_enabled) throw new Error("the account.updated webhook did not arrive within 10 s");
    done.push("onboarded it");
  }
  const sync = expect(await call<{ pushed: number; failed: unknown[] }>("POST", "/v1/catalogue/sync"), "the catalogue sync");
  if (sync.failed.length > 0)
    throw new Error(`the catalogue sync left ${sync.failed.length} object(s) failing: ${JSON.stringify(sync.failed)}`);
  if (sync.pushed > 0) done.push(`pushed ${sync.pushed} products and prices to Stripe`);
  return done;
}
