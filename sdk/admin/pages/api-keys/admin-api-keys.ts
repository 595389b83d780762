import { css, html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { addRowForm, FormController, field } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { PageLoad } from "../../elements/page-load";
import { badge, type Tone } from "../../elements/page-states";
import { sectionStyles } from "../../elements/sections.styles";
import { call } from "../../session/admin-api";

type ApiKey = components["schemas"]["ApiKey"];
type KeyType = ApiKey["type"];
const scopeResources = ["organization", "catalogue", "customers", "subscriptions", "usage", "webhooks"] as const;

const statusTone: Record<ApiKey["status"], Tone> = { active: "success", expiring: "warning", expired: "neutral", revoked: "neutral" };

const rollWindows = [
  { value: "0", label: "Now" },
  { value: "3600", label: "In 1 hour" },
  { value: "86400", label: "In 24 hours" },
  { value: "604800", label: "In 7 days" },
];

/**
 * API keys of the current mode: create (the full key is shown once, with Copy), roll (the old key
 * can keep working for a while so deployments can switch) and revoke.
 *
 * @tagname billing-admin-api-keys
 */
export class AdminApiKeys extends AdminElement {
  static override properties = { ...AdminElement.properties, revealed: { state: true }, keyType: { state: true } };
  /** A key's full value, right after it was created or rolled: the only time the API returns it. */
  declare revealed: { name: string; secret: string } | undefined;
  declare keyType: KeyType;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    sectionStyles,
    css`
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  readonly #form = new FormController(this);
  readonly #keys = new PageLoad(this, async () => (await call(this.signedIn.api.GET("/v1/api_keys"))).data);

  constructor() {
    super();
    this.keyType = "secret";
  }

  async #create(event: SubmitEvent) {
    const key = await this.#form.submit(event, async (values, form) => {
      const scopes = Object.fromEntries(
        scopeResources.flatMap((resource) => {
          const level = values[`scopes.${resource}`];
          return level === "read" || level === "write" ? [[resource, level]] : [];
        }),
      );
      const created = await call(
        this.signedIn.api.POST("/v1/api_keys", {
          body: {
            type: this.keyType,
            ...(values.name?.trim() ? { name: values.name.trim() } : {}),
            ...(this.keyType === "restricted" ? { scopes } : {}),
          },
        }),
      );
      form.reset();
      return created;
    });
    if (!key) return;
    this.revealed = { name: key.name ?? key.redacted, secret: key.secret };
    this.#keys.reload();
  }

  async #roll(key: ApiKey) {
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`#roll-${CSS.escape(key.id)}`);
    const expiresIn = Number(select?.value ?? "0");
    const when = rollWindows.find((window) => window.value === String(expiresIn))?.label.toLowerCase() ?? "now";
    const ok = await confirmAction(this, {
      title: `Roll ${key.name ?? key.redacted}?`,
      message: `A new key replaces it. The old key stops working ${when}: update everything that uses it.`,
      confirmLabel: "Roll key",
      danger: true,
    });
    if (!ok) return;
    await this.#keys.change(async () => {
      const rolled = await call(
        this.signedIn.api.POST("/v1/api_keys/{id}/roll", { params: { path: { id: key.id } }, body: { expires_in: expiresIn } }),
      );
      this.revealed = { name: rolled.name ?? rolled.redacted, secret: rolled.secret };
    });
  }

  async #revoke(key: ApiKey) {
    const ok = await confirmAction(this, {
      title: `Revoke ${key.name ?? key.redacted}?`,
      message: "Requests with this key are refused from now on. This cannot be undone.",
      confirmLabel: "Revoke key",
      danger: true,
    });
    if (ok) await this.#keys.change(() => call(this.signedIn.api.POST("/v1/api_keys/{id}/revoke", { params: { path: { id: key.id } } })));
  }

  #key(key: ApiKey, canWrite: boolean) {
    const usable = key.status === "active" || key.status === "expiring";
    const label = key.name ?? key.redacted;
    return html`<li>
      <div class="item">
        <strong>${key.name ?? `${key.type} key`}</strong>
        <code>${key.redacted}</code>
        <span class="muted">${key.type} · created ${this.formatDate(key.created)} ·
          ${key.last_used_at ? `last used ${this.formatDateTime(key.last_used_at)}` : "never used"}
          ${key.expires_at ? ` · expires ${this.formatDateTime(key.expires_at)}` : ""}</span>
      </div>
      <div class="item-actions">
        ${badge(key.status, statusTone[key.status])}
        ${
          canWrite && usable
            ? html`<label class="sr-only" for=${`roll-${key.id}`}>Old key of ${label} stops working</label>
              <select id=${`roll-${key.id}`}>
                ${rollWindows.map((window) => html`<option value=${window.value}>${window.label}</option>`)}
              </select>
              <button class="button" type="button" aria-label=${`Roll ${label}`} @click=${() => this.#roll(key)}>Roll</button>
              <button class="button danger" type="button" aria-label=${`Revoke ${label}`} @click=${() => this.#revoke(key)}>Revoke</button>`
            : nothing
        }
      </div>
    </li>`;
  }

  #createForm() {
    return addRowForm(this.#form, {
      id: "create",
      heading: "Create a key",
      submitLabel: "Create key",
      onSubmit: (event) => this.#create(event),
      fields: html`${field(this.#form, { name: "name", label: "Name", maxlength: 100, placeholder: "Production server" })}
        <div class="field">
          <label for="field-type">Type</label>
          <select id="field-type" name="type" @change=${(event: Event) => (this.keyType = (event.target as HTMLSelectElement).value as KeyType)}>
            <option value="secret" ?selected=${this.keyType === "secret"}>Secret (your server)</option>
            <option value="restricted" ?selected=${this.keyType === "restricted"}>Restricted (chosen permissions)</option>
            <option value="publishable" ?selected=${this.keyType === "publishable"}>Publishable (your pages)</option>
          </select>
        </div>`,
      more:
        this.keyType === "restricted"
          ? html`<fieldset class="inline-fields">
            <legend>Permissions</legend>
            ${scopeResources.map((resource) =>
              field(this.#form, {
                name: `scopes.${resource}`,
                label: resource[0]?.toUpperCase() + resource.slice(1),
                value: "none",
                options: [
                  { value: "none", label: "None" },
                  { value: "read", label: "Read" },
                  { value: "write", label: "Write" },
                ],
              }),
            )}
          </fieldset>`
          : nothing,
    });
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("api_keys");
    return html`<billing-admin-page-header heading="API keys"
        description=${`Keys for ${this.signedIn.mode} mode. Secret and restricted keys belong on your server only.`}></billing-admin-page-header>
      <div class="stack">
        ${
          this.revealed
            ? html`<section class="card notice" role="status" aria-labelledby="revealed-heading">
              <h2 id="revealed-heading">Copy ${this.revealed.name} now</h2>
              <p>This is the only time the full key is shown.</p>
              <billing-admin-copy label="API key" .value=${this.revealed.secret}></billing-admin-copy>
              <div class="actions"><button class="button" type="button" @click=${() => (this.revealed = undefined)}>Done</button></div>
            </section>`
            : nothing
        }
        ${this.#keys.changeError()}
        <section class="card" aria-labelledby="keys-heading">
          <h2 id="keys-heading">Keys</h2>
          ${this.#keys.render({
            loading: "Loading keys…",
            complete: (keys) =>
              keys.length
                ? html`<ul class="items keys">${keys.map((key) => this.#key(key, canWrite))}</ul>`
                : html`<p class="muted">No keys in ${this.signedIn.mode} mode yet.</p>`,
          })}
        </section>
        ${canWrite ? this.#createForm() : nothing}
      </div>`;
  }
}
