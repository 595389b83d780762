import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { type Subscribed, sessionFor, stripeEventCount, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Lifecycle Co");
});
afterAll(() => admin.end());

const mirror = async (id: string) =>
  (
    await admin`select status, cancel_at_period_end, paused, mrr_amount::int as mrr, cancellation_reason, cancellation_comment
                from subscriptions where id = ${id}`
  )[0];
const history = (id: string) =>
  admin<{ status: string; mrr: number; cause: string }[]>`
    select status, mrr_amount::int as mrr, cause from subscription_history where subscription_id = ${id} order by id`;
const audit = (id: string) => admin`select action, actor_type from audit_log where target_id = ${id} order by created`;

describe("GET /v1/subscriptions/:id", () => {
  it("returns the mirrored subscription; another customer's session gets 404", async () => {
    const { customer, subscription } = await subscribedCustomer(org);
    const response = await org.as<{ id: string; status: string; customer: string; mrr_amount: number }>(
      `/v1/subscriptions/${subscription.id}`,
      {
        method: "GET",
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: subscription.id, status: "active", customer: customer.id, mrr_amount: 2000 });
    const own = await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET", auth: await sessionFor(org, customer.id) });
    expect(own.status).toBe(200);
    const stranger = await org.newCustomer();
    const other = await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET", auth: await sessionFor(org, stranger.id) });
    expect(other.status).toBe(404);
    expect((await org.as("/v1/subscriptions/sub_doesnotexist", { method: "GET" })).status).toBe(404);
  });
});

describe("cancel and undo", () => {
  let subscribed: Subscribed;
  beforeAll(async () => {
    subscribed = await subscribedCustomer(org);
  });

  it("cancels at period end with a reason, and undoes it; Stripe, the answer and GET agree", async () => {
    const id = subscribed.subscription.id;
    const token = await sessionFor(org, subscribed.customer.id);
    const canceled = await org.as<{ cancel_at_period_end: boolean; status: string; cancellation_reason: string }>(
      `/v1/subscriptions/${id}/cancel`,
      { auth: token, body: { at_period_end: true, reason: "too_expensive", comment: "<b>pricey</b>" } },
    );
    expect(canceled.status).toBe(200);
    expect(canceled.body).toMatchObject({ cancel_at_period_end: true, status: "active", cancellation_reason: "too_expensive" });
    const onStripe = await org.stripe.subscriptions.retrieve(id, {}, org.on);
    expect(onStripe.cancel_at_period_end).toBe(true);
    expect(onStripe.cancellation_details).toMatchObject({ feedback: "too_expensive", comment: "<b>pricey</b>" });
    expect(await mirror(id)).toMatchObject({ cancel_at_period_end: true, cancellation_comment: "<b>pricey</b>" });
    expect((await org.as(`/v1/subscriptions/${id}`, { method: "GET" })).body).toEqual(canceled.body);

    const undone = await org.as<{ cancel_at_period_end: boolean; cancellation_reason: null }>(`/v1/subscriptions/${id}/undo_cancel`, {
      auth: token,
      method: "POST",
    });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ cancel_at_period_end: false, cancellation_reason: null });
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).cancel_at_period_end).toBe(false);
    expect(await audit(id)).toEqual([
      { action: "subscription.cancel", actor_type: "customer" },
      { action: "subscription.undo_cancel", actor_type: "customer" },
    ]);
    // Webhooks converge on the same state.
    await org.deliverEvents();
    expect(await mirror(id)).toMatchObject({ cancel_at_period_end: false, status: "active", cancellation_reason: null });
  });

  it("undoes a cancellation set for a date on Stripe (cancel_at)", async () => {
    const { subscription } = await subscribedCustomer(org);
    const item = subscription.items.data[0];
    await org.stripe.subscriptions.update(subscription.id, { cancel_at: (item?.current_period_end ?? 0) - 86_400 }, org.on);
    await org.deliverEvents();
    const undone = await org.as(`/v1/subscriptions/${subscription.id}/undo_cancel`, { method: "POST" });
    expect(undone.status).toBe(200);
    const onStripe = await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on);
    expect({ cancel_at: onStripe.cancel_at, cancel_at_period_end: onStripe.cancel_at_period_end }).toEqual({
      cancel_at: null,
      cancel_at_period_end: false,
    });
  });

  it("refuses undo when nothing is scheduled: 400, nothing written or sent", async () => {
    const id = subscribed.subscription.id;
    const events = await stripeEventCount(org);
    const response = await org.as(`/v1/subscriptions/${id}/undo_cancel`, { method: "POST" });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "cancellation_not_scheduled", param: "id" });
    expect(await stripeEventCount(org)).toBe(events);
    expect(await audit(id)).toHaveLength(2);
  });

  it("cancels now with a reason: canceled, MRR 0 in the history; then undo and cancel are refused", async () => {
    const id = subscribed.subscription.id;
    const response = await org.as<{ status: string; mrr_amount: number }>(`/v1/subscriptions/${id}/cancel`, {
      body: { at_period_end: false, reason: "switched_service", comment: "Went elsewhere" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "canceled", mrr_amount: 0, cancellation_reason: "switched_service" });
    expect((await history(id)).at(-1)).toEqual({ status: "canceled", mrr: 0, cause: "billingos.cancel" });
    await org.deliverEvents();
    expect(await mirror(id)).toMatchObject({ status: "canceled", mrr: 0, cancellation_reason: "switched_service" });
    for (const path of ["undo_cancel", "cancel", "pause", "resume"]) {
      const again = await org.as(`/v1/subscriptions/${id}/${path}`, {
        method: "POST",
        ...(path === "cancel" ? { body: { at_period_end: true } } : path === "pause" ? { body: {} } : {}),
      });
      expect(again.status, path).toBe(400);
      expect(again.body.error.param, path).toBe("id");
    }
  });
});

