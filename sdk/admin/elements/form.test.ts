import { expect, html, waitUntil } from "@open-wc/testing";
import { tokenStyles } from "../../internal/tokens";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../fixtures/admin-fixture";
import { call } from "../session/admin-api";
import { adminStyles } from "./admin.styles";
import { AdminElement } from "./admin-element";
import { addRowForm, FormController, field, formError } from "./form";
import { formStyles } from "./form.styles";

/** A page-like form posting a customer, as a page would write it. */
class CustomerForm extends AdminElement {
  static override styles = [tokenStyles, adminStyles, formStyles];
  readonly form = new FormController(this);
  created: unknown;
  submitted = (event: SubmitEvent) =>
    this.form.submit(event, async (values) => {
      this.created = await call(this.signedIn.api.POST("/v1/customers", { body: { email: values.email, name: values.name } }));
    });
  protected override render() {
    return html`<form @submit=${this.submitted} novalidate>
      ${field(this.form, { name: "email", label: "E-mail", type: "email", hint: "Where receipts go." })}
      ${field(this.form, { name: "name", label: "Name" })}
      ${formError(this.form)}
      <button class="button primary" type="submit" ?disabled=${this.form.pending}>Save</button>
    </form>`;
  }
}
customElements.define("test-customer-form", CustomerForm);

async function mount(answer: Parameters<typeof fakeAdminApi>[0][string]) {
  const api = fakeAdminApi({ "POST /v1/customers": answer });
  const element = await adminFixture<CustomerForm>(html`<test-customer-form></test-customer-form>`, testSession(api));
  const root = element.shadowRoot as ShadowRoot;
  const input = (name: string) => root.querySelector(`[name=${name}]`) as HTMLInputElement;
  const submit = async () => {
    (root.querySelector("button[type=submit]") as HTMLButtonElement).click();
    await waitUntil(() => !element.form.pending, "the submission never settled");
    await element.updateComplete;
  };
  return { element, root, api, input, submit };
}

describe("form helper (FormController + field)", () => {
  it("labels every field and is accessible", async () => {
    const { element, root } = await mount({ body: {} });
    await expect(element).to.be.accessible();
    expect(root.querySelector("label[for=field-email]")?.textContent).to.equal("E-mail");
    expect(root.querySelector("#field-email")?.getAttribute("aria-describedby")).to.equal("field-email-hint");
  });

  it("keeps what was typed when the page renders again, and after the API refuses it", async () => {
    const { element, input, submit } = await mount(apiError(400, "parameter_invalid", "Invalid email address.", "email"));
    input("name").value = "Ada Lovelace";
    element.requestUpdate();
    await element.updateComplete;
    expect(input("name").value).to.equal("Ada Lovelace");
    input("email").value = "ada@";
    await submit();
    expect(input("email").value).to.equal("ada@");
    expect(input("name").value).to.equal("Ada Lovelace");
  });

  it("shows the API's error beside the field its param names, marks it invalid and focuses it", async () => {
    const { element, root, input, submit, api } = await mount(apiError(400, "parameter_invalid", "Invalid email address.", "email"));
    input("email").value = "not-an-address";
    await submit();
    expect(api.requests.length).to.equal(1);
    expect(await api.requests[0]?.json()).to.deep.equal({ email: "not-an-address", name: "" });
    expect(input("email").getAttribute("aria-invalid")).to.equal("true");
    expect(root.querySelector("#field-email-error")?.textContent).to.equal("Invalid email address.");
    expect(input("email").getAttribute("aria-describedby")).to.equal("field-email-hint field-email-error");
    expect(input("name").getAttribute("aria-invalid")).to.equal("false");
    await waitUntil(() => element.shadowRoot?.activeElement === input("email"), "the invalid field gets focus");
    expect(root.querySelector(".alert"), "no form-level error when the field shows it").to.equal(null);
    await expect(element).to.be.accessible();
  });

  it("shows errors without a matching field for the whole form, as text", async () => {
    const xss = `<img src=x onerror="window.__adminXss=1">`;
    const { root, submit } = await mount(apiError(403, "insufficient_permissions", xss));
    await submit();
    expect(root.querySelector("[role=alert] .alert")?.textContent).to.equal(xss);
    expect(root.querySelector("img")).to.equal(null);
  });

  it("clears the previous errors on the next submission and resolves the result", async () => {
    let attempt = 0;
    const { element, root, submit } = await mount(() => {
      attempt++;
      return attempt === 1
        ? new Response(JSON.stringify(apiError(400, "parameter_missing", "Name is required.", "name").body), { status: 400 })
        : new Response(JSON.stringify({ id: "cus_1", object: "customer" }), { status: 200 });
    });
    await submit();
    expect(root.querySelector("#field-name-error")?.textContent).to.equal("Name is required.");
    await submit();
    expect(root.querySelector("#field-name-error")).to.equal(null);
    expect(element.created).to.deep.equal({ id: "cus_1", object: "customer" });
  });

  it("says so when the API cannot be reached", async () => {
    const { root, submit } = await mount(() => Promise.reject(new TypeError("Failed to fetch")));
    await submit();
    expect(root.querySelector(".alert")?.textContent).to.equal(
      "The BillingOS API could not be reached. Check your connection and try again.",
    );
  });
});

/** A list's "add a row" card, as the API keys and Team pages use it. */
class InviteForm extends AdminElement {
  static override styles = [tokenStyles, adminStyles, formStyles];
  readonly form = new FormController(this);
  submitted = (event: SubmitEvent) =>
    this.form.submit(event, () => call(this.signedIn.api.POST("/v1/customers", { body: { email: "x" } })));
  protected override render() {
    return addRowForm(this.form, {
      id: "invite",
      heading: "Invite someone",
      submitLabel: "Send invitation",
      onSubmit: this.submitted,
      fields: field(this.form, { name: "email", label: "E-mail", type: "email" }),
      more: html`<p class="hint">They get an e-mail.</p>`,
    });
  }
}
customElements.define("test-invite-form", InviteForm);

describe("addRowForm()", () => {
  it("names the form by its heading, shows the field's API error under it and holds the button while pending", async () => {
    let release: (response: Response) => void = () => undefined;
    const api = fakeAdminApi({ "POST /v1/customers": () => new Promise<Response>((resolve) => (release = resolve)) });
    const element = await adminFixture<InviteForm>(html`<test-invite-form></test-invite-form>`, testSession(api));
    const root = element.shadowRoot as ShadowRoot;
    const form = root.querySelector("form") as HTMLFormElement;
    expect(root.getElementById(form.getAttribute("aria-labelledby") ?? "")?.textContent).to.equal("Invite someone");
    expect(root.querySelector(".inline-fields #field-email")).not.to.equal(null);
    expect(root.textContent).to.include("They get an e-mail.");
    await expect(element).to.be.accessible();
    form.requestSubmit();
    await element.updateComplete;
    const button = root.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).to.equal("Send invitation");
    expect(button.disabled).to.equal(true);
    release(new Response(JSON.stringify(apiError(400, "parameter_invalid", "Not an e-mail address.", "email").body), { status: 400 }));
    await waitUntil(() => root.querySelector("#field-email-error"), "the field error shows");
    expect(root.querySelector("#field-email-error")?.textContent).to.equal("Not an e-mail address.");
    expect(button.disabled).to.equal(false);
  });
});
