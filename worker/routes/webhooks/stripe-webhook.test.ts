import { env } from "cloudflare:workers";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_HANDLERS } from "../../domain/stripe-events/handlers";
import { SUBSCRIBED_STRIPE_EVENTS } from "../../domain/stripe-events/subscribed-events";
import { adminSql, api, newOrganization } from "../../test/fixtures";
import { expectNoWrites } from "../../test/org-rows";
import { completeOnboarding, deliver, platformStripe } from "../../test/stripe";

const admin = adminSql();
let orgId: string;
let accountId: string;
let events: Stripe.Event[];

/** An org whose Express account was onboarded, and the account.updated events Stripe emitted. */
beforeAll(async () => {
  const org = await newOrganization("Webhook Co");
  orgId = org.orgId;
  const as = { auth: org.owner.token, org: orgId };
  const account = await api<{ id: string }>("/v1/connect/account", { ...as, body: { country: "US" } });
  accountId = account.body.id;
  const link = await api<{ url: string }>("/v1/connect/onboarding_link", {
    ...as,
    body: { return_url: "https://a.test", refresh_url: "https://a.test" },
  });
  await completeOnboarding(link.body.url);
  events = (await platformStripe().events.list({ type: "account.updated" }, { stripeAccount: accountId })).data;
  // Our mirror still says "not enabled": only the webhook (or a status read) refreshes it.
});
afterAll(() => admin.end());

const mirror = async () =>
  (await admin`select charges_enabled from stripe_accounts where stripe_account_id = ${accountId}`)[0]?.charges_enabled;
const recorded = async (id: string) => (await admin`select count(*)::int as n from stripe_events where id = ${id}`)[0]?.n;

describe("POST /v1/webhooks/stripe", () => {
  it("refuses bad signatures with 400 and records nothing", async () => {
    const event = events[0] as Stripe.Event;
    // A minute past the 5-minute tolerance either way, computed at delivery so a slow run cannot drift inside it.
    const now = () => Math.floor(Date.now() / 1000);
    const cases = [
      await deliver(event, { signature: "" }),
      await deliver(event, { secret: "whsec_wrong" }),
      await deliver(JSON.stringify({ ...event, livemode: true }), { signature: (await signed(event)).header }),
      await deliver(event, { timestamp: now() - 360 }),
      await deliver(event, { timestamp: now() + 360 }),
    ];
    for (const response of cases) {
      expect(response.status).toBe(400);
      expect(response.body.error?.param).toBe("Stripe-Signature");
    }
    expect(await recorded(event.id)).toBe(0);
    expect(await mirror()).toBe(false);
  });

  it("applies account.updated once, even when delivered ten times concurrently", async () => {
    const event = events[0] as Stripe.Event;
    const outboundBefore = (await admin`select id from events where org_id = ${orgId} and type = 'connect.account.updated'`).length;
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(responses.filter((response) => response.body.outcome === "applied")).toHaveLength(1);
    expect(responses.filter((response) => response.body.outcome === "duplicate")).toHaveLength(9);
    expect(await recorded(event.id)).toBe(1);
    expect(await mirror()).toBe(true);
    // One outbound event for the one change, carrying the account as GET /v1/connect/account shows it.
    const outbound = await admin`select data from events where org_id = ${orgId} and type = 'connect.account.updated' order by created`;
    expect(outbound).toHaveLength(outboundBefore + 1);
    expect(outbound[outbound.length - 1]?.data).toMatchObject({ object: "connect_account", id: accountId, charges_enabled: true });
    // Another delivery writes nothing at all (applying it again would move the mirror's `updated`).
    await expectNoWrites(admin, orgId, async () => expect((await deliver(event)).body.outcome).toBe("duplicate"));
  });

  it("never regresses on an older event delivered late (it re-reads the account)", async () => {
    const stale = {
      ...(events[0] as Stripe.Event),
      id: "evt_stalecopy1",
      data: { object: { ...(events[0]?.data.object as object), charges_enabled: false } },
    } as Stripe.Event;
    const response = await deliver(stale);
    expect(response.body.outcome).toBe("applied");
    expect(await mirror()).toBe(true);
  });

  it("accepts the previous secret during a rotation", async () => {
    const rotated = { ...(events[0] as Stripe.Event), id: "evt_rotatedsecret1" } as Stripe.Event;
    const response = await deliver(rotated, { secret: env.STRIPE_WEBHOOK_SECRET_PREVIOUS });
    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe("applied");
  });

  it("rolls back a failure mid-processing, answers 500, and applies the retry once", async () => {
    const retried = { ...(events[0] as Stripe.Event), id: "evt_failsfirst1" } as Stripe.Event;
    await admin`update stripe_accounts set charges_enabled = false where stripe_account_id = ${accountId}`;
    // A database fault in the middle of the event's write: the update to "enabled" violates this.
    await admin`alter table stripe_accounts add constraint fault_injection check (charges_enabled = false) not valid`;
    try {
      const failed = await deliver(retried);
      expect(failed.status).toBe(500);
      expect(await recorded(retried.id)).toBe(0);
    } finally {
      await admin`alter table stripe_accounts drop constraint fault_injection`;
    }
    const retry = await deliver(retried);
    expect(retry.body.outcome).toBe("applied");
    expect(await recorded(retried.id)).toBe(1);
    expect(await mirror()).toBe(true);
  });

  it("ignores events of accounts it does not know, without recording them", async () => {
    const foreign = { ...(events[0] as Stripe.Event), id: "evt_foreign1", account: "acct_unknown123" } as Stripe.Event;
    const response = await deliver(foreign);
    expect(response.body.outcome).toBe("ignored");
    expect(await recorded(foreign.id)).toBe(0);
  });

  it("subscribes its webhook endpoint to exactly the events it handles", () => {
    expect(Object.keys(EVENT_HANDLERS).sort()).toEqual([...SUBSCRIBED_STRIPE_EVENTS].sort());
  });

  it("ignores event types it has no handler for, without recording them", async () => {
    const unhandled = { ...(events[0] as Stripe.Event), id: "evt_unhandled1", type: "invoice_payment.paid" } as Stripe.Event;
    const response = await deliver(unhandled);
    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe("ignored");
    expect(await recorded(unhandled.id)).toBe(0);
  });
});

async function signed(event: Stripe.Event) {
  const { default: Stripe } = await import("stripe");
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload: JSON.stringify(event),
    secret: env.STRIPE_WEBHOOK_SECRET as string,
    cryptoProvider: Stripe.createSubtleCryptoProvider(),
  });
  return { header };
}
