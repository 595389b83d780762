import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { LitElement } from "lit";
import { type ApiErrorBody, BillingApiError } from "../../client/errors";
import { adminStyles } from "./admin.styles";
import { PageLoad } from "./page-load";

/** A page listing names, whose load and change the test answers. */
class NamesPage extends LitElement {
  static override styles = [adminStyles];
  static override properties = { card: { type: Boolean } };
  declare card: boolean;
  loads = 0;
  answer: () => Promise<string[]> = async () => ["Ada"];
  readonly names = new PageLoad(this, () => {
    this.loads++;
    return this.answer();
  });
  protected override render() {
    return html`${this.names.changeError()}
      ${this.names.render({ loading: "Loading names…", card: this.card, complete: (names) => html`<ul>${names.map((n) => html`<li>${n}</li>`)}</ul>` })}`;
  }
}
customElements.define("test-names-page", NamesPage);

const refused = (message: string) =>
  new BillingApiError(403, {
    type: "invalid_request_error",
    code: "insufficient_permissions",
    message,
    request_id: "req_1",
  } as ApiErrorBody);
const text = (element: NamesPage) => element.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? "";

describe("PageLoad", () => {
  it("says it is loading, politely, then shows what loaded", async () => {
    let release: (names: string[]) => void = () => undefined;
    const element = document.createElement("test-names-page") as NamesPage;
    element.answer = () => new Promise((resolve) => (release = resolve));
    const page = await fixture<NamesPage>(element);
    const status = page.shadowRoot?.querySelector("[role=status]");
    expect(status?.textContent).to.equal("Loading names…");
    expect(status?.getAttribute("aria-busy")).to.equal("true");
    release(["Grace"]);
    await waitUntil(() => page.shadowRoot?.querySelector("li"), "the names show");
    expect(text(page)).to.include("Grace");
  });

  it("shows a failed load with Try again, in a card of its own when asked, and loads again on it", async () => {
    const element = document.createElement("test-names-page") as NamesPage;
    element.card = true;
    element.answer = async () => {
      throw refused("Not allowed.");
    };
    const page = await fixture<NamesPage>(element);
    await waitUntil(() => page.shadowRoot?.querySelector("[role=alert]"), "the error shows");
    expect(page.shadowRoot?.querySelector("[role=alert]")?.classList.contains("card")).to.equal(true);
    expect(text(page)).to.include("Not allowed.");
    page.answer = async () => ["Ada", "Grace"];
    ((page.shadowRoot as ShadowRoot).querySelector("[role=alert] button") as HTMLButtonElement).click();
    await waitUntil(() => page.shadowRoot?.querySelectorAll("li").length === 2, "loaded again");
    expect(page.loads).to.equal(2);
  });

  it("reloads after a change, keeps a failed change's error until one succeeds", async () => {
    const page = await fixture<NamesPage>(html`<test-names-page></test-names-page>`);
    await waitUntil(() => page.shadowRoot?.querySelector("li"), "loaded");
    await page.names.change(async () => {
      throw refused("You may not remove Ada.");
    });
    await page.updateComplete;
    expect(page.shadowRoot?.querySelector("p.alert[role=alert]")?.textContent).to.equal("You may not remove Ada.");
    await waitUntil(() => page.loads === 2, "reloaded after the failed change");
    await page.names.change(async () => undefined);
    await page.updateComplete;
    expect(page.shadowRoot?.querySelector("p.alert")).to.equal(null);
    await waitUntil(() => page.loads === 3, "reloaded after the change");
  });
});
