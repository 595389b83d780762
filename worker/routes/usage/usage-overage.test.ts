import type Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { OVERAGE_METADATA_KEY } from "../../domain/usage/overage";
import { billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { checkedOut, clockedCustomer, HOUR } from "../../test/money-path-fixtures";
import { deliver } from "../../test/stripe";

const admin = adminSql();
afterAll(() => admin.end());

describe("overage on the renewal invoice (invoice.created)", () => {
  it("adds usage above the quota once, named after the feature, and the fee covers it; a redelivery adds nothing", async () => {
    const org = await billingOrganization("Overage Co");
    const features = await createFeatures(org);
    const plan = await planWith(org, [{ feature: features.calls, value: 100, overage_unit_amounts: { usd: 5 } }], 2000);
    const { customer, advanceTo } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, plan.id, "pm_card_visa");
    const used = await check(org, { customer: customer.id, feature: "calls", required: 130, consume: true });
    expect(used.body).toMatchObject({ allowed: true, reason: "overage", overage: 30 });
    const periodEnd = used.body.resets_at as number;

    const created = await advanceTo(periodEnd + 60);
    const event = created.find((e) => e.type === "invoice.created") as Stripe.Event;
    const draft = await org.stripe.invoices.retrieve((event.data.object as Stripe.Invoice).id as string, {}, org.on);
    const overageLines = draft.lines.data.filter((line) => line.metadata?.[OVERAGE_METADATA_KEY] === features.calls);
    expect(overageLines).toHaveLength(1);
    expect(overageLines[0]).toMatchObject({ amount: 150 });
    expect(overageLines[0]?.description).toContain("API calls");
    expect(draft.amount_due).toBe(2000 + 150);

    expect((await deliver(event)).status).toBe(200);
    expect((await deliver({ ...event, id: `${event.id}x` })).status).toBe(200);
    const again = await org.stripe.invoices.retrieve(draft.id as string, {}, org.on);
    expect(again.lines.data.filter((line) => line.metadata?.[OVERAGE_METADATA_KEY])).toHaveLength(1);
    expect(again.amount_due).toBe(2150);
    // Finalized and paid an hour later: the fee recorded with the charge is the fee on the whole, overage included.
    await advanceTo(periodEnd + 2 * HOUR);
    const [ledger] = await admin`select gross, fee from fee_ledger where invoice_id = ${draft.id as string}`;
    expect(ledger).toEqual({ gross: "2150", fee: String(applicationFee(2150, "usd").fee) });
    expect(session.subscription).toBeTruthy();
  });

  it("adds nothing on a redelivery that reads another amount (the quota changed since): the line already on the draft is the guard", async () => {
    const org = await billingOrganization("Overage Redelivery Co");
    const features = await createFeatures(org);
    const plan = await planWith(org, [{ feature: features.calls, value: 100, overage_unit_amounts: { usd: 5 } }], 2000);
    const { customer, advanceTo } = await clockedCustomer(org);
    await checkedOut(org, customer.id, plan.id, "pm_card_visa");
    const used = await check(org, { customer: customer.id, feature: "calls", required: 130, consume: true });
    const created = await advanceTo((used.body.resets_at as number) + 60);
    const event = created.find((e) => e.type === "invoice.created") as Stripe.Event;
    const invoiceId = (event.data.object as Stripe.Invoice).id as string;
    expect((await org.stripe.invoices.retrieve(invoiceId, {}, org.on)).amount_due).toBe(2150);

    // The merchant grants 10 more calls before Stripe redelivers: computed again, the overage would be
    // 20 calls ($1.00), a different request under the same idempotency key, which Stripe refuses.
    // Only the line found on the draft keeps the redelivery from billing (or failing) twice.
    expect((await org.as(`/v1/customers/${customer.id}/grants`, { body: { feature: "calls", value: 10 } })).status).toBe(201);
    const redelivered = await deliver({ ...event, id: `${event.id}redelivered` });
    expect(redelivered.status).toBe(200);
    const again = await org.stripe.invoices.retrieve(invoiceId, {}, org.on);
    expect(again.lines.data.filter((line) => line.metadata?.[OVERAGE_METADATA_KEY])).toHaveLength(1);
    expect(again.amount_due).toBe(2150);
  });
});
