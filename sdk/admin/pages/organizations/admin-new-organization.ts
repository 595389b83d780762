import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { type AdminClient, call } from "../../session/admin-api";

/**
 * Creating an organisation (the user becomes its owner): the first screen of someone who belongs to
 * none, and "New organization…" in the switcher.
 *
 * @tagname billing-admin-new-organization
 * @event billing-admin-organization-created - The new organisation (`Organization`); the shell switches to it.
 */
export class AdminNewOrganization extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      .card {
        width: min(480px, 100%);
        display: grid;
        gap: 20px;
        margin: 0 auto;
      }
      h1 {
        font-size: 1.375rem;
        margin-bottom: 6px;
      }
    `,
  ];
  static override properties = { ...AdminElement.properties, api: { attribute: false } };
  /** The API as the signed-in user (no organisation yet). */
  declare api: AdminClient | undefined;
  readonly #form = new FormController(this);

  #submit = (event: SubmitEvent) =>
    this.#form.submit(event, async (values) => {
      const api = this.api;
      if (!api) return;
      const org = await call(api.POST("/v1/organizations", { body: { name: values.name ?? "" } }));
      this.emit("billing-admin-organization-created", org);
    });

  protected override render() {
    const first = !this.session;
    return html`<section class="card" aria-labelledby="title">
      <div>
        <h1 id="title">${first ? "Create your organization" : "New organization"}</h1>
        <p class="muted">Your business as your customers see it. You can change the name later; you will be its owner.</p>
      </div>
      <form @submit=${this.#submit} novalidate>
        ${field(this.#form, { name: "name", label: "Organization name", required: true, maxlength: 200, autocomplete: "organization" })}
        ${formError(this.#form)}
        <div class="actions">
          ${first ? "" : html`<a class="button" href="/admin/">Cancel</a>`}
          <button class="button primary" type="submit" ?disabled=${this.#form.pending}>Create organization</button>
        </div>
      </form>
    </section>`;
  }
}
