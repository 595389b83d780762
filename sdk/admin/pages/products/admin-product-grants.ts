import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { pageLoading } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import type { Feature, PlanGrant } from "./catalogue";

/** "true" / "unlimited" / "1000" from the form → the grant's value. */
function grantValue(text: string): true | number | "unlimited" {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "true" || value === "yes") return true;
  if (value === "unlimited") return "unlimited";
  return Number(value);
}

/**
 * What a product includes (plan grants: a yes/no feature, a quota or a limit), granting a feature
 * (a new feature can be created here too) and removing a grant.
 *
 * @tagname billing-admin-product-grants
 */
export class AdminProductGrants extends AdminElement {
  static override properties = { ...AdminElement.properties, productId: { attribute: "product-id" } };
  declare productId: string;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      section.card {
        display: grid;
        gap: 12px;
      }
      h3 {
        margin-top: 8px;
      }
      ul.grants {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ul.grants li:last-child {
        border-bottom: none;
      }
      ul.grants li {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        justify-content: space-between;
        padding: 10px 0;
        border-bottom: 1px solid var(--_color-border);
      }
      .row {
        display: grid;
        gap: 12px;
        grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      }
    `,
  ];

  readonly #grantForm = new FormController(this);
  readonly #featureForm = new FormController(this);

  readonly #data = new Task(this, {
    task: async ([product]) => {
      const api = this.signedIn.api;
      const [grants, features] = await Promise.all([
        call(api.GET("/v1/products/{id}/grants", { params: { path: { id: product as string }, query: { limit: 100 } } })),
        call(api.GET("/v1/features", { params: { query: { limit: 100 } } })),
      ]);
      return { grants: grants.data, features: features.data };
    },
    args: () => [this.productId],
  });

  async #grant(event: SubmitEvent) {
    const grant = await this.#grantForm.submit(event, async (values, form) => {
      const created = await call(
        this.signedIn.api.POST("/v1/products/{id}/grants", {
          params: { path: { id: this.productId } },
          body: { feature: values.feature ?? "", value: grantValue(values.value ?? "") },
        }),
      );
      form.reset();
      return created;
    });
    if (grant) this.#data.run();
  }

  async #createFeature(event: SubmitEvent) {
    const feature = await this.#featureForm.submit(event, async (values, form) => {
      const created = await call(
        this.signedIn.api.POST("/v1/features", {
          body: { key: values.key ?? "", name: values.name ?? "", type: (values.type ?? "boolean") as Feature["type"] },
        }),
      );
      form.reset();
      return created;
    });
    if (feature) this.#data.run();
  }

  async #remove(grant: PlanGrant) {
    const ok = await confirmAction(this, {
      title: `Remove ${grant.feature_key}?`,
      message: "Subscribers of this product lose the feature, unless it was granted to them directly.",
      confirmLabel: "Remove feature",
      danger: true,
    });
    if (!ok) return;
    try {
      await call(
        this.signedIn.api.DELETE("/v1/products/{id}/grants/{feature}", {
          params: { path: { id: this.productId, feature: grant.feature } },
        }),
      );
      this.#data.run();
    } catch (error) {
      this.#grantForm.showError(error);
    }
  }

  #valueText(grant: PlanGrant): string {
    if (grant.value === true) return "Included";
    if (grant.value === "unlimited") return "Unlimited";
    return this.formatNumber(grant.value);
  }

  #forms(features: Feature[]) {
    const featureOptions = features.map((f) => ({ value: f.id, label: `${f.name} (${f.key}, ${f.type})` }));
    return html`${
      features.length
        ? html`<form @submit=${this.#grant} novalidate aria-label="Grant a feature">
            <h3>Grant a feature</h3>
            <div class="row">
              ${field(this.#grantForm, { name: "feature", label: "Feature", options: featureOptions })}
              ${field(this.#grantForm, {
                name: "value",
                label: "Value",
                placeholder: "true",
                hint: "Yes/no features: empty. Quotas and limits: a number or unlimited.",
              })}
            </div>
            ${formError(this.#grantForm)}
            <div class="actions"><button class="button primary" ?disabled=${this.#grantForm.pending}>Grant feature</button></div>
          </form>`
        : nothing
    }
      <form @submit=${this.#createFeature} novalidate aria-label="New feature">
        <h3>New feature</h3>
        <div class="row">
          ${field(this.#featureForm, { name: "key", label: "Key", required: true, placeholder: "api_calls", hint: "Your code checks this key." })}
          ${field(this.#featureForm, { name: "name", label: "Name", required: true, placeholder: "API calls" })}
          ${field(this.#featureForm, {
            name: "type",
            label: "Type",
            value: "boolean",
            options: [
              { value: "boolean", label: "Yes/no" },
              { value: "metered", label: "Metered (quota)" },
              { value: "limit", label: "Limit" },
            ],
          })}
        </div>
        ${formError(this.#featureForm)}
        <div class="actions"><button class="button" ?disabled=${this.#featureForm.pending}>Create feature</button></div>
      </form>`;
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("catalogue");
    return html`<section class="card" aria-labelledby="grants-heading">
      <h2 id="grants-heading">Features</h2>
      ${this.#data.render({
        pending: () => pageLoading("Loading features…"),
        error: (error) => html`<div role="alert"><p>${errorMessage(error)}</p>
          <button class="button" type="button" @click=${() => this.#data.run()}>Try again</button></div>`,
        complete: ({ grants, features }) => html`${
          grants.length
            ? html`<ul class="grants">
              ${grants.map(
                (grant) => html`<li>
                  <span><strong>${features.find((f) => f.id === grant.feature)?.name ?? grant.feature_key}</strong>
                    <span class="muted">${this.#valueText(grant)}</span></span>
                  ${
                    canWrite
                      ? html`<button class="button quiet" type="button" aria-label=${`Remove ${grant.feature_key}`}
                        @click=${() => this.#remove(grant)}>Remove</button>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
            : html`<p class="muted">No features granted yet.</p>`
        }
          ${canWrite ? this.#forms(features) : nothing}`,
      })}
    </section>`;
  }
}
