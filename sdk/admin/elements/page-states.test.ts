import { expect, fixture, html } from "@open-wc/testing";
import { LitElement, render } from "lit";
import { BillingApiError } from "../../client/errors";
import { tokenStyles } from "../../internal/tokens";
import { fakeAdminApi, testSession } from "../fixtures/admin-fixture";
import { readQuery, writeQuery } from "../session/url-state";
import { adminStyles } from "./admin.styles";
import { badge, recordError, subscriptionTone } from "./page-states";

/** Every tone of badge on the admin's page background, to check its contrast. */
class BadgeSample extends LitElement {
  static override styles = [tokenStyles, adminStyles];
  protected override render() {
    return html`<p>${(["neutral", "success", "warning", "danger"] as const).map((tone) => badge(`${tone} status`, tone))}</p>`;
  }
}
customElements.define("test-badge-sample", BadgeSample);

const notFound = new BillingApiError(404, {
  type: "invalid_request_error",
  code: "resource_missing",
  message: "No such customer.",
  request_id: "r",
});

describe("page states", () => {
  it("offers the other mode when a record is not found in this one", async () => {
    const session = testSession(fakeAdminApi({}), { mode: "test" });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      recordError(session, notFound, () => {}, "customer"),
      host,
    );
    expect(host.querySelector("strong")?.textContent).to.equal("No such customer in test mode.");
    host.querySelector("button")?.click();
    expect(session.calls).to.deep.equal(["mode live (stay)"]);
  });

  it("offers a retry for other errors, with the API's message as text", async () => {
    const session = testSession(fakeAdminApi({}));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let retried = 0;
    const xss = `<img src=x onerror="window.__adminXss=1">`;
    const error = new BillingApiError(500, { type: "api_error", code: "api_error", message: xss, request_id: "r" });
    render(
      recordError(session, error, () => retried++),
      host,
    );
    expect(host.querySelector(".muted")?.textContent).to.equal(xss);
    expect(host.querySelector("img")).to.equal(null);
    host.querySelector("button")?.click();
    expect(retried).to.equal(1);
  });

  it("gives subscription statuses the tone merchants read them in", () => {
    expect(["active", "trialing", "past_due", "paused", "canceled", "whatever"].map(subscriptionTone)).to.deep.equal([
      "success",
      "success",
      "warning",
      "warning",
      "danger",
      "neutral",
    ]);
    const host = document.createElement("div");
    render(badge("past due", "warning"), host);
    expect(host.querySelector(".badge.warning")?.textContent).to.equal("past due");
  });

  it("gives every badge tone enough contrast to read (axe), warning included", async () => {
    const sample = await fixture<BadgeSample>(html`<test-badge-sample></test-badge-sample>`);
    await expect(sample).to.be.accessible();
  });

  it("keeps filters in the address without adding history entries", () => {
    const before = history.length;
    const start = location.href;
    writeQuery({ status: "active", q: "ada lovelace", empty: "" });
    expect(readQuery().get("status")).to.equal("active");
    expect(readQuery().get("q")).to.equal("ada lovelace");
    writeQuery({ status: null });
    expect(readQuery().has("status")).to.equal(false);
    expect(readQuery().get("q")).to.equal("ada lovelace");
    expect(history.length).to.equal(before);
    history.replaceState(history.state, "", start);
  });
});
