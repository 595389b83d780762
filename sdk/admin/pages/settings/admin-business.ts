import { Task } from "@lit/task";
import { html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { pageLoading, recordError } from "../../elements/page-states";
import { call } from "../../session/admin-api";
import { textArea } from "../products/product-form";
import { settingsFormStyles } from "./settings-form.styles";
import { settingsNav, settingsNavStyles } from "./settings-tabs";

/** An empty field clears the value (null), as the API expects. */
const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Settings › Business: the organisation's details shown to customers (name, legal name, country,
 * support e-mail, website, default currency) and the origins allowed to embed the elements.
 *
 * @tagname billing-admin-business
 */
export class AdminBusiness extends AdminElement {
  static override properties = { ...AdminElement.properties, saved: { state: true } };
  declare saved: boolean;

  static override styles = [tokenStyles, adminStyles, formStyles, settingsNavStyles, settingsFormStyles];

  readonly #form = new FormController(this);

  constructor() {
    super();
    this.saved = false;
  }

  readonly #organization = new Task(this, {
    task: async () => {
      const id = this.signedIn.organization.id;
      return call(this.signedIn.api.GET("/v1/organizations/{id}", { params: { path: { id } } }));
    },
    args: () => [],
  });

  async #save(event: SubmitEvent) {
    this.saved = false;
    const organization = await this.#form.submit(event, (values) =>
      call(
        this.signedIn.api.POST("/v1/organizations/{id}", {
          params: { path: { id: this.signedIn.organization.id } },
          body: {
            name: values.name ?? "",
            legal_name: orNull(values.legal_name),
            // No country yet stays unset (the API has no empty country).
            ...(values.country?.trim() ? { country: values.country.trim().toUpperCase() } : {}),
            support_email: orNull(values.support_email),
            website: orNull(values.website),
            default_currency: values.default_currency?.trim().toLowerCase() ?? "",
            allowed_origins: (values.allowed_origins ?? "")
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean),
          },
        }),
      ),
    );
    if (!organization) return;
    this.saved = true;
    this.signedIn.organizationUpdated(organization);
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("organization");
    return html`<billing-admin-page-header heading="Business" description="Your details shown to customers, and where your pages embed BillingOS."></billing-admin-page-header>
      ${settingsNav("settings")}
      ${this.#organization.render({
        pending: () => pageLoading(),
        error: (error) => recordError(this.signedIn, error, () => this.#organization.run(), "organisation"),
        complete: (org) => html`<form class="card" @submit=${this.#save} novalidate aria-label="Business details">
          <fieldset ?disabled=${!canWrite}>
            <div class="row">
              ${field(this.#form, { name: "name", label: "Name", required: true, value: org.name })}
              ${field(this.#form, { name: "legal_name", label: "Legal name", value: org.legal_name ?? "" })}
              ${field(this.#form, { name: "country", label: "Country", value: org.country ?? "", maxlength: 2, hint: "Two letters, e.g. US." })}
              ${field(this.#form, { name: "default_currency", label: "Default currency", value: org.default_currency, maxlength: 3 })}
              ${field(this.#form, { name: "support_email", label: "Support e-mail", type: "email", value: org.support_email ?? "" })}
              ${field(this.#form, { name: "website", label: "Website", type: "url", value: org.website ?? "" })}
            </div>
            ${textArea(this.#form, {
              name: "allowed_origins",
              label: "Allowed origins",
              value: org.allowed_origins.join("\n"),
              hint: "One per line, e.g. https://www.example.com. Pages elsewhere cannot use your publishable key.",
              rows: 4,
            })}
          </fieldset>
          ${formError(this.#form)}
          ${this.saved ? html`<p class="notice" role="status">Saved.</p>` : nothing}
          ${canWrite ? html`<div class="actions"><button class="button primary" ?disabled=${this.#form.pending}>Save</button></div>` : nothing}
        </form>`,
      })}`;
  }
}
