import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScheduledJobs } from "../../app/scheduled";
import { connect } from "../../db/client";
import { syncingOrganization } from "../../test/catalogue-sync-fixtures";
import { adminSql } from "../../test/fixtures";
import { platformStripe } from "../../test/stripe";
import { retryUnsyncedCatalogues } from "./background-sync";

const admin = adminSql();
let org: Awaited<ReturnType<typeof syncingOrganization>>;
let account: string;

beforeAll(async () => {
  org = await syncingOrganization("Background Sync Co");
  account = await org.connect();
});
afterAll(() => admin.end());

describe("background catalogue sync (cron trigger)", () => {
  it("pushes what failed while Stripe was unreachable, without anyone calling the repair route", async () => {
    await admin`update stripe_accounts set stripe_account_id = 'acct_unreachable' where stripe_account_id = ${account}`;
    let productId: string;
    try {
      const product = await org.as<{ id: string; sync_status: string }>("/v1/products", { body: { name: "Later" } });
      expect(product.body.sync_status).toBe("failed");
      productId = product.body.id;
    } finally {
      await admin`update stripe_accounts set stripe_account_id = ${account} where stripe_account_id = 'acct_unreachable'`;
    }
    const listed = () => admin`select livemode from tenant.unsynced_catalogues() where org_id = ${org.orgId}`;
    // Fresh failures are the request path's to retry; the cron picks up those five minutes old.
    expect(await listed()).toEqual([]);
    await admin`update products set updated = now() - interval '6 minutes' where id = ${productId}`;
    expect(await listed()).toEqual([{ livemode: false }]);

    const sql = connect(env.HYPERDRIVE.connectionString);
    // Limited to this organisation, as other test files' objects may be this old on a slow machine.
    const report = await retryUnsyncedCatalogues(sql, (livemode) => platformStripe(livemode), { onlyOrg: org.orgId });
    await sql.end();

    expect(report).toEqual({ catalogues: 1, pushed: 1, failed: 0 });
    const [row] = await admin`select sync_status, stripe_id from products where id = ${productId}`;
    expect(row).toEqual({ sync_status: "synced", stripe_id: productId });
    expect((await platformStripe().products.retrieve(productId, {}, { stripeAccount: account })).name).toBe("Later");
    expect(await admin`select 1 from tenant.unsynced_catalogues() where org_id = ${org.orgId}`).toHaveLength(0);
  });

  it("is not callable by roles outside the worker's", async () => {
    const [grants] = await admin`select has_function_privilege('anon', 'tenant.unsynced_catalogues()', 'execute') as anon,
                                        has_function_privilege('authenticated', 'tenant.unsynced_catalogues()', 'execute') as authenticated`;
    expect(grants).toEqual({ anon: false, authenticated: false });
  });
});

describe("scheduled jobs", () => {
  it("runs every job in order, logging a failing one and carrying on", async () => {
    const logged: Array<Record<string, unknown>> = [];
    const logger = {
      info: (message: string, fields?: Record<string, unknown>) => logged.push({ level: "info", message, ...fields }),
      warn: () => {},
      error: (message: string, fields?: Record<string, unknown>) => logged.push({ level: "error", message, ...fields }),
    };
    await runScheduledJobs(env, logger, {
      broken: async () => {
        throw new Error("stripe down");
      },
      counted: async (_env, sql) => ({ answer: (await sql`select 41 + 1 as n`)[0]?.n }),
    });
    expect(logged).toEqual([
      { level: "error", message: "scheduled job failed", job: "broken", error: "Error: stripe down" },
      { level: "info", message: "scheduled job done", job: "counted", answer: 42 },
    ]);
  });
});
