import { Task, TaskStatus } from "@lit/task";
import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { pageLoading } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { type Endpoint, eventTypesField, eventTypesStyles, loadEventTypes, selectedEventTypes } from "./event-types";

/**
 * Edits a webhook endpoint's URL, description and event types (`POST /v1/webhook_endpoints/{id}`);
 * the API's field errors show under their field.
 *
 * @tagname billing-admin-webhook-edit
 * @event {CustomEvent<Endpoint>} billing-admin-webhook-saved - Saved: the endpoint as the API answered.
 * @event {CustomEvent<null>} billing-admin-webhook-cancel - Closed without saving.
 */
export class AdminWebhookEdit extends AdminElement {
  static override properties = { ...AdminElement.properties, endpoint: { attribute: false } };
  declare endpoint: Endpoint;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    eventTypesStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
        font-size: 1rem;
      }
    `,
  ];

  readonly #form = new FormController(this);
  readonly #eventTypes = new Task(this, { task: () => loadEventTypes(this.signedIn), args: () => [] });

  async #save(event: SubmitEvent) {
    const saved = await this.#form.submit(event, (values, form) =>
      call(
        this.signedIn.api.POST("/v1/webhook_endpoints/{id}", {
          params: { path: { id: this.endpoint.id } },
          body: {
            url: values.url ?? "",
            description: values.description?.trim() ? values.description.trim() : null,
            event_types: selectedEventTypes(form),
          },
        }),
      ),
    );
    if (saved) this.emit("billing-admin-webhook-saved", saved);
  }

  protected override render() {
    const endpoint = this.endpoint;
    return html`<form class="card" @submit=${this.#save} novalidate aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit endpoint</h2>
      ${field(this.#form, { name: "url", label: "URL", type: "url", required: true, value: endpoint.url })}
      ${field(this.#form, { name: "description", label: "Description", maxlength: 500, value: endpoint.description ?? "" })}
      ${this.#eventTypes.render({
        pending: () => pageLoading("Loading event types…"),
        error: (error) => html`<p class="alert" role="alert">${errorMessage(error)}</p>`,
        complete: (types) => eventTypesField(this.#form, { types, selected: endpoint.event_types }),
      })}
      ${formError(this.#form)}
      <div class="actions">
        <button class="button" type="button" @click=${() => this.emit("billing-admin-webhook-cancel", null)}>Cancel</button>
        <button class="button primary" ?disabled=${this.#form.pending || this.#eventTypes.status !== TaskStatus.COMPLETE}>Save</button>
      </div>
    </form>`;
  }
}
