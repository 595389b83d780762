import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import { catalogueAnswers, event, invoice, list, subscription, XSS } from "../../fixtures/admin-records";
import "../../define";
import type { AdminConfirm } from "../../elements/admin-confirm/admin-confirm";
import type { Role } from "../../session/permissions";
import type { AdminSubscription } from "./admin-subscription";
import type { AdminSubscriptionChange } from "./subscription-change";

type Answers = Parameters<typeof fakeAdminApi>[0];

async function mount(answers: Answers = {}, role: Role = "owner") {
  const api = fakeAdminApi({
    ...catalogueAnswers,
    "GET /v1/subscriptions/sub_ada": { body: subscription() },
    "GET /v1/events": { body: list([event("subscription.created")]) },
    "GET /v1/invoices": { body: list([invoice(), invoice({ id: "in_other", subscription: "sub_other" })]) },
    ...answers,
  });
  const page = await adminFixture<AdminSubscription>(
    html`<billing-admin-subscription subscription-id="sub_ada"></billing-admin-subscription>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => page.record.status === "ready" && page.invoices.status !== "loading" && page.catalogue, "the page loads");
  await page.updateComplete;
  const button = (name: string) =>
    [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  const posted = () => api.requests.filter((r) => r.method === "POST");
  return { page, root, api, button, posted };
}

/** The confirmation dialog the page opened; answers it with `choice`. */
async function answer(page: AdminSubscription, choice: string) {
  await waitUntil(() => page.shadowRoot?.querySelector("billing-admin-confirm"), "a confirmation opens");
  const confirm = page.shadowRoot?.querySelector("billing-admin-confirm") as AdminConfirm;
  await confirm.updateComplete;
  const buttons = [...(confirm.shadowRoot?.querySelectorAll("button") ?? [])];
  (buttons.find((b) => b.textContent?.trim() === choice) as HTMLButtonElement).click();
}

describe("<billing-admin-subscription>", () => {
  it("shows plan, period, changes, history and only this subscription's invoices, accessibly", async () => {
    const { page, root } = await mount();
    expect(root.querySelector("billing-admin-page-header")?.getAttribute("heading")).to.equal("Starter");
    expect(root.textContent).to.contain("$10.00");
    expect(root.textContent).to.contain("Subscription created");
    expect(root.textContent).to.contain("in_1");
    expect(root.textContent).not.to.contain("in_other");
    await expect(page).to.be.accessible();
  });

  it("previews an upgrade and applies it with the preview's proration_date", async () => {
    const preview = {
      object: "subscription_change_preview",
      currency: "usd",
      currency_exponent: 2,
      proration_date: 1_765_000_000,
      lines: [
        { description: "Unused time on Starter", amount: -500, proration: true, period: { start: 1, end: 2 } },
        { description: "Remaining time on Pro", amount: 1500, proration: true, period: { start: 1, end: 2 } },
      ],
      amount_due_now: 1000,
      next_invoice_amount: 3000,
    };
    const { page, button, posted } = await mount({
      "POST /v1/subscriptions/sub_ada/preview_change": { body: preview },
      "POST /v1/subscriptions/sub_ada/change": { body: subscription({ price: "price_pro", product: "prod_pro", mrr_amount: 3000 }) },
    });
    button("Change plan")?.click();
    await waitUntil(() => page.shadowRoot?.querySelector("billing-admin-subscription-change"), "the change dialog opens");
    const dialog = page.shadowRoot?.querySelector("billing-admin-subscription-change") as AdminSubscriptionChange;
    await dialog.updateComplete;
    const droot = dialog.shadowRoot as ShadowRoot;
    (droot.querySelector("[name=price]") as HTMLSelectElement).value = "price_pro";
    (droot.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => droot.querySelector("[part=preview]"), "the preview shows");
    expect(await posted()[0]?.clone().json()).to.deep.equal({ price: "price_pro", quantity: 1 });
    expect(droot.querySelector("[part=preview]")?.textContent).to.contain("$10.00");
    expect(droot.textContent).to.contain("Remaining time on Pro");
    await expect(dialog).to.be.accessible();
    (droot.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => page.record.status === "ready" && page.record.data.price === "price_pro", "the change is applied");
    expect(await posted()[1]?.clone().json()).to.deep.equal({
      price: "price_pro",
      quantity: 1,
      timing: "now",
      proration_date: 1_765_000_000,
    });
    await page.updateComplete;
    expect(page.shadowRoot?.querySelector("[role=status]")?.textContent).to.contain("The plan was changed.");
  });

  it("shows the API's error beside the quantity field", async () => {
    const { page, button } = await mount({
      "POST /v1/subscriptions/sub_ada/preview_change": apiError(400, "parameter_invalid", "Quantity must be at least 1.", "quantity"),
    });
    button("Change plan")?.click();
    await waitUntil(() => page.shadowRoot?.querySelector("billing-admin-subscription-change"), "the change dialog opens");
    const dialog = page.shadowRoot?.querySelector("billing-admin-subscription-change") as AdminSubscriptionChange;
    await dialog.updateComplete;
    (dialog.shadowRoot?.querySelector("button[type=submit]") as HTMLButtonElement | null)?.click();
    await waitUntil(() => dialog.shadowRoot?.querySelector("#field-quantity-error"), "the field error shows");
    expect(dialog.shadowRoot?.querySelector("#field-quantity-error")?.textContent).to.equal("Quantity must be at least 1.");
  });

  it("cancels at period end only once confirmed, then offers undo", async () => {
    const { page, button, posted } = await mount({
      "POST /v1/subscriptions/sub_ada/cancel": { body: subscription({ cancel_at_period_end: true }) },
      "POST /v1/subscriptions/sub_ada/undo_cancel": { body: subscription() },
    });
    button("Cancel at period end")?.click();
    await answer(page, "Cancel");
    await page.updateComplete;
    expect(posted()).to.have.length(0);
    button("Cancel at period end")?.click();
    await answer(page, "Cancel at period end");
    await waitUntil(() => button("Undo cancellation"), "undo is offered");
    expect(await posted()[0]?.clone().json()).to.deep.equal({ at_period_end: true });
    button("Undo cancellation")?.click();
    await waitUntil(() => button("Cancel at period end"), "cancel is offered again");
    expect(new URL(posted()[1]?.url as string).pathname).to.equal("/v1/subscriptions/sub_ada/undo_cancel");
  });

  it("pauses once confirmed, resumes, and shows a refusal as text", async () => {
    const { page, root, button, posted } = await mount({
      "POST /v1/subscriptions/sub_ada/pause": { body: subscription({ paused: true }) },
      "POST /v1/subscriptions/sub_ada/resume": () => json(403, apiError(403, "insufficient_permissions", XSS).body),
    });
    button("Pause")?.click();
    await answer(page, "Pause");
    await waitUntil(() => button("Resume"), "resume is offered");
    button("Resume")?.click();
    await waitUntil(() => root.querySelector(".alert"), "the refusal shows");
    expect(root.querySelector(".alert")?.textContent).to.equal(XSS);
    expect(root.querySelector("img")).to.equal(null);
    expect(posted()).to.have.length(2);
  });

  it("cancels now only after a confirmation", async () => {
    const { page, button, posted } = await mount({
      "POST /v1/subscriptions/sub_ada/cancel": { body: subscription({ status: "canceled" }) },
    });
    button("Cancel now")?.click();
    await answer(page, "Cancel now");
    await waitUntil(() => posted().length === 1, "the cancel is sent");
    expect(await posted()[0]?.clone().json()).to.deep.equal({ at_period_end: false });
    await waitUntil(() => !button("Change plan"), "a canceled subscription offers no action");
  });

  it("offers a viewer no write action", async () => {
    const { root } = await mount({}, "viewer");
    expect(root.querySelector("[slot=actions]")).to.equal(null);
    expect([...root.querySelectorAll("button")].map((b) => b.textContent?.trim())).to.deep.equal([]);
  });

  it("shows the error state when the subscription cannot be loaded", async () => {
    const api = fakeAdminApi({ ...catalogueAnswers });
    const page = await adminFixture<AdminSubscription>(
      html`<billing-admin-subscription subscription-id="sub_gone"></billing-admin-subscription>`,
      testSession(api),
    );
    await waitUntil(() => page.record.status === "error", "the error shows");
    await page.updateComplete;
    // A 404 may mean the other mode: the page says so and offers the switch.
    expect(page.shadowRoot?.querySelector("[role=alert]")?.textContent).to.contain("No such subscription in test mode.");
  });
});
