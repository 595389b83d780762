import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminFees } from "./admin-fees";

const month = new Date().toISOString().slice(0, 7);
const row = (overrides: Record<string, unknown> = {}) => ({
  month,
  currency: "usd",
  currency_exponent: 2,
  invoices: 3,
  gross: 9_000,
  fee: 450,
  net: 8_550,
  refunded: 0,
  fee_returned: 0,
  fee_income: 450,
  ...overrides,
});
const empty = { body: { object: "list", data: [], has_more: false } };
const text = (root: ParentNode | null | undefined) => root?.textContent?.replace(/\s+/g, " ") ?? "";

async function mount(answers: Parameters<typeof fakeAdminApi>[0]) {
  const api = fakeAdminApi({ "GET /v1/fees/ledger": empty, ...answers });
  const page = await adminFixture<AdminFees>(html`<billing-admin-fees lang="en-US"></billing-admin-fees>`, testSession(api));
  return { page, root: page.shadowRoot as ShadowRoot, api };
}

describe("<billing-admin-fees>", () => {
  it("shows this month's fees and each month with its statements, accessibly", async () => {
    const { page, root, api } = await mount({
      "GET /v1/fees/monthly": { body: { object: "list", data: [row()] } },
      [`GET /v1/fees/statements/${month}`]: () => new Response("month,fee\n", { headers: { "content-type": "text/csv" } }),
    });
    await waitUntil(() => root.querySelector("table"), "months shown", { timeout: 5000 });
    expect(text(root.querySelector("tbody"))).to.include("$90.00");
    expect(text(root.querySelector("tbody"))).to.include("$4.50");
    await expect(page).to.be.accessible();
    (root.querySelector(`button[aria-label="CSV statement of ${month}"]`) as HTMLButtonElement).click();
    await waitUntil(() => api.requests.some((r) => r.url.includes("/statements/")), "statement fetched");
    expect(new URL(api.requests.find((r) => r.url.includes("/statements/"))?.url ?? "").searchParams.get("format")).to.equal("csv");
  });

  it("says when there are no fees, and shows an error with a retry", async () => {
    let fail = true;
    const { root } = await mount({
      "GET /v1/fees/monthly": () =>
        fail
          ? new Response(JSON.stringify(apiError(403, "permission_denied", "Not allowed.").body), { status: 403 })
          : new Response(JSON.stringify({ object: "list", data: [] }), { headers: { "content-type": "application/json" } }),
    });
    await waitUntil(() => text(root).includes("Not allowed."), "error shown", { timeout: 5000 });
    fail = false;
    ([...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Try again") as HTMLButtonElement).click();
    await waitUntil(() => text(root).includes("No fees yet"), "empty state");
    expect(text(root)).to.include("No payment this month yet.");
  });
});
