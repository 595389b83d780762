import { beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../test/billing-fixtures";
import { checkout } from "../test/checkout-fixtures";
import { sessionFor, subscribedCustomer } from "../test/subscription-fixtures";
import { routeRegistry } from "./access";
import "../app/routes";

/**
 * Every read a customer session may make, walked from the route registry: the session sees its
 * own customer's objects and nothing of another customer in the same organisation, whether or not
 * it names a customer. A list is compared with what the merchant sees for that customer; an
 * object of the other customer is 404. A new route a session may read needs nothing here unless
 * its path names a resource without a fixture below, and then this test says so.
 */
const sessionReads = routeRegistry.filter((route) => route.method === "GET" && route.access.principals.includes("customer_session"));
/** A body each action accepts, so the walk reaches the scope check rather than a 400 (default `{}`). */
const VALID_BODIES: Record<string, unknown> = {
  "POST /v1/invoices/{id}/pay": { payment_method: "pm_scope_check" },
  "POST /v1/subscriptions/{id}/change": { timing: "now", quantity: 2 },
  "POST /v1/subscriptions/{id}/cancel": { at_period_end: true },
};
/** Every other route a session may call on one object by id: aimed at another customer's, each must be 404. */
const sessionWrites = routeRegistry.filter(
  (route) => route.method !== "GET" && route.path.includes("{id}") && route.access.principals.includes("customer_session"),
);

type Side = "own" | "other";
/** Ids of each resource, keyed by the path segment before `{id}`, for the session's customer and another one. */
const fixtureIds = {} as Record<string, Record<Side, string>>;
let org: BillingOrganization;
let session: string;

beforeAll(async () => {
  org = await billingOrganization("Customer Scope Co");
  const oneTime = await org.newPrice({ currency: "usd", unit_amount: 500 });
  // A metered feature each customer holds by a manual grant and has used, so the entitlement and
  // usage lists have rows on both sides (different amounts, so a leak would show).
  const feature = await org.as("/v1/features", { body: { key: "scope_calls", name: "Calls", type: "metered" } });
  if (feature.status !== 201) throw new Error(`feature: ${JSON.stringify(feature.body)}`);
  const sides = {} as Record<Side, { customer: string; subscription: string; invoice: string; checkout: string }>;
  for (const side of ["own", "other"] as const) {
    const subscribed = await subscribedCustomer(org);
    const customer = subscribed.customer.id;
    const invoices = await org.as<{ data: Array<{ id: string }> }>(`/v1/invoices?customer=${customer}`);
    const started = await checkout(org, { customer, price: oneTime.id });
    const granted = await org.as(`/v1/customers/${customer}/grants`, { body: { feature: "scope_calls", value: 100 } });
    const used = await org.as("/v1/usage", {
      body: { id: `scope-${side}`, customer, feature: "scope_calls", value: side === "own" ? 3 : 5 },
    });
    if (!invoices.body.data[0] || started.status !== 201 || granted.status !== 201 || used.status !== 201)
      throw new Error(`fixture for ${side} incomplete`);
    sides[side] = { customer, subscription: subscribed.subscription.id, invoice: invoices.body.data[0].id, checkout: started.body.id };
  }
  for (const [resource, field] of [
    ["customers", "customer"],
    ["subscriptions", "subscription"],
    ["invoices", "invoice"],
    ["checkout_sessions", "checkout"],
  ] as const) {
    fixtureIds[resource] = { own: sides.own[field], other: sides.other[field] };
  }
  session = await sessionFor(org, sides.own.customer);
  const otherSession = await org.as<{ id: string }>("/v1/customer_sessions", { body: { customer: sides.other.customer } });
  fixtureIds.customer_sessions = { own: "", other: otherSession.body.id };
}, 60_000);

/** The route's path with `{id}` filled for one side; every other parameter must be unknown to this walk. */
function pathFor(path: string, side: Side): string {
  return path.replace("{pm}", "pm_scope_check").replace(/\/([a-z_]+)\/\{id\}/, (_match, resource: string) => {
    const ids = fixtureIds[resource];
    if (!ids) throw new Error(`no fixture for '${resource}': add one so ${path} is checked for customer scope`);
    return `/${resource}/${ids[side]}`;
  });
}

/** The merchant's view of one customer's rows of a list: the path names it, or `?customer=` does. */
const merchantPath = (path: string, side: Side) =>
  path.includes("{id}") ? pathFor(path, side) : `${path}?customer=${fixtureIds.customers?.[side]}`;

/** A row's id, or the whole row where rows have none (entitlements and usage periods, per feature). */
const idsOf = (body: unknown) => ((body as { data: Array<{ id?: string }> }).data ?? []).map((row) => row.id ?? JSON.stringify(row)).sort();

describe("customer sessions see only their own customer", () => {
  it("walks the lists a session may read", () => {
    const routes = sessionReads.map((route) => route.path);
    expect(routes).toEqual(expect.arrayContaining(["/v1/subscriptions", "/v1/invoices", "/v1/customers/{id}/payment_methods"]));
    for (const path of routes) expect(path.replace("{id}", ""), `${path} has a parameter this walk cannot fill`).not.toMatch(/\{/);
  });

  for (const route of sessionReads) {
    it(`GET ${route.path}`, async () => {
      const own = await org.as(pathFor(route.path, "own"), { auth: session });
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      if ((own.body as { object?: string }).object === "list") {
        const mine = await org.as(merchantPath(route.path, "own"));
        const theirs = await org.as(merchantPath(route.path, "other"));
        expect(mine.status).toBe(200);
        // The other customer has rows in this list, so a leak would show.
        expect(idsOf(theirs.body)).not.toEqual([]);
        expect(idsOf(own.body)).not.toEqual([]);
        expect(idsOf(own.body)).toEqual(idsOf(mine.body));
        if (!route.path.includes("{id}")) {
          // Naming the other customer changes nothing: the session stays pinned to its own.
          const named = await org.as(`${route.path}?customer=${fixtureIds.customers?.other}`, { auth: session });
          expect(idsOf(named.body)).toEqual(idsOf(mine.body));
        }
      }
      if (route.path.includes("{id}")) {
        const other = await org.as(pathFor(route.path, "other"), { auth: session });
        expect(other.status).toBe(404);
        expect(other.body.error.code).toBe("resource_missing");
      }
    });
  }
});

describe("customer sessions act only on their own customer", () => {
  it("walks the actions a session may take on an object", () => {
    expect(sessionWrites.map((route) => route.path)).toEqual(
      expect.arrayContaining(["/v1/subscriptions/{id}/cancel", "/v1/invoices/{id}/pay", "/v1/customers/{id}/setup_intents"]),
    );
  });

  for (const route of sessionWrites) {
    it(`${route.method} ${route.path} on another customer's object`, async () => {
      const other = await org.as(pathFor(route.path, "other"), {
        auth: session,
        method: route.method,
        body: route.method === "DELETE" ? undefined : (VALID_BODIES[`${route.method} ${route.path}`] ?? {}),
      });
      expect(other.status, JSON.stringify(other.body)).toBe(404);
      expect(other.body.error.code).toBe("resource_missing");
    });
  }

  it("POST /v1/checkout_sessions for another customer", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 700 });
    const other = await org.as("/v1/checkout_sessions", {
      auth: session,
      body: { customer: fixtureIds.customers?.other, price: price.id },
    });
    expect(other.status, JSON.stringify(other.body)).toBe(404);
    expect(other.body.error).toMatchObject({ code: "resource_missing", param: "customer" });
  });
});
