import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminPayoutSchedule } from "./payout-schedule";
import type { ConnectAccount } from "./stripe-account";

const account: ConnectAccount = {
  object: "connect_account",
  id: "acct_1",
  livemode: true,
  charges_enabled: true,
  payouts_enabled: true,
  details_submitted: true,
  requirements: { currently_due: [], past_due: [], disabled_reason: null },
  payout_schedule: { interval: "weekly", weekly_anchor: "friday", delay_days: 7 },
  created: 1_764_000_000,
};

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "member" = "owner") {
  const api = fakeAdminApi(answers);
  const element = await adminFixture<AdminPayoutSchedule>(
    html`<billing-admin-payout-schedule .account=${account} mode="live"></billing-admin-payout-schedule>`,
    testSession(api, { role }),
  );
  const root = element.shadowRoot as ShadowRoot;
  const control = (name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement | null;
  const choose = async (name: string, value: string) => {
    const select = control(name) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await element.updateComplete;
  };
  const posts = () => api.requests.filter((r) => r.method === "POST");
  return { element, root, control, choose, posts };
}

describe("<billing-admin-payout-schedule>", () => {
  it("shows the schedule, accessibly, with the anchor of its interval only", async () => {
    const { element, control } = await mount({});
    await expect(element).to.be.accessible();
    expect(control("interval")?.value).to.equal("weekly");
    expect(control("weekly_anchor")?.value).to.equal("friday");
    expect(control("delay_days")?.value).to.equal("7");
    expect(control("monthly_anchor")).to.equal(null);
  });

  it("sends the new schedule in its mode and hands the updated account to the page", async () => {
    const updated = { ...account, payout_schedule: { interval: "monthly", monthly_anchor: 15, delay_days: 7 } };
    const { element, root, control, choose, posts } = await mount({ "POST /v1/connect/payout_schedule": { body: updated } });
    await choose("interval", "monthly");
    expect(control("weekly_anchor")).to.equal(null);
    (control("monthly_anchor") as HTMLInputElement).value = "15";
    const events: unknown[] = [];
    element.addEventListener("billing-admin-account", (event) => events.push((event as CustomEvent).detail));
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.textContent?.includes("Payout schedule saved."), "saved");
    expect(posts()).to.have.length(1);
    expect(posts()[0]?.headers.get("BillingOS-Mode")).to.equal("live");
    expect(await posts()[0]?.json()).to.deep.equal({ interval: "monthly", monthly_anchor: 15, delay_days: 7 });
    expect(events).to.deep.equal([updated]);
  });

  it("sends only the interval for manual payouts", async () => {
    const { root, choose, control, posts } = await mount({ "POST /v1/connect/payout_schedule": { body: account } });
    await choose("interval", "manual");
    expect(control("delay_days")).to.equal(null);
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => posts().length === 1, "posted");
    expect(await posts()[0]?.json()).to.deep.equal({ interval: "manual" });
  });

  it("shows the API's error under the field it names and saves nothing", async () => {
    const { element, root, control, posts } = await mount({
      "POST /v1/connect/payout_schedule": apiError(
        400,
        "parameter_invalid",
        "Invalid delay_days: Too small: expected number to be >=2",
        "delay_days",
      ),
    });
    const events: unknown[] = [];
    element.addEventListener("billing-admin-account", (event) => events.push(event));
    (control("delay_days") as HTMLInputElement).value = "1";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-delay_days-error"), "field error");
    expect(root.querySelector("#field-delay_days-error")?.textContent).to.equal("Invalid delay_days: Too small: expected number to be >=2");
    expect(control("delay_days")?.getAttribute("aria-invalid")).to.equal("true");
    expect(root.textContent).not.to.include("saved");
    expect(posts()).to.have.length(1);
    expect(((await (posts()[0] as Request).json()) as { delay_days: number }).delay_days).to.equal(1);
    expect(events).to.deep.equal([]);
  });

  it("shows a monthly schedule without its day as the API's error under the day", async () => {
    const { root, choose, posts } = await mount({
      "POST /v1/connect/payout_schedule": apiError(
        400,
        "parameter_invalid",
        "Invalid monthly_anchor: monthly payouts need monthly_anchor",
        "monthly_anchor",
      ),
    });
    await choose("interval", "monthly");
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-monthly_anchor-error"), "field error");
    expect(await posts()[0]?.json()).to.deep.equal({ interval: "monthly", delay_days: 7 });
  });

  it("shows a member the schedule read-only, with no Save", async () => {
    const { root, control } = await mount({}, "member");
    expect(control("interval")?.value).to.equal("weekly");
    expect(root.querySelector("fieldset")?.disabled).to.equal(true);
    expect(root.querySelector("button")).to.equal(null);
  });
});
