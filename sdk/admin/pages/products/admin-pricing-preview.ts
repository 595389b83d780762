import { Task } from "@lit/task";
import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { pageLoading } from "../../elements/page-states";
import { sectionStyles } from "../../elements/sections.styles";
import { call, errorMessage } from "../../session/admin-api";
import { embedSnippet, forgetPreviewKey, type ScriptManifest, storedPreviewKey, storePreviewKey } from "./embed";

/**
 * The merchant's `<billing-pricing-table>` as their site shows it (the real element, fed by
 * `GET /v1/pricing` with a publishable key), and the snippet to paste into their page: the
 * content-hashed script with its Subresource Integrity, the provider and the table.
 *
 * Publishable keys are public by design (they go in every page), but the API shows a key's full
 * value only once, when it is created: the admin keeps the one it created for the preview in this
 * browser, per organisation and mode.
 *
 * @tagname billing-admin-pricing-preview
 */
export class AdminPricingPreview extends AdminElement {
  static override properties = { ...AdminElement.properties, publishable: { state: true } };
  declare publishable: string | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    sectionStyles,
    css`
      .preview {
        border: 1px dashed var(--_color-border);
        border-radius: var(--_radius);
        padding: 16px;
        overflow-x: auto;
      }
    `,
  ];

  readonly #form = new FormController(this);

  readonly #manifest = new Task(this, {
    task: async (): Promise<ScriptManifest> => {
      const response = await fetch(new URL("/sdk/billingos.json", location.origin));
      if (!response.ok) throw new Error(`The SDK's script manifest could not be loaded (HTTP ${response.status}).`);
      return (await response.json()) as ScriptManifest;
    },
    args: () => [],
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const { organization, mode } = this.signedIn;
    this.publishable = storedPreviewKey(organization.id, mode);
  }

  async #createKey(event: SubmitEvent) {
    const key = await this.#form.submit(event, () =>
      call(this.signedIn.api.POST("/v1/api_keys", { body: { type: "publishable", name: "Pricing table" } })),
    );
    if (!key) return;
    storePreviewKey(this.signedIn.organization.id, this.signedIn.mode, key.secret);
    this.publishable = key.secret;
  }

  #forget() {
    forgetPreviewKey(this.signedIn.organization.id, this.signedIn.mode);
    this.publishable = undefined;
  }

  #needsKey() {
    const canWrite = this.signedIn.canWrite("api_keys");
    return html`<section class="card">
      <h2>Publishable key</h2>
      <p class="muted">The pricing table reads your public catalogue with a publishable key (pk_${this.signedIn.mode}_…). Keys are shown
        in full only when created, so create one for your site: this browser keeps it for the preview.</p>
      ${
        canWrite
          ? html`<form @submit=${this.#createKey}>
            ${formError(this.#form)}
            <div class="actions"><button class="button primary" ?disabled=${this.#form.pending}>Create publishable key</button></div>
          </form>`
          : html`<p class="notice">Ask an owner or admin to create a publishable key.</p>`
      }
    </section>`;
  }

  protected override render() {
    const origin = location.origin;
    const key = this.publishable;
    return html`<billing-admin-page-header heading="Pricing preview" back-href="/admin/products" back-label="Products"
        description="Your pricing table as your site shows it, and the code to embed it."></billing-admin-page-header>
      <div class="stack">
        ${
          key
            ? html`<section class="card" aria-labelledby="preview-heading">
                <h2 id="preview-heading">Preview</h2>
                <div class="preview">
                  <billing-pricing-table publishable-key=${key} api-base=${origin}></billing-pricing-table>
                </div>
              </section>
              <section class="card" aria-labelledby="embed-heading">
                <h2 id="embed-heading">Embed</h2>
                <p class="muted">Paste this into your page, and add your site's address to the allowed origins in Settings.</p>
                ${this.#manifest.render({
                  pending: () => pageLoading("Loading the script's name…"),
                  error: (error) => html`<p class="alert" role="alert">${errorMessage(error)}</p>`,
                  complete: (manifest) =>
                    html`<billing-admin-copy label="Embed snippet" .value=${embedSnippet({ origin, publishableKey: key, manifest })}></billing-admin-copy>`,
                })}
                <div class="actions"><button class="button quiet" type="button" @click=${this.#forget}>Use another key</button></div>
              </section>`
            : this.#needsKey()
        }
      </div>`;
  }
}
