import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import type { Column, LoadPage } from "../../elements/admin-table/admin-table";
import { badge, pageLoading, recordError, type Tone } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { eventTypesText } from "./event-types";

type Endpoint = components["schemas"]["WebhookEndpoint"];
type Message = components["schemas"]["WebhookMessage"];

const messageTone: Record<Message["status"], Tone> = { pending: "neutral", succeeded: "success", failed: "danger" };
const replayWindows = [
  { seconds: 3600, label: "the last hour" },
  { seconds: 86_400, label: "the last 24 hours" },
  { seconds: 604_800, label: "the last 7 days" },
];

/**
 * One webhook endpoint (deep link /admin/webhooks/<id>): edit its URL, description and event types,
 * enable or disable, send a test event, rotate the signing secret (the new one shown once; the old
 * one signs too until the API's `previous_secret_expires_at`), replay what it was sent since a time,
 * delete; its delivery log with a retry for failed messages.
 *
 * @tagname billing-admin-webhook
 */
export class AdminWebhook extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    endpointId: { attribute: "endpoint-id" },
    notice: { state: true },
    editing: { state: true },
    rotated: { state: true },
  };
  declare endpointId: string;
  declare notice: { text: string; error: boolean } | undefined;
  declare editing: boolean;
  /** The answer of the last rotation, whose `secret` is shown until Done. */
  declare rotated: Endpoint | undefined;

  constructor() {
    super();
    this.editing = false;
  }

  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .stack {
        display: grid;
        gap: 24px;
      }
      section.card {
        display: grid;
        gap: 12px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      dd {
        overflow-wrap: anywhere;
      }
      select {
        min-height: 38px;
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-control);
        background: var(--_color-background);
        color: var(--_color-text);
        font: inherit;
        padding: 0 8px;
      }
    `,
  ];

  readonly #endpoint = new Task(this, {
    task: async ([id]) => call(this.signedIn.api.GET("/v1/webhook_endpoints/{id}", { params: { path: { id: id as string } } })),
    args: () => [this.endpointId],
  });

  #loadMessages: LoadPage<Message> = async (page) =>
    call(this.signedIn.api.GET("/v1/webhook_endpoints/{id}/messages", { params: { path: { id: this.endpointId }, query: page } }));

  readonly #columns: Column<Message>[] = [
    { label: "Event", cell: (message) => html`<code>${message.event_type}</code>` },
    { label: "Status", cell: (message) => badge(message.status, messageTone[message.status]) },
    { label: "Attempts", cell: (message) => String(message.attempts), align: "end", secondary: true },
    { label: "Sent", cell: (message) => this.formatDateTime(message.created), align: "end", secondary: true },
    {
      label: "Retry",
      cell: (message) =>
        message.status === "failed" && this.signedIn.canWrite("webhooks")
          ? html`<button class="button quiet" type="button" aria-label=${`Retry ${message.event_type} of ${this.formatDateTime(message.created)}`}
              @click=${() => this.#act(() => call(this.signedIn.api.POST("/v1/webhook_messages/{id}/retry", { params: { path: { id: message.id } } })), "Retry queued.")}>Retry</button>`
          : "",
      align: "end",
    },
  ];

  async #act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      this.notice = { text: done, error: false };
      this.#loadMessages = this.#loadMessages.bind(this); // a new function: the log reloads
      this.#endpoint.run();
    } catch (error) {
      this.notice = { text: errorMessage(error), error: true };
    }
  }

  async #delete(endpoint: Endpoint) {
    const ok = await confirmAction(this, {
      title: "Delete this endpoint?",
      message: `${endpoint.url} receives no more events. Its delivery log is deleted too.`,
      confirmLabel: "Delete endpoint",
      danger: true,
    });
    if (!ok) return;
    try {
      await call(this.signedIn.api.DELETE("/v1/webhook_endpoints/{id}", { params: { path: { id: endpoint.id } } }));
      this.signedIn.navigate("/admin/webhooks");
    } catch (error) {
      this.notice = { text: errorMessage(error), error: true };
    }
  }

  async #rotate(endpoint: Endpoint) {
    const ok = await confirmAction(this, {
      title: "Rotate the signing secret?",
      message: `${endpoint.url} gets a new secret now. Deliveries are signed with both the new and the current secret until the current one expires, so you have time to update your server.`,
      confirmLabel: "Rotate secret",
    });
    if (!ok) return;
    try {
      this.rotated = await call(
        this.signedIn.api.POST("/v1/webhook_endpoints/{id}/rotate_secret", { params: { path: { id: endpoint.id } } }),
      );
      this.notice = undefined;
      this.#endpoint.run();
    } catch (error) {
      this.notice = { text: errorMessage(error), error: true };
    }
  }

  #newSecret(rotated: Endpoint) {
    const until = rotated.previous_secret_expires_at;
    return html`<section class="card notice" role="status" aria-labelledby="secret-heading">
      <h2 id="secret-heading">Copy the new signing secret now</h2>
      <p>This is the only time it is shown.${until ? ` The previous secret also signs deliveries until ${this.formatDateTime(until)}.` : ""}</p>
      <billing-admin-copy label="Copy signing secret" .value=${rotated.secret ?? ""}></billing-admin-copy>
      <div class="actions"><button class="button" type="button" @click=${() => (this.rotated = undefined)}>Done</button></div>
    </section>`;
  }

  #details(endpoint: Endpoint, canWrite: boolean) {
    if (this.editing)
      return html`<billing-admin-webhook-edit .endpoint=${endpoint}
        @billing-admin-webhook-saved=${() => {
          this.editing = false;
          this.notice = { text: "Endpoint saved.", error: false };
          this.#endpoint.run();
        }}
        @billing-admin-webhook-cancel=${() => (this.editing = false)}></billing-admin-webhook-edit>`;
    const previous = endpoint.previous_secret_expires_at;
    return html`<section class="card">
      <dl class="fields">
        <dt>URL</dt>
        <dd>${endpoint.url}</dd>
        <dt>Status</dt>
        <dd>${endpoint.enabled ? badge("Enabled", "success") : badge("Disabled")}</dd>
        <dt>Events</dt>
        <dd>${eventTypesText(endpoint.event_types)}</dd>
        <dt>Description</dt>
        <dd>${endpoint.description ?? html`<span class="muted">None</span>`}</dd>
        ${
          previous && previous * 1000 > Date.now()
            ? html`<dt>Previous secret</dt>
              <dd>Also signs until ${this.formatDateTime(previous)}</dd>`
            : nothing
        }
      </dl>
      ${canWrite ? html`<div class="actions"><button class="button" type="button" @click=${() => (this.editing = true)}>Edit</button></div>` : nothing}
    </section>`;
  }

  async #replay(endpoint: Endpoint) {
    const select = this.renderRoot.querySelector<HTMLSelectElement>("#replay-window");
    const window = replayWindows.find((w) => String(w.seconds) === select?.value) ?? replayWindows[0];
    if (!window) return;
    const ok = await confirmAction(this, {
      title: `Replay ${window.label}?`,
      message: `Every message sent to ${endpoint.url} in ${window.label} is sent again. Your endpoint should ignore ids it has seen.`,
      confirmLabel: "Replay",
    });
    if (!ok) return;
    const since = Math.floor(Date.now() / 1000) - window.seconds;
    await this.#act(
      () => call(this.signedIn.api.POST("/v1/webhook_endpoints/{id}/replay", { params: { path: { id: endpoint.id } }, body: { since } })),
      "Replay queued.",
    );
  }

  #actions(endpoint: Endpoint) {
    const id = { params: { path: { id: endpoint.id } } };
    return html`<section class="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <div class="row">
        <button class="button" type="button"
          @click=${() => this.#act(() => call(this.signedIn.api.POST("/v1/webhook_endpoints/{id}/send_test", id)), "Test event sent.")}>Send test event</button>
        <button class="button" type="button"
          @click=${() =>
            this.#act(
              () => call(this.signedIn.api.POST("/v1/webhook_endpoints/{id}", { ...id, body: { enabled: !endpoint.enabled } })),
              endpoint.enabled ? "Endpoint disabled." : "Endpoint enabled.",
            )}>${endpoint.enabled ? "Disable" : "Enable"}</button>
        <button class="button" type="button" @click=${() => this.#rotate(endpoint)}>Rotate secret</button>
        <button class="button danger" type="button" @click=${() => this.#delete(endpoint)}>Delete</button>
      </div>
      <div class="row">
        <label for="replay-window">Replay messages of</label>
        <select id="replay-window">${replayWindows.map((w) => html`<option value=${w.seconds}>${w.label}</option>`)}</select>
        <button class="button" type="button" @click=${() => this.#replay(endpoint)}>Replay</button>
      </div>
    </section>`;
  }

  protected override render() {
    const session = this.signedIn;
    return this.#endpoint.render({
      pending: () => pageLoading("Loading endpoint…"),
      error: (error) => recordError(session, error, () => this.#endpoint.run(), "webhook endpoint"),
      complete: (
        endpoint,
      ) => html`<billing-admin-page-header heading="Webhook endpoint" back-href="/admin/webhooks" back-label="Webhooks"></billing-admin-page-header>
        <div class="stack">
          ${this.notice ? html`<p class=${this.notice.error ? "alert" : "notice"} role="status">${this.notice.text}</p>` : nothing}
          ${this.rotated?.secret ? this.#newSecret(this.rotated) : nothing}
          ${this.#details(endpoint, session.canWrite("webhooks"))}
          ${session.canWrite("webhooks") ? this.#actions(endpoint) : nothing}
          <section class="card" aria-labelledby="log-heading">
            <h2 id="log-heading">Delivery log</h2>
            <billing-admin-table label="Deliveries" .columns=${this.#columns} .load=${this.#loadMessages}
              empty-text="Nothing sent yet. Send a test event to try the endpoint."></billing-admin-table>
          </section>
        </div>`,
    });
  }
}
