import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { catalogueAnswers, customer, event, invoice, list, subscription, XSS } from "../../fixtures/admin-records";
import "../../define";
import type { AdminConfirm } from "../../elements/admin-confirm/admin-confirm";
import type { Role } from "../../session/permissions";
import type { AdminCustomer } from "./admin-customer";
import { toMinorUnits } from "./customer-dialogs";
import type { AdminCustomerEntitlements } from "./customer-entitlements";

type Answers = Parameters<typeof fakeAdminApi>[0];

const entitlement = {
  object: "entitlement",
  feature: "seats",
  feature_name: "Seats",
  unit_label: "seats",
  type: "limit",
  value: 5,
  used: 2,
  balance: 3,
  overage_unit_amounts: null,
  currency_exponents: null,
  period_start: null,
  resets_at: null,
  grace_until: null,
  sources: [{ type: "subscription", id: "sub_ada", value: 5 }],
};
const grant = {
  id: "cgr_1",
  object: "customer_grant",
  livemode: false,
  customer: "cus_ada",
  feature: "beta",
  effect: "add",
  value: true,
  expires_at: null,
  reason: XSS,
  created: 1,
};
const feature = {
  id: "feat_1",
  object: "feature",
  livemode: false,
  key: "beta",
  name: "Beta",
  type: "boolean",
  unit_label: null,
  aggregation: null,
  reset: null,
  alert_thresholds: [],
  created: 1,
  updated: 1,
};

