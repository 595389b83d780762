import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminFailedPayments } from "./admin-failed-payments";

const settings = {
  object: "billing_settings",
  livemode: false,
  grace_period_days: 7,
  after_failed_retries: "cancel",
  update_payment_url: null,
  paused_keeps_access: false,
};

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "admin" | "member" | "viewer" = "owner") {
  const api = fakeAdminApi({ "GET /v1/billing_settings": { body: settings }, ...answers });
  const page = await adminFixture<AdminFailedPayments>(
    html`<billing-admin-failed-payments></billing-admin-failed-payments>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("form") || root.querySelector('[role="alert"]'), "form or error shown", { timeout: 5000 });
  const input = (name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;
  const posts = () => api.requests.filter((r) => r.method === "POST");
  return { page, root, api, input, posts };
}

describe("<billing-admin-failed-payments>", () => {
  it("shows every setting the API has, accessibly, with the current tab marked", async () => {
    const { page, root, input } = await mount({
      "GET /v1/billing_settings": {
        body: {
          ...settings,
          grace_period_days: 14,
          after_failed_retries: "unpaid",
          update_payment_url: "https://acme.test/billing",
          paused_keeps_access: true,
        },
      },
    });
    await expect(page).to.be.accessible();
    expect(input("grace_period_days").value).to.equal("14");
    expect((root.querySelector('input[value="unpaid"]') as HTMLInputElement).checked).to.equal(true);
    expect((root.querySelector('input[value="cancel"]') as HTMLInputElement).checked).to.equal(false);
    expect(input("update_payment_url").value).to.equal("https://acme.test/billing");
    expect(input("paused_keeps_access").checked).to.equal(true);
    expect(root.textContent).to.include("Cancel the subscription");
    expect(root.textContent).to.include("Leave it past due");
    expect(root.querySelector('.settings-tabs a[aria-current="page"]')?.textContent).to.equal("Failed payments");
  });

  it("sends every field on Save: numbers as numbers, the chosen outcome, an empty URL as null, the checkbox as a boolean", async () => {
    const { root, input, posts } = await mount({
      "POST /v1/billing_settings": { body: { ...settings, grace_period_days: 3, after_failed_retries: "past_due" } },
    });
    input("grace_period_days").value = "3";
    (root.querySelector('input[value="past_due"]') as HTMLInputElement).checked = true;
    input("paused_keeps_access").checked = true;
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.textContent?.includes("Saved."), "saved");
    expect(posts()).to.have.length(1);
    expect(await posts()[0]?.json()).to.deep.equal({
      grace_period_days: 3,
      after_failed_retries: "past_due",
      update_payment_url: null,
      paused_keeps_access: true,
    });
  });

  it("shows the API's error under the field it names, focuses it, and sends nothing more", async () => {
    const { root, input, posts } = await mount({
      "POST /v1/billing_settings": apiError(
        400,
        "parameter_invalid",
        "Invalid grace_period_days: Too big: expected number to be <=60",
        "grace_period_days",
      ),
    });
    input("grace_period_days").value = "90";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-grace_period_days-error"), "field error");
    expect(root.querySelector("#field-grace_period_days-error")?.textContent).to.include("expected number to be <=60");
    expect(input("grace_period_days").getAttribute("aria-invalid")).to.equal("true");
    expect(root.activeElement).to.equal(input("grace_period_days"));
    expect(root.textContent).not.to.include("Saved.");
    expect(posts()).to.have.length(1);
    expect(((await (posts()[0] as Request).json()) as { grace_period_days: number }).grace_period_days).to.equal(90);
  });

  it("shows an error about the update-payment URL under that field", async () => {
    const { root, input } = await mount({
      "POST /v1/billing_settings": apiError(
        400,
        "parameter_invalid",
        "Invalid update_payment_url: must be an https URL",
        "update_payment_url",
      ),
    });
    input("update_payment_url").value = "http://acme.test/billing";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-update_payment_url-error"), "field error");
    expect(root.querySelector("#field-update_payment_url-error")?.textContent).to.equal("Invalid update_payment_url: must be an https URL");
  });

  it("shows an error about the outcome under the choices", async () => {
    const { root } = await mount({
      "POST /v1/billing_settings": apiError(400, "parameter_invalid", "Invalid after_failed_retries: pick one", "after_failed_retries"),
    });
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#after-failed-retries-error"), "choices error");
    expect(root.querySelector("fieldset.choices")?.getAttribute("aria-describedby")).to.equal("after-failed-retries-error");
  });

  for (const role of ["viewer", "member"] as const) {
    it(`shows a ${role} the values read-only, with no Save`, async () => {
      const { root, input, posts } = await mount({}, role);
      expect(input("grace_period_days").value).to.equal("7");
      expect((root.querySelector("fieldset.group") as HTMLFieldSetElement).disabled).to.equal(true);
      expect(root.querySelector("form button")).to.equal(null);
      expect(posts()).to.have.length(0);
    });
  }

  it("lets an admin save", async () => {
    const { root } = await mount({}, "admin");
    expect(root.querySelector("form button")?.textContent?.trim()).to.equal("Save");
  });

  it("shows loading, then an error with Try again that loads again", async () => {
    let calls = 0;
    const { root } = await mount({
      "GET /v1/billing_settings": () => {
        calls++;
        return calls === 1
          ? new Response(JSON.stringify({ error: { type: "api_error", code: "internal_error", message: "Boom.", request_id: "r" } }), {
              status: 500,
              headers: { "content-type": "application/json" },
            })
          : new Response(JSON.stringify(settings), { headers: { "content-type": "application/json" } });
      },
    });
    expect(root.textContent).to.include("could not be loaded");
    expect(root.textContent).to.include("Boom.");
    (Array.from(root.querySelectorAll("button")).find((b) => b.textContent?.includes("Try again")) as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector("form"), "loaded on retry");
    expect(calls).to.equal(2);
  });

  it("says it is loading before the settings arrive", async () => {
    const api = fakeAdminApi({ "GET /v1/billing_settings": () => new Promise<Response>(() => undefined) });
    const page = await adminFixture<AdminFailedPayments>(
      html`<billing-admin-failed-payments></billing-admin-failed-payments>`,
      testSession(api),
    );
    expect(page.shadowRoot?.querySelector('[aria-busy="true"]')?.textContent).to.equal("Loading…");
  });
});
