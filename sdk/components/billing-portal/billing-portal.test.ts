import { expect, oneEvent } from "@open-wc/testing";
import type { PortalActionDetail, PortalErrorDetail } from "../../events/portal-events";
import { fakePortalApi, NOW, PREVIEW, subscription } from "../../fixtures/fake-portal-api";
import { allInPortal, inPortal, loaded, mountPortal, press, tabTo, until, words } from "../../fixtures/portal-fixture";
import "./define";

const DAY = 86_400;
const buttonOf = (portal: HTMLElement, action: string) =>
  portal.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) ?? null;

describe("<billing-portal> subscriptions", () => {
  it("is accessible with every section shown", async () => {
    const portal = await mountPortal(fakePortalApi());
    await loaded(portal);
    await expect(portal).to.be.accessible();
  });

  it("says each subscription's status in words", async () => {
    const api = fakePortalApi({
      subscriptions: [
        subscription({ id: "sub_a" }),
        subscription({ id: "sub_b", status: "trialing", trial_end: NOW + 14 * DAY }),
        subscription({ id: "sub_c", status: "past_due", past_due_since: NOW - 3 * DAY, access_ends_at: NOW + 4 * DAY }),
        subscription({ id: "sub_d", cancel_at_period_end: true }),
        subscription({ id: "sub_e", paused: true }),
        subscription({
          id: "sub_f",
          scheduled_change: { price: "price_business_m", stripe_price_id: "price_x", quantity: 3, effective_at: NOW + 31 * DAY },
        }),
        subscription({
          id: "sub_g",
          pending_change: { price: "price_business_m", stripe_price_id: "price_x", quantity: 1, invoice: "in_open", expires_at: NOW + DAY },
        }),
      ],
    });
    const portal = await mountPortal(api);
    await loaded(portal);
    const item = (id: string) => words(inPortal(portal, `[data-subscription=${id}]`));
    expect(item("sub_a")).to.contain("Pro").and.contain("$20.00 per month").and.contain("Renews on Feb 1, 2026");
    expect(item("sub_b")).to.contain("Trial ends Jan 15, 2026");
    expect(item("sub_c")).to.contain("Payment past due since Dec 29, 2025").and.contain("Access continues until Jan 5, 2026");
    expect(item("sub_d")).to.contain("Cancels on Feb 1, 2026");
    expect(item("sub_e")).to.contain("Paused");
    expect(item("sub_f")).to.contain("Changes to Business × 3 on Feb 1, 2026");
    expect(item("sub_g")).to.contain("Change to Business waits for payment until Jan 2, 2026").and.contain("Pay the open invoice");
    expect(buttonOf(portal, "undo:sub_d")).to.exist;
    expect(buttonOf(portal, "cancel:sub_d")).to.equal(null);
    expect(buttonOf(portal, "change:sub_g")).to.equal(null, "no second change while one waits for payment");
    expect(inPortal(portal, "[data-subscription=sub_c] .badge.bad")).to.exist;
    await expect(portal).to.be.accessible();
  });

  it("changes the plan with the API's proration preview, applying it with the preview's proration_date", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api, { perSeat: "prod_business" });
    await loaded(portal);
    buttonOf(portal, "change:sub_1")?.click();
    await until(() => inPortal(portal, "input[name=price]"));
    const business = allInPortal(portal, "input[name=price]").find((input) => (input as HTMLInputElement).value === "price_business_m");
    business?.click();
    await portal.updateComplete;
    const quantity = inPortal(portal, "input[name=quantity]") as HTMLInputElement;
    quantity.value = "3";
    quantity.dispatchEvent(new Event("input"));
    await portal.updateComplete;
    (inPortal(portal, "form.dialog-form button[type=submit]") as HTMLButtonElement).click();
    await until(() => inPortal(portal, "[part=preview]"));
    expect(api.calls.find((call) => call.path.endsWith("/preview_change"))?.body).to.deep.equal({ price: "price_business_m", quantity: 3 });
    expect(words(inPortal(portal, "[data-amount=now]"))).to.equal("$19.64");
    expect(words(inPortal(portal, "[data-amount=next]"))).to.equal("$49.00");
    expect(words(inPortal(portal, ".lines")))
      .to.contain("Unused time on Pro")
      .and.contain("-$13.55");
    await expect(portal).to.be.accessible();
    const done = oneEvent(portal, "billing-portal-action");
    buttonOf(portal, "confirm-change")?.click();
    const { detail } = (await done) as CustomEvent<PortalActionDetail>;
    expect(detail.action).to.equal("change");
    const change = api.calls.find((call) => call.path.endsWith("/change"));
    expect(change?.body).to.deep.equal({ price: "price_business_m", quantity: 3, timing: "now", proration_date: PREVIEW.proration_date });
    expect(change?.key).to.be.a("string");
    await until(() => words(inPortal(portal, "[data-subscription=sub_1]")).includes("Business × 3"));
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Your plan was changed.");
    // The charge's invoice is listed with the new plan, without a reload of the page.
    await until(() => words(inPortal(portal, "[data-invoice=in_change]")).includes("$19.64"), "the change's invoice is not listed");
    expect(inPortal(portal, "billing-dialog")?.hasAttribute("open")).to.equal(false);
  });

  it("schedules a change for the end of the period when the merchant allows it, without a charge now", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api, { changeTiming: "now period_end" });
    await loaded(portal);
    buttonOf(portal, "change:sub_1")?.click();
    await until(() => inPortal(portal, "input[name=timing]"));
    (allInPortal(portal, "input[name=price]")[3] as HTMLInputElement).click(); // Business monthly
    (allInPortal(portal, "input[name=timing]")[1] as HTMLInputElement).click();
    await portal.updateComplete;
    (inPortal(portal, "form.dialog-form button[type=submit]") as HTMLButtonElement).click();
    await until(() => buttonOf(portal, "confirm-change"));
    expect(words(inPortal(portal, "[part=body], .dialog-form"))).to.contain(
      "Nothing is charged today. The new plan starts on Feb 1, 2026.",
    );
    expect(api.calls.some((call) => call.path.endsWith("/preview_change"))).to.equal(false);
    buttonOf(portal, "confirm-change")?.click();
    await until(() => words(inPortal(portal, "[data-subscription=sub_1]")).includes("Changes to Business on Feb 1, 2026"));
    expect(api.calls.find((call) => call.path.endsWith("/change"))?.body).to.deep.equal({
      price: "price_business_m",
      quantity: 1,
      timing: "period_end",
    });
  });

  it("shows a declined upgrade clearly and keeps the plan the API says", async () => {
    const api = fakePortalApi({ fail: { "/change": [402, "card_declined", "Your card was declined."] } });
    const portal = await mountPortal(api);
    await loaded(portal);
    buttonOf(portal, "change:sub_1")?.click();
    await until(() => inPortal(portal, "input[name=price]"));
    (allInPortal(portal, "input[name=price]")[3] as HTMLInputElement).click();
    await portal.updateComplete;
    (inPortal(portal, "form.dialog-form button[type=submit]") as HTMLButtonElement).click();
    await until(() => buttonOf(portal, "confirm-change"));
    const failed = oneEvent(portal, "billing-portal-error");
    buttonOf(portal, "confirm-change")?.click();
    const { detail } = (await failed) as CustomEvent<PortalErrorDetail>;
    expect(detail).to.include({ action: "change", code: "card_declined" });
    await until(() => words(inPortal(portal, ".dialog-form [role=alert]")));
    expect(words(inPortal(portal, ".dialog-form [role=alert]"))).to.equal("Payment declined: Your card was declined.");
    expect(words(inPortal(portal, "[data-subscription=sub_1]")))
      .to.contain("Pro")
      .and.not.contain("Business");
    await expect(portal).to.be.accessible();
  });

  it("cancels at the period end with Stripe's reason and a comment after confirmation, then undoes it", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api);
    await loaded(portal);
    buttonOf(portal, "cancel:sub_1")?.click();
    await until(() => inPortal(portal, "select[name=reason]"));
    expect(api.calls.some((call) => call.path.endsWith("/cancel"))).to.equal(false, "nothing is sent before the confirmation");
    const reason = inPortal(portal, "select[name=reason]") as HTMLSelectElement;
    reason.value = "too_expensive";
    reason.dispatchEvent(new Event("change"));
    const comment = inPortal(portal, "textarea[name=comment]") as HTMLTextAreaElement;
    comment.value = "  Budget cuts  ";
    comment.dispatchEvent(new Event("input"));
    await expect(portal).to.be.accessible();
    buttonOf(portal, "confirm-cancel")?.click();
    await until(() => buttonOf(portal, "undo:sub_1"));
    expect(api.calls.find((call) => call.path.endsWith("/cancel"))?.body).to.deep.equal({
      at_period_end: true,
      reason: "too_expensive",
      comment: "Budget cuts",
    });
    expect(words(inPortal(portal, "[data-subscription=sub_1]"))).to.contain("Cancels on Feb 1, 2026");
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Your plan will cancel on Feb 1, 2026.");
    buttonOf(portal, "undo:sub_1")?.click();
    await until(() => buttonOf(portal, "cancel:sub_1"));
    expect(words(inPortal(portal, "[data-subscription=sub_1]"))).to.contain("Renews on Feb 1, 2026");
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Your plan will renew as usual.");
  });

  it("keeps the plan when the cancel dialog is dismissed with Escape, and returns focus to its button", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api);
    await loaded(portal);
    const cancel = await tabTo(portal, '[data-action="cancel:sub_1"]');
    await press("Enter");
    await until(() => inPortal(portal, "select[name=reason]"));
    await press("Escape");
    await until(() => !inPortal(portal, "select[name=reason]"));
    expect(portal.shadowRoot?.activeElement).to.equal(cancel);
    expect(api.calls.some((call) => call.path.endsWith("/cancel"))).to.equal(false);
  });

  it("changes the plan and cancels with the keyboard only", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api);
    await loaded(portal);
    await tabTo(portal, '[data-action="change:sub_1"]');
    await press("Enter");
    await until(() => inPortal(portal, "input[name=price]"));
    await tabTo(portal, "input[name=price]:checked");
    await press("ArrowDown"); // Pro yearly
    await tabTo(portal, "button[type=submit]");
    await press("Enter");
    await until(() => buttonOf(portal, "confirm-change"));
    expect(portal.shadowRoot?.activeElement?.matches(".review-plan")).to.equal(true, "focus moves to the review");
    await tabTo(portal, '[data-action="confirm-change"]');
    await press("Enter");
    await until(() => api.calls.some((call) => call.path.endsWith("/change")));
    expect(api.calls.find((call) => call.path.endsWith("/change"))?.body).to.include({ price: "price_pro_y", timing: "now" });
    await until(() => portal.shadowRoot?.activeElement?.matches('[data-action="change:sub_1"]'), "focus is back on Change plan");
    await tabTo(portal, '[data-action="cancel:sub_1"]');
    await press("Enter");
    await until(() => inPortal(portal, "select[name=reason]"));
    await tabTo(portal, '[data-action="confirm-cancel"]');
    await press("Enter");
    await until(() => portal.shadowRoot?.activeElement?.matches('[data-action="undo:sub_1"]'), "focus lands on Undo");
    await press("Enter");
    await until(() => api.calls.some((call) => call.path.endsWith("/undo_cancel")));
  });

  it("pauses (after confirmation) and resumes only where the merchant allows", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api);
    await loaded(portal);
    expect(buttonOf(portal, "pause:sub_1")).to.equal(null);
    portal.allowPause = true;
    await portal.updateComplete;
    buttonOf(portal, "pause:sub_1")?.click();
    await until(() => buttonOf(portal, "confirm-pause"));
    buttonOf(portal, "confirm-pause")?.click();
    await until(() => buttonOf(portal, "resume:sub_1"));
    expect(words(inPortal(portal, "[data-subscription=sub_1] [part=status]"))).to.equal("Paused");
    buttonOf(portal, "resume:sub_1")?.click();
    await until(() => buttonOf(portal, "pause:sub_1"));
    expect(api.calls.filter((call) => call.method === "POST").map((call) => call.path)).to.deep.equal([
      "/v1/subscriptions/sub_1/pause",
      "/v1/subscriptions/sub_1/resume",
    ]);
  });

  it("pauses and resumes with the keyboard only", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api, { allowPause: true });
    await loaded(portal);
    await tabTo(portal, '[data-action="pause:sub_1"]');
    await press("Enter");
    await until(() => buttonOf(portal, "confirm-pause"));
    await tabTo(portal, '[data-action="confirm-pause"]');
    await press("Enter");
    await until(() => portal.shadowRoot?.activeElement?.matches('[data-action="resume:sub_1"]'), "focus lands on Resume");
    await press("Enter");
    await until(() => api.calls.some((call) => call.path.endsWith("/resume")));
    expect(api.calls.filter((call) => call.method === "POST").map((call) => call.path)).to.deep.equal([
      "/v1/subscriptions/sub_1/pause",
      "/v1/subscriptions/sub_1/resume",
    ]);
  });

  it("shows loading, empty and error states", async () => {
    const held = await mountPortal(fakePortalApi({ hold: ["/v1/subscriptions"] }), { sections: "subscriptions" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inPortal(held, "[part~=subscriptions] .skeleton")).to.exist;
    await expect(held).to.be.accessible();
    const empty = await mountPortal(fakePortalApi({ subscriptions: [] }), { sections: "subscriptions" });
    await loaded(empty);
    expect(words(inPortal(empty, "[part~=subscriptions] .empty"))).to.equal("You have no subscriptions.");
    const broken = await mountPortal(fakePortalApi({ fail: { "/v1/subscriptions": [500, "internal_error", "boom"] } }), {
      sections: "subscriptions",
    });
    await until(() => inPortal(broken, "[part~=subscriptions] [role=alert]"));
    expect(words(inPortal(broken, "[part~=subscriptions] [role=alert]"))).to.contain("Something went wrong (internal_error)");
    await expect(broken).to.be.accessible();
  });

  it("asks a signed-out visitor to sign in, and stops calling the API", async () => {
    const api = fakePortalApi();
    const portal = await mountPortal(api, { signedIn: false });
    await until(() => inPortal(portal, "[role=alert]"));
    expect(words(inPortal(portal, "[role=alert]"))).to.equal("Sign in to manage your billing.");
    const calls = api.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.calls.length).to.equal(calls, "no reload loop");
    expect(api.calls.every((call) => call.path === "/v1/pricing")).to.equal(true, "only the public pricing is read");
    await expect(portal).to.be.accessible();
  });

  it("speaks French with the page's locale, dates and money included", async () => {
    const api = fakePortalApi({ subscriptions: [subscription({ cancel_at_period_end: true })] });
    const portal = await mountPortal(api, { locale: "fr-FR", sections: "subscriptions" });
    await loaded(portal);
    const item = words(inPortal(portal, "[data-subscription=sub_1]"));
    expect(item).to.contain("par mois").and.contain("Résiliation le 1 févr. 2026");
    expect(words(inPortal(portal, '[data-action="undo:sub_1"]'))).to.equal("Ne pas résilier");
    await expect(portal).to.be.accessible();
  });

  it("shows only the sections asked for, in that order", async () => {
    const portal = await mountPortal(fakePortalApi(), { sections: "usage subscriptions" });
    await loaded(portal);
    expect(allInPortal(portal, "section").map((node) => node.getAttribute("part"))).to.deep.equal([
      "section usage",
      "section subscriptions",
    ]);
  });

  it("renders one compact usage meter per metered feature", async () => {
    const api = fakePortalApi({ entitlements: [] });
    api.state.entitlements = [
      { ...(await import("../../fixtures/fake-portal-api")).meteredEntitlement("api_calls") },
      { ...(await import("../../fixtures/fake-portal-api")).meteredEntitlement("exports") },
      { ...(await import("../../fixtures/fake-portal-api")).meteredEntitlement("seats"), type: "limit" },
    ];
    const portal = await mountPortal(api, { sections: "usage" });
    await until(() => allInPortal(portal, "billing-usage-meter").length);
    expect(
      allInPortal(portal, "billing-usage-meter").map((meter) => [meter.getAttribute("feature"), meter.getAttribute("variant")]),
    ).to.deep.equal([
      ["api_calls", "compact"],
      ["exports", "compact"],
    ]);
    // Drawn by the portal alone (this page loads no other element): the meters are defined and show the usage.
    const [first] = allInPortal(portal, "billing-usage-meter");
    await until(() => first?.shadowRoot?.querySelector("[part=label]"), "the meter never rendered");
    expect(words(first?.shadowRoot?.querySelector("[part=label]") ?? null)).to.equal("api_calls");
  });

  it("renders product names and API messages as text, never as markup", async () => {
    const payload = `<img src=x onerror="window.__portalXss=1">`;
    const api = fakePortalApi({ fail: { "/cancel": [400, "invalid_request", payload] } });
    api.state.pricing = { ...api.state.pricing, products: api.state.pricing.products.map((product) => ({ ...product, name: payload })) };
    const portal = await mountPortal(api);
    await loaded(portal);
    expect(words(inPortal(portal, "[data-subscription=sub_1] h3"))).to.equal(payload);
    buttonOf(portal, "cancel:sub_1")?.click();
    await until(() => buttonOf(portal, "confirm-cancel"));
    buttonOf(portal, "confirm-cancel")?.click();
    await until(() => words(inPortal(portal, ".dialog-form [role=alert]")));
    expect(words(inPortal(portal, ".dialog-form [role=alert]"))).to.equal(payload);
    expect(portal.shadowRoot?.querySelector("img")).to.equal(null);
    expect((window as { __portalXss?: number }).__portalXss).to.equal(undefined);
  });
});