describe("pause and resume", () => {
  it("pauses collection (void) and resumes it", async () => {
    const { subscription } = await subscribedCustomer(org);
    const resumesAt = Math.floor(Date.now() / 1000) + 30 * 86_400;
    const paused = await org.as<{ paused: boolean }>(`/v1/subscriptions/${subscription.id}/pause`, { body: { resumes_at: resumesAt } });
    expect(paused.status).toBe(200);
    expect(paused.body.paused).toBe(true);
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).pause_collection).toEqual({
      behavior: "void",
      resumes_at: resumesAt,
    });
    const twice = await org.as(`/v1/subscriptions/${subscription.id}/pause`, { body: {} });
    expect(twice.body.error).toMatchObject({ code: "subscription_paused", param: "id" });
    const resumed = await org.as<{ paused: boolean }>(`/v1/subscriptions/${subscription.id}/resume`, { method: "POST" });
    expect(resumed.status).toBe(200);
    expect(resumed.body.paused).toBe(false);
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).pause_collection).toBeNull();
    await org.deliverEvents();
    expect((await mirror(subscription.id))?.paused).toBe(false);
  });
});

describe("bad input and other customers", () => {
  let subscribed: Subscribed;
  beforeAll(async () => {
    subscribed = await subscribedCustomer(org);
  });

  const bad: Array<[string, unknown, string]> = [
    ["cancel", {}, "at_period_end"],
    ["cancel", { at_period_end: "yes" }, "at_period_end"],
    ["cancel", { at_period_end: true, reason: "bored" }, "reason"],
    ["cancel", { at_period_end: true, comment: "x".repeat(501) }, "comment"],
    ["cancel", { at_period_end: true, comment: "bell\u0007" }, "comment"],
    ["cancel", { at_period_end: true, org_id: "org_x" }, "org_id"],
    ["pause", { resumes_at: 1 }, "resumes_at"],
    ["pause", { resumes_at: 1.5 }, "resumes_at"],
    ["pause", { behavior: "keep_as_draft" }, "behavior"],
  ];
  for (const [path, body, param] of bad) {
    it(`${path} ${JSON.stringify(body).slice(0, 60)} → 400 on ${param}, nothing written or sent`, async () => {
      const id = subscribed.subscription.id;
      const before = { row: await mirror(id), events: await stripeEventCount(org), audit: (await audit(id)).length };
      const response = await org.as(`/v1/subscriptions/${id}/${path}`, { body });
      expect(response.status).toBe(400);
      expect(response.body.error.param).toBe(param);
      expect({ row: await mirror(id), events: await stripeEventCount(org), audit: (await audit(id)).length }).toEqual(before);
    });
  }

  it("another customer's session cannot act on the subscription: 404, untouched", async () => {
    const id = subscribed.subscription.id;
    const stranger = await org.newCustomer();
    const token = await sessionFor(org, stranger.id);
    const events = await stripeEventCount(org);
    for (const [path, body] of [
      ["cancel", { at_period_end: false }],
      ["pause", {}],
      ["resume", undefined],
      ["undo_cancel", undefined],
      ["change", { quantity: 2, timing: "now" }],
      ["preview_change", { quantity: 2 }],
    ] as const) {
      const response = await org.as(`/v1/subscriptions/${id}/${path}`, { auth: token, method: "POST", ...(body ? { body } : {}) });
      expect(response.status, path).toBe(404);
    }
    expect(await stripeEventCount(org)).toBe(events);
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).status).toBe("active");
    expect(await mirror(id)).toMatchObject({ status: "active", paused: false, cancel_at_period_end: false });
  });
});
