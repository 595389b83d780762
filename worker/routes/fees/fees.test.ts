import type Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { checkedOut, clockedCustomer } from "../../test/money-path-fixtures";

const admin = adminSql();
afterAll(() => admin.end());

interface Month {
  month: string;
  currency: string;
  invoices: number;
  gross: number;
  fee: number;
  net: number;
  refunded: number;
  fee_returned: number;
  fee_income: number;
}

describe("GET /v1/fees/monthly", () => {
  it("counts the fees returned by refunds: a payment refunded in three parts leaves no fee income", async () => {
    const org = await billingOrganization("Monthly Fees Co");
    const { customer } = await clockedCustomer(org);
    await checkedOut(org, customer.id, (await org.newPrice({ currency: "usd", unit_amount: 2_500 })).id);
    const refundedPrice = await org.newPrice({ currency: "usd", unit_amount: 10_000 });
    const refunded = await checkedOut(org, customer.id, refundedPrice.id);
    const keptFee = applicationFee(2_500, "usd").fee;
    const split = applicationFee(10_000, "usd");

    for (const amount of [3_000, 3_000, undefined]) {
      const refund = await org.as("/v1/refunds", { body: { payment_intent: refunded.payment_intent, ...(amount ? { amount } : {}) } });
      expect(refund.status).toBe(201);
    }
    await org.deliverEvents();
    const intent = await org.stripe.paymentIntents.retrieve(refunded.payment_intent as string, { expand: ["latest_charge"] }, org.on);
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge.amount_refunded).toBe(10_000);
    expect((await org.stripe.applicationFees.retrieve(charge.application_fee as string)).amount_refunded).toBe(split.fee);

    const month = new Date().toISOString().slice(0, 7);
    const monthly = await org.as<{ data: Month[] }>("/v1/fees/monthly");
    expect(monthly.status).toBe(200);
    expect(monthly.body.data).toEqual([
      {
        month,
        currency: "usd",
        currency_exponent: 2,
        invoices: 2,
        gross: 12_500,
        fee: keptFee + split.fee,
        net: 12_500 - keptFee - split.fee,
        refunded: 10_000,
        fee_returned: split.fee,
        fee_income: keptFee,
      },
    ]);
    const [ledger] = await admin<{ gross: number; fee: number; fee_returned: number }[]>`
      select sum(gross)::int as gross, sum(fee)::int as fee, sum(fee_returned)::int as fee_returned from fee_ledger where org_id = ${org.orgId}`;
    expect(ledger).toEqual({ gross: 12_500, fee: keptFee + split.fee, fee_returned: split.fee });
  });
});
