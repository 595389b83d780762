import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEDULED_JOBS } from "../../app/scheduled";
import { connect } from "../../db/client";
import { withTenant } from "../../db/tenant";
import { sendUsageAlerts, sweepUsageAlerts } from "../../domain/usage/usage-alert-mail";
import { recordUsageThresholds } from "../../domain/usage/usage-alerts";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, type Features, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { mailFor } from "../../test/mailbox";
import { checkedOut, clockedCustomer } from "../../test/money-path-fixtures";
import { subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let features: Features;

beforeAll(async () => {
  org = await billingOrganization("Alerts <Co>");
  features = await createFeatures(org);
});
afterAll(() => admin.end());

const track = (customer: string, value: number, id = `evt_${crypto.randomUUID()}`, feature = "calls") =>
  org.as<{ status: string; used: number }>("/v1/usage", { body: { id, customer, feature, value } });
const customerMails = async (email: string) => (await mailFor(email)).map((mail) => mail.subject).reverse();
/** The merchant's notifications about one customer (the owner's mailbox holds every customer's). */
const merchantMails = async (customerEmail: string) =>
  (await mailFor(org.owner.email)).filter((mail) => mail.subject.startsWith(customerEmail)).map((mail) => mail.subject);
/** The thresholds of the customer's `usage.threshold_reached` events, oldest first. */
const thresholdEvents = async (customer: string) =>
  (
    await org.as<{ data: { data: { object: { threshold: number; feature: string } } }[] }>(
      `/v1/events?type=usage.threshold_reached&object=${customer}`,
    )
  ).body.data
    .map((event) => `${event.data.object.feature}@${event.data.object.threshold}`)
    .reverse();
const alertRows = (customer: string) =>
  admin<{ threshold: number; used: string; sent: boolean }[]>`
    select threshold, used, customer_sent_at is not null and merchant_sent_at is not null as sent
    from usage_alerts where customer_id = ${customer} order by created, threshold`;

describe("usage alerts", () => {
  it("e-mails the customer and the merchant once per threshold and period, whatever is redelivered, and again after renewal", async () => {
    const plan = await planWith(org, [{ feature: features.calls, value: 100, overage_unit_amounts: { usd: 5 } }]);
    const { customer, email, billAt } = await clockedCustomer(org);
    await checkedOut(org, customer.id, plan.id);

    expect((await track(customer.id, 79)).status).toBe(201);
    expect(await customerMails(email)).toEqual([]);
    // 80 of 100 through a single event; its redelivery is a duplicate and sends nothing.
    const crossing = `evt_${crypto.randomUUID()}`;
    expect((await track(customer.id, 1, crossing)).body).toMatchObject({ status: "accepted", used: 80 });
    expect((await track(customer.id, 1, crossing)).body).toMatchObject({ status: "duplicate", used: 80 });
    const eighty = "You have used 80% of your API calls with Alerts <Co>";
    expect(await customerMails(email)).toEqual([eighty]);
    const [mail] = await mailFor(email);
    expect(mail?.text).toContain("You have used 80 of the 100 calls included in your plan with Alerts <Co> (80%).");
    expect(mail?.html).toContain("Alerts &#60;Co&#62;");
    expect(await merchantMails(email)).toEqual([`${email} reached 80% of API calls`]);

    // A batch stays under 100 %; a consume reaches it.
    const batch = await org.as<{ accepted: number }>("/v1/usage/batch", {
      body: { events: [{ id: `evt_${crypto.randomUUID()}`, customer: customer.id, feature: "calls", value: 10 }] },
    });
    expect(batch.body.accepted).toBe(1);
    expect((await check(org, { customer: customer.id, feature: "calls", required: 10, consume: true })).body.used).toBe(100);
    const hundred = "You have reached your API calls limit with Alerts <Co>";
    expect(await customerMails(email)).toEqual([eighty, hundred]);
    expect(await merchantMails(email)).toHaveLength(2);

    // Past the limit (overage) in the same period: every threshold is behind us, nothing more is sent.
    await track(customer.id, 50);
    await org.as("/v1/usage/batch", {
      body: { events: [{ id: `evt_${crypto.randomUUID()}`, customer: customer.id, feature: "calls", value: 5 }] },
    });
    await check(org, { customer: customer.id, feature: "calls", required: 1, consume: true });
    expect(await customerMails(email)).toEqual([eighty, hundred]);
    expect(await merchantMails(email)).toHaveLength(2);
    expect(await alertRows(customer.id)).toEqual([
      { threshold: 80, used: "80", sent: true },
      { threshold: 100, used: "100", sent: true },
    ]);

    // The renewal (test clock) opens a new period: the thresholds alert again.
    const periodEnd = (await check(org, { customer: customer.id, feature: "calls" })).body.resets_at as number;
    await billAt(periodEnd);
    expect((await track(customer.id, 85)).body.used).toBe(85);
    expect(await customerMails(email)).toEqual([eighty, hundred, eighty]);
    expect(await merchantMails(email)).toHaveLength(3);
    // The same once-per-period rule for the outbound webhook event, written with the alert.
    expect(await thresholdEvents(customer.id)).toEqual(["calls@80", "calls@100", "calls@80"]);
  });

  it("sends once when concurrent events cross a threshold together", async () => {
    const plan = await planWith(org, [{ feature: features.calls, value: 100 }]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const [{ email }] = (await admin`select email from customers where id = ${customer.id}`) as unknown as [{ email: string }];
    await track(customer.id, 70);
    const responses = await Promise.all([
      ...Array.from({ length: 10 }, () => track(customer.id, 1)),
      ...Array.from({ length: 5 }, () => check(org, { customer: customer.id, feature: "calls", required: 1, consume: true })),
      org.as("/v1/usage/batch", {
        body: {
          events: Array.from({ length: 5 }, () => ({
            id: `evt_${crypto.randomUUID()}`,
            customer: customer.id,
            feature: "calls",
            value: 1,
          })),
        },
      }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([...Array(6).fill(200), ...Array(10).fill(201)]);
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.used).toBe(90);
    expect(await customerMails(email)).toEqual(["You have used 80% of your API calls with Alerts <Co>"]);
    expect(await merchantMails(email)).toHaveLength(1);
    expect((await alertRows(customer.id)).map((row) => row.threshold)).toEqual([80]);
    expect(await thresholdEvents(customer.id)).toEqual(["calls@80"]);
  });

  it("never alerts on an unlimited feature", async () => {
    const plan = await planWith(org, [{ feature: features.calls, value: "unlimited" }]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const [{ email }] = (await admin`select email from customers where id = ${customer.id}`) as unknown as [{ email: string }];
    expect((await track(customer.id, 1_000_000)).status).toBe(201);
    expect((await check(org, { customer: customer.id, feature: "calls", required: 500, consume: true })).body.allowed).toBe(true);
    expect(await alertRows(customer.id)).toEqual([]);
    expect(await mailFor(email)).toEqual([]);
    expect(await merchantMails(email)).toEqual([]);
  });

  it("alerts on a limit feature, whose counter never resets", async () => {
    const plan = await planWith(org, [{ feature: features.seats, value: 5 }]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const [{ email }] = (await admin`select email from customers where id = ${customer.id}`) as unknown as [{ email: string }];
    expect((await track(customer.id, 4, undefined, "seats")).body).toMatchObject({ status: "accepted", used: 4 });
    expect((await check(org, { customer: customer.id, feature: "seats", required: 1, consume: true })).body.used).toBe(5);
    expect(await customerMails(email)).toEqual([
      "You have used 80% of your Seats with Alerts <Co>",
      "You have reached your Seats limit with Alerts <Co>",
    ]);
  });

  it("alerts at the thresholds the merchant set on the feature", async () => {
    const created = await org.as<{ id: string; alert_thresholds: number[] }>("/v1/features", {
      body: { key: "exports", name: "Exports", type: "metered", alert_thresholds: [100, 50] },
    });
    expect(created.body.alert_thresholds).toEqual([50, 100]);
    const seats = await org.as<{ alert_thresholds: number[] }>(`/v1/features/${features.seats}`);
    expect(seats.body.alert_thresholds).toEqual([80, 100]);
    const plan = await planWith(org, [{ feature: created.body.id, value: 10 }]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const [{ email }] = (await admin`select email from customers where id = ${customer.id}`) as unknown as [{ email: string }];
    await track(customer.id, 4, undefined, "exports");
    expect(await mailFor(email)).toEqual([]);
    await track(customer.id, 4, undefined, "exports");
    expect(await customerMails(email)).toEqual(["You have used 50% of your Exports with Alerts <Co>"]);
    const silenced = await org.as<{ alert_thresholds: number[] }>(`/v1/features/${created.body.id}`, { body: { alert_thresholds: [] } });
    expect(silenced.body.alert_thresholds).toEqual([]);
    await track(customer.id, 2, undefined, "exports");
    expect(await customerMails(email)).toHaveLength(1);
  });

  it.each([
    [{ key: "a1", name: "A", type: "boolean", alert_thresholds: [80] }],
    [{ key: "a2", name: "A", type: "metered", alert_thresholds: [0] }],
    [{ key: "a3", name: "A", type: "metered", alert_thresholds: [80, 80] }],
    [{ key: "a4", name: "A", type: "metered", alert_thresholds: [1001] }],
    [{ key: "a5", name: "A", type: "limit", alert_thresholds: [50.5] }],
    [{ key: "a6", name: "A", type: "limit", alert_thresholds: "80" }],
  ])("refuses the thresholds of %j with a 400 on alert_thresholds and creates nothing", async (body) => {
    const response = await org.as("/v1/features", { body });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toMatch(/^alert_thresholds/);
    const [row] = await admin`select count(*)::int as n from features where org_id = ${org.orgId} and key = ${body.key}`;
    expect(row?.n).toBe(0);
  });

  it("refuses thresholds on a boolean feature's update and changes nothing", async () => {
    const response = await org.as(`/v1/features/${features.sso}`, { body: { alert_thresholds: [50] } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "parameter_invalid", param: "alert_thresholds" });
    const [row] = await admin`select alert_thresholds::text as t from features where id = ${features.sso}`;
    expect(row?.t).toBe("{80,100}");
  });

  it("keeps a refused e-mail unsent, and the cron sweep sends it once", async () => {
    const plan = await planWith(org, [{ feature: features.calls, value: 10 }]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const [{ email }] = (await admin`select email from customers where id = ${customer.id}`) as unknown as [{ email: string }];
    const sql = connect(env.HYPERDRIVE.connectionString);
    const tenant = { orgId: org.orgId, livemode: false };
    const reading = { customerId: customer.id, featureId: features.calls, periodStart: null, periodEnd: null, limit: 10, thresholds: [80] };
    const recorded = await withTenant(sql, tenant, (tx) => recordUsageThresholds(tx, { ...reading, used: 9 }));
    expect(recorded.map((alert) => alert.threshold)).toEqual([80]);
    expect(await withTenant(sql, tenant, (tx) => recordUsageThresholds(tx, { ...reading, used: 10 }))).toEqual([]);
    // The mailbox refuses a sender without its key, as a real e-mail API would.
    expect(await sendUsageAlerts(sql, { url: env.EMAIL_API_URL, key: "wrong-key" }, tenant)).toBe(0);
    expect(
      await admin`select customer_sent_at, merchant_sent_at, send_attempts from usage_alerts where customer_id = ${customer.id}`,
    ).toEqual([{ customer_sent_at: null, merchant_sent_at: null, send_attempts: 1 }]);
    expect(await mailFor(email)).toEqual([]);
    expect((await SCHEDULED_JOBS.usage_alerts?.(env, sql))?.sent).toBeGreaterThanOrEqual(2);
    await sweepUsageAlerts(sql, { url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY });
    await sql.end();
    expect(await customerMails(email)).toEqual(["You have used 80% of your API calls with Alerts <Co>"]);
    expect(await merchantMails(email)).toHaveLength(1);
  });
});
