import { css, html, nothing } from "lit";
import type { BillingClient } from "../../../client/client";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call, errorMessage } from "../../session/admin-api";
import { customerClient } from "../../session/customer-client";
import { detailStyles } from "../shared/detail.styles";
import { type Loaded, section, track } from "../shared/record";

type Entitlement = components["schemas"]["Entitlement"];
type Grant = components["schemas"]["CustomerGrant"];
type Feature = components["schemas"]["Feature"];
interface Data {
  entitlements: Entitlement[];
  grants: Grant[];
  features: Feature[];
}

/**
 * What a customer is entitled to (from plans, overrides and manual grants) with usage, and the
 * manual grants themselves: grant a feature (boolean, quota or "unlimited", added or overriding,
 * optionally expiring, with a reason) and revoke one (confirmed first).
 *
 * Metered and limited features show the SDK's `<billing-usage-meter>` (through a customer session
 * the member mints) to roles that may write customers; viewers, who may not mint one, see the numbers.
 *
 * @tagname billing-admin-customer-entitlements
 */
export class AdminCustomerEntitlements extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    detailStyles,
    css`
      .meter {
        flex: 1 1 260px;
        max-width: 420px;
      }
      h3 {
        font-size: 0.9375rem;
      }
      .card-head {
        margin-top: 20px;
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    customerId: { attribute: "customer-id" },
    data: { state: true },
    granting: { state: true },
    actionError: { state: true },
  };
  declare customerId: string;
  declare data: Loaded<Data>;
  declare granting: boolean;
  declare actionError: string | undefined;
  readonly #form = new FormController(this);
  #client: BillingClient | undefined;

  constructor() {
    super();
    this.customerId = "";
    this.data = { status: "loading" };
    this.granting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.reload();
  }

  reload(): void {
    const api = this.signedIn.api;
    const path = { params: { path: { id: this.customerId } } };
    void track(
      async () => {
        const [entitlements, grants, features] = await Promise.all([
          call(api.GET("/v1/customers/{id}/entitlements", path)),
          call(api.GET("/v1/customers/{id}/grants", path)),
          call(api.GET("/v1/features", { params: { query: { limit: 100 } } })),
        ]);
        return { entitlements: entitlements.data, grants: grants.data, features: features.data };
      },
      (state) => (this.data = state),
    );
  }

  #grant = (event: SubmitEvent) =>
    this.#form.submit(event, async (values) => {
      const raw = (values.value ?? "").trim();
      const value = raw === "" || raw === "true" ? true : raw === "unlimited" ? "unlimited" : Number(raw);
      await call(
        this.signedIn.api.POST("/v1/customers/{id}/grants", {
          params: { path: { id: this.customerId } },
          body: {
            feature: values.feature ?? "",
            value: value as true,
            effect: values.effect === "override" ? "override" : "add",
            ...(values.reason ? { reason: values.reason } : {}),
          },
        }),
      );
      this.granting = false;
      this.reload();
      this.emit("billing-admin-customer-changed", {});
    });

  async #revoke(grant: Grant): Promise<void> {
    const ok = await confirmAction(this, {
      title: `Revoke ${grant.feature}?`,
      message: "The customer loses what this grant gave them at once (what their plans grant stays).",
      confirmLabel: "Revoke grant",
    });
    if (!ok) return;
    this.actionError = undefined;
    try {
      await call(
        this.signedIn.api.DELETE("/v1/customers/{id}/grants/{grant}", { params: { path: { id: this.customerId, grant: grant.id } } }),
      );
      this.reload();
      this.emit("billing-admin-customer-changed", {});
    } catch (error) {
      this.actionError = errorMessage(error);
    }
  }

  #value(value: Entitlement["value"] | Grant["value"], unit?: string | null): string {
    if (value === true) return "Included";
    if (value === "unlimited") return "Unlimited";
    return `${this.formatNumber(value)}${unit ? ` ${unit}` : ""}`;
  }

  #grantForm(features: Feature[]) {
    return html`<form @submit=${this.#grant} novalidate aria-label="Grant a feature">
      ${field(this.#form, { name: "feature", label: "Feature", options: features.map((f) => ({ value: f.key, label: `${f.name} (${f.key})` })) })}
      ${field(this.#form, { name: "value", label: "Value", hint: "A number (quota or cap), “unlimited”, or empty for an on/off feature.", placeholder: "10000" })}
      ${field(this.#form, {
        name: "effect",
        label: "Effect",
        options: [
          { value: "add", label: "Add to the plan's" },
          { value: "override", label: "Override the plan's" },
        ],
      })}
      ${field(this.#form, { name: "reason", label: "Reason", placeholder: "Shown in the audit log", maxlength: 500 })}
      ${formError(this.#form)}
      <div class="actions">
        <button class="button" type="button" @click=${() => (this.granting = false)}>Cancel</button>
        <button class="button primary" type="submit" ?disabled=${this.#form.pending}>Grant</button>
      </div>
    </form>`;
  }

  #content({ entitlements, grants, features }: Data) {
    const write = this.signedIn.canWrite("customers");
    if (write) this.#client ??= customerClient(this.signedIn, this.customerId);
    const usage = (e: Entitlement) =>
      e.type === "boolean"
        ? html`<span>Included</span>`
        : this.#client
          ? html`<billing-usage-meter class="meter" feature=${e.feature} variant="compact"></billing-usage-meter>`
          : html`<span>${this.formatNumber(e.used)} of ${this.#value(e.value, e.unit_label)}</span>`;
    const list = html`<ul class="list" aria-label="Entitlements">${entitlements.map(
      (
        e,
      ) => html`<li><span class="main"><span>${e.feature_name}</span><span class="sub"><code>${e.feature}</code> · from ${e.sources.map((s) => s.type).join(", ")}</span></span>
        ${usage(e)}</li>`,
    )}</ul>`;
    return html`${
      entitlements.length === 0
        ? html`<p class="muted">No features: the customer has no plan and no grant.</p>`
        : this.#client
          ? html`<billing-provider .client=${this.#client} theme=${this.theme ?? this.signedIn.theme}>${list}</billing-provider>`
          : list
    }
      <div class="card-head"><h3>Manual grants</h3>
        ${write && !this.granting ? html`<button class="button" type="button" @click=${() => (this.granting = true)}>Grant feature</button>` : nothing}</div>
      ${this.actionError ? html`<p class="alert" role="alert">${this.actionError}</p>` : nothing}
      ${this.granting ? this.#grantForm(features) : nothing}
      ${
        grants.length === 0
          ? html`<p class="muted">No manual grants.</p>`
          : html`<ul class="list" aria-label="Manual grants">${grants.map(
              (
                g,
              ) => html`<li><span class="main"><span><code>${g.feature}</code> · ${g.effect === "override" ? "override" : "added"}: ${this.#value(g.value)}</span>
                <span class="sub">${g.reason ?? "No reason given"}${g.expires_at ? ` · until ${this.formatDate(g.expires_at)}` : ""}</span></span>
                ${write ? html`<button class="button quiet" type="button" @click=${() => this.#revoke(g)} aria-label=${`Revoke ${g.feature}`}>Revoke</button>` : nothing}</li>`,
            )}</ul>`
      }`;
  }

  protected override render() {
    return section(
      this.data,
      (data) => this.#content(data),
      () => this.reload(),
      "entitlements",
    );
  }
}
