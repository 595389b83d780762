import { expect, fixture, html } from "@open-wc/testing";
import "../../define";
import type { AdminMetric } from "./admin-metric";

const text = (element: AdminMetric, selector: string) =>
  element.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();

describe("<billing-admin-metric>", () => {
  it("is accessible: a labelled section with the value and its change", async () => {
    const metric = await fixture<AdminMetric>(
      html`<billing-admin-metric label="MRR" value="$12,340.00" change="0.042" comparison="vs previous 30 days" lang="en-US"></billing-admin-metric>`,
    );
    await expect(metric).to.be.accessible();
    expect(text(metric, ".value")).to.equal("$12,340.00");
    expect(text(metric, ".change")).to.equal("▲ +4.2% vs previous 30 days");
    expect(metric.shadowRoot?.querySelector(".change span")?.className).to.equal("good");
  });

  it("colours a fall as bad news, and as good news where lower is better (churn)", async () => {
    const mrr = await fixture<AdminMetric>(
      html`<billing-admin-metric label="MRR" value="$1" change="-0.1" lang="en-US"></billing-admin-metric>`,
    );
    expect(mrr.shadowRoot?.querySelector(".change span")?.className).to.equal("bad");
    expect(text(mrr, ".change")).to.equal("▼ -10% vs previous period");
    const churn = await fixture<AdminMetric>(
      html`<billing-admin-metric label="Churn" value="2%" change="-0.1" lower-is-better lang="en-US"></billing-admin-metric>`,
    );
    expect(churn.shadowRoot?.querySelector(".change span")?.className).to.equal("good");
  });

  it("says when there is nothing to compare with, and when nothing changed", async () => {
    const fresh = await fixture<AdminMetric>(html`<billing-admin-metric label="MRR" value="$0.00"></billing-admin-metric>`);
    expect(text(fresh, ".change")).to.equal("No earlier period to compare with");
    const flat = await fixture<AdminMetric>(html`<billing-admin-metric label="MRR" value="$5.00" change="0"></billing-admin-metric>`);
    expect(text(flat, ".change")).to.equal("No change vs previous period");
  });

  it("shows a skeleton while loading and the error as text", async () => {
    const loading = await fixture<AdminMetric>(html`<billing-admin-metric label="MRR" loading></billing-admin-metric>`);
    expect(loading.shadowRoot?.querySelector("section")?.getAttribute("aria-busy")).to.equal("true");
    expect(loading.shadowRoot?.querySelector(".skeleton")).to.not.equal(null);
    await expect(loading).to.be.accessible();
    const xss = `<img src=x onerror="window.__adminXss=1">`;
    const failed = await fixture<AdminMetric>(html`<billing-admin-metric label="MRR" .error=${xss}></billing-admin-metric>`);
    expect(text(failed, "[role=alert]")).to.equal(xss);
    expect(failed.shadowRoot?.querySelector("img")).to.equal(null);
  });
});