async function mount(answers: Answers = {}, role: Role = "owner") {
  const api = fakeAdminApi({
    ...catalogueAnswers,
    "GET /v1/customers/cus_ada": { body: customer() },
    "GET /v1/subscriptions": { body: list([subscription()]) },
    "GET /v1/invoices": { body: list([invoice()]) },
    "GET /v1/customers/cus_ada/payment_methods": {
      body: list([{ id: "pm_1", object: "payment_method", brand: "visa", last4: "4242", exp_month: 4, exp_year: 2030, default: true }]),
    },
    "GET /v1/customers/cus_ada/timeline": { body: list([event("invoice.paid"), event("customer.created")]) },
    "GET /v1/customers/cus_ada/entitlements": { body: list([entitlement]) },
    "GET /v1/customers/cus_ada/grants": { body: list([grant]) },
    "GET /v1/features": { body: list([feature]) },
    ...answers,
  });
  const page = await adminFixture<AdminCustomer>(
    html`<billing-admin-customer customer-id="cus_ada"></billing-admin-customer>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => page.record.status === "ready" && page.accounts.status === "ready", "the page loads");
  await page.updateComplete;
  const entitlements = root.querySelector("billing-admin-customer-entitlements") as AdminCustomerEntitlements;
  await waitUntil(() => entitlements.data.status === "ready", "the entitlements load");
  await entitlements.updateComplete;
  const button = (scope: ParentNode, name: string) =>
    [...scope.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  return { page, root, api, entitlements, button };
}

describe("<billing-admin-customer>", () => {
  it("shows profile, subscriptions, invoices, cards by brand and last four, and the timeline, accessibly", async () => {
    const { page, root } = await mount({}, "viewer");
    expect(root.querySelector("billing-admin-page-header")?.getAttribute("heading")).to.equal("Ada Lovelace");
    expect(root.textContent).to.contain("user_42");
    expect(root.querySelector("a[href='/admin/subscriptions/sub_ada']")?.textContent).to.contain("Starter");
    expect(root.textContent).to.contain("Visa •••• 4242");
    expect(root.textContent).to.contain("Expires 04/2030");
    const timeline = root.querySelector("billing-admin-table");
    await waitUntil(() => timeline?.shadowRoot?.querySelectorAll("tbody tr:not(.skeleton)").length === 2, "the timeline loads");
    expect(timeline?.shadowRoot?.textContent).to.contain("Invoice paid");
    await expect(page).to.be.accessible();
  });

  it("offers a viewer no write action and shows usage as numbers", async () => {
    const { root, entitlements, api } = await mount({}, "viewer");
    expect(root.querySelector("[slot=actions]")).to.equal(null);
    expect([...root.querySelectorAll("button")].map((b) => b.textContent?.trim())).to.deep.equal([]);
    expect([...(entitlements.shadowRoot?.querySelectorAll("button") ?? [])]).to.have.length(0);
    expect(entitlements.shadowRoot?.textContent).to.contain("2 of 5 seats");
    expect(api.requests.some((r) => new URL(r.url).pathname === "/v1/customer_sessions")).to.equal(false);
  });

  it("shows names, reasons and ids as text", async () => {
    const { root, entitlements } = await mount(
      { "GET /v1/customers/cus_ada": { body: customer({ name: XSS, metadata: { [XSS]: XSS } }) } },
      "viewer",
    );
    expect(root.querySelector("billing-admin-page-header")?.getAttribute("heading")).to.equal(XSS);
    expect(root.textContent).to.contain(XSS);
    expect(entitlements.shadowRoot?.textContent).to.contain(XSS);
    expect(root.querySelector("img")).to.equal(null);
    expect(entitlements.shadowRoot?.querySelector("img")).to.equal(null);
  });

  it("edits the customer, showing the API's field error beside the field", async () => {
    let attempt = 0;
    const { page, root, button, api } = await mount({
      "POST /v1/customers/cus_ada": () => {
        attempt++;
        return attempt === 1
          ? new Response(JSON.stringify(apiError(400, "email_invalid", "Invalid email address.", "email").body), { status: 400 })
          : new Response(JSON.stringify(customer({ name: "Ada King" })), { status: 200 });
      },
    });
    button(root, "Edit")?.click();
    await waitUntil(() => root.querySelector("billing-admin-customer-edit"), "the form opens");
    const edit = root.querySelector("billing-admin-customer-edit") as HTMLElement & { updateComplete: Promise<unknown> };
    await edit.updateComplete;
    const form = edit.shadowRoot as ShadowRoot;
    (form.querySelector("[name=name]") as HTMLInputElement).value = "Ada King";
    (form.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => form.querySelector("#field-email-error"), "the field error shows");
    expect(form.querySelector("#field-email-error")?.textContent).to.equal("Invalid email address.");
    expect((form.querySelector("[name=name]") as HTMLInputElement).value, "what was typed stays").to.equal("Ada King");
    (form.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => page.record.status === "ready" && page.record.data.name === "Ada King", "the customer is saved");
    const body = await api.requests
      .filter((r) => new URL(r.url).pathname === "/v1/customers/cus_ada")
      .at(-1)
      ?.clone()
      .json();
    expect(body).to.deep.equal({ email: "ada@example.test", name: "Ada King", external_id: "user_42" });
  });

  it("refunds part of a paid invoice in minor units", async () => {
    const { root, button, api, page } = await mount({ "POST /v1/refunds": { status: 201, body: { id: "re_1", object: "refund" } } });
    button(root, "Refund")?.click();
    await waitUntil(() => root.querySelector("billing-admin-refund"), "the refund dialog opens");
    const refund = root.querySelector("billing-admin-refund") as HTMLElement & { updateComplete: Promise<unknown> };
    await refund.updateComplete;
    const form = refund.shadowRoot as ShadowRoot;
    (form.querySelector("[name=amount]") as HTMLInputElement).value = "abc";
    (form.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => form.querySelector("#field-amount-error"), "a bad amount is refused here");
    const refunds = () => api.requests.filter((r) => new URL(r.url).pathname === "/v1/refunds");
    expect(refunds()).to.have.length(0);
    (form.querySelector("[name=amount]") as HTMLInputElement).value = "2.50";
    (form.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => page.notice === "The refund was made.", "the refund is made");
    expect(await refunds()[0]?.clone().json()).to.deep.equal({ invoice: "in_1", amount: 250, reason: "requested_by_customer" });
  });

  it("grants a feature with the API's field errors, and revokes a grant only once confirmed", async () => {
    let granted = 0;
    const { entitlements, button, api } = await mount({
      "POST /v1/customer_sessions": { status: 201, body: { token: "bcs_test_x", expires_at: 4_000_000_000, customer: "cus_ada" } },
      "POST /v1/customers/cus_ada/grants": () => {
        granted++;
        return granted === 1
          ? new Response(JSON.stringify(apiError(400, "parameter_invalid", "A boolean feature takes true.", "value").body), { status: 400 })
          : new Response(JSON.stringify(grant), { status: 201 });
      },
      "DELETE /v1/customers/cus_ada/grants/cgr_1": { body: { id: "cgr_1", object: "customer_grant", deleted: true } },
    });
    const root = entitlements.shadowRoot as ShadowRoot;
    button(root, "Grant feature")?.click();
    await entitlements.updateComplete;
    (root.querySelector("[name=value]") as HTMLInputElement).value = "12";
    (root.querySelector("form button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector("#field-value-error"), "the field error shows");
    (root.querySelector("[name=value]") as HTMLInputElement).value = "";
    (root.querySelector("form button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => granted === 2 && !root.querySelector("form"), "the grant is made");
    const grants = api.requests.filter((r) => new URL(r.url).pathname.endsWith("/grants") && r.method === "POST");
    expect(await grants[1]?.clone().json()).to.deep.equal({ feature: "beta", value: true, effect: "add" });
    await waitUntil(() => button(root, "Revoke"), "the grant list is back");
    button(root, "Revoke")?.click();
    await waitUntil(() => root.querySelector("billing-admin-confirm"), "a confirmation opens");
    const confirm = root.querySelector("billing-admin-confirm") as AdminConfirm;
    await confirm.updateComplete;
    button(confirm.shadowRoot as ShadowRoot, "Revoke grant")?.click();
    await waitUntil(() => api.requests.some((r) => r.method === "DELETE"), "the grant is revoked");
  });
});

describe("toMinorUnits", () => {
  it("reads amounts in the currency's decimals and refuses the rest", () => {
    expect(toMinorUnits("12.5", 2)).to.equal(1250);
    expect(toMinorUnits("12,05", 2)).to.equal(1205);
    expect(toMinorUnits("7", 0)).to.equal(7);
    expect(toMinorUnits("1.234", 2)).to.be.NaN;
    expect(toMinorUnits("-1", 2)).to.be.NaN;
    expect(toMinorUnits("1e3", 2)).to.be.NaN;
  });
});
