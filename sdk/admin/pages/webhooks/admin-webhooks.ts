import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, LoadPage } from "../../elements/admin-table/admin-table";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { badge, pageLoading } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { eventTypesField, eventTypesStyles, loadEventTypes, selectedEventTypes } from "./event-types";

type Endpoint = components["schemas"]["WebhookEndpoint"];

/**
 * Webhook endpoints of the current mode: the list (status, event types) and adding one for all
 * events or chosen types (the API's list, grouped by object); the signing secret is shown once,
 * when the endpoint is created.
 *
 * @tagname billing-admin-webhooks
 */
export class AdminWebhooks extends AdminElement {
  static override properties = { ...AdminElement.properties, created: { state: true } };
  declare created: Endpoint | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    eventTypesStyles,
    css`
      .stack {
        display: grid;
        gap: 24px;
      }
      section.card,
      form.card {
        display: grid;
        gap: 12px;
      }
      .url {
        overflow-wrap: anywhere;
      }
    `,
  ];

  readonly #form = new FormController(this);
  /** Only for the add form, which only writers see. */
  readonly #eventTypes = new Task(this, {
    task: async ([canWrite]) => (canWrite ? loadEventTypes(this.signedIn) : []),
    args: () => [this.signedIn.canWrite("webhooks")],
  });

  readonly #columns: Column<Endpoint>[] = [
    { label: "URL", cell: (endpoint) => html`<span class="url">${endpoint.url}</span>` },
    {
      label: "Status",
      cell: (endpoint) =>
        endpoint.enabled ? badge("Enabled", "success") : badge(endpoint.disabled_reason === "failing" ? "Disabled: failing" : "Disabled"),
    },
    {
      label: "Events",
      cell: (endpoint) => (endpoint.event_types ? `${endpoint.event_types.length} selected` : "All events"),
      secondary: true,
    },
    { label: "Created", cell: (endpoint) => this.formatDate(endpoint.created), align: "end", secondary: true },
  ];

  #load: LoadPage<Endpoint> = async (page) => call(this.signedIn.api.GET("/v1/webhook_endpoints", { params: { query: page } }));

  async #create(event: SubmitEvent) {
    const endpoint = await this.#form.submit(event, async (values, form) => {
      const created = await call(
        this.signedIn.api.POST("/v1/webhook_endpoints", {
          body: {
            url: values.url ?? "",
            ...(values.description?.trim() ? { description: values.description.trim() } : {}),
            event_types: selectedEventTypes(form),
          },
        }),
      );
      form.reset();
      return created;
    });
    if (!endpoint) return;
    this.created = endpoint;
    this.#load = this.#load.bind(this); // a new function: the table reloads from the first page
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("webhooks");
    return html`<billing-admin-page-header heading="Webhooks"
        description=${`Endpoints that receive events in ${this.signedIn.mode} mode, signed with their secret.`}></billing-admin-page-header>
      <div class="stack">
        ${
          this.created?.secret
            ? html`<section class="card notice" role="status">
              <h2>Copy the signing secret now</h2>
              <p>Your endpoint verifies each delivery with it. This is the only time it is shown.</p>
              <billing-admin-copy label="Signing secret" .value=${this.created.secret}></billing-admin-copy>
              <div class="actions"><button class="button" type="button" @click=${() => (this.created = undefined)}>Done</button></div>
            </section>`
            : nothing
        }
        <billing-admin-table label="Webhook endpoints" .columns=${this.#columns} .load=${this.#load}
          .rowHref=${(endpoint: Endpoint) => `/admin/webhooks/${endpoint.id}`} empty-text="No endpoint yet."></billing-admin-table>
        ${
          canWrite
            ? html`<form class="card" @submit=${this.#create} novalidate aria-labelledby="add-heading">
              <h2 id="add-heading">Add an endpoint</h2>
              ${field(this.#form, { name: "url", label: "URL", type: "url", required: true, placeholder: "https://example.com/billing/webhooks" })}
              ${field(this.#form, { name: "description", label: "Description", maxlength: 500 })}
              ${this.#eventTypes.render({
                pending: () => pageLoading("Loading event types…"),
                error: (error) => html`<p class="alert" role="alert">${errorMessage(error)}
                  <button class="button" type="button" @click=${() => this.#eventTypes.run()}>Try again</button></p>`,
                complete: (types) => eventTypesField(this.#form, { types, selected: null }),
              })}
              ${formError(this.#form)}
              <div class="actions"><button class="button primary" ?disabled=${this.#form.pending}>Add endpoint</button></div>
            </form>`
            : nothing
        }
      </div>`;
  }
}
