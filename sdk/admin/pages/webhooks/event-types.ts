import { css, html, nothing, type TemplateResult } from "lit";
import type { components } from "../../../client/openapi";
import type { FormController } from "../../elements/form";
import { call } from "../../session/admin-api";
import type { AdminSession } from "../../session/admin-session";

export type EventType = components["schemas"]["WebhookSettings"]["event_types"][number];
export type Endpoint = components["schemas"]["WebhookEndpoint"];

/** Every event type an endpoint can subscribe to, as the API lists them (`GET /v1/webhook_settings`). */
export const loadEventTypes = async (session: AdminSession): Promise<EventType[]> =>
  (await call(session.api.GET("/v1/webhook_settings"))).event_types;

/** "connect.account.updated" belongs to "connect.account"; the groups keep the API's order. */
export function groupByObject(types: readonly EventType[]): Array<{ object: string; label: string; types: EventType[] }> {
  const groups = new Map<string, EventType[]>();
  for (const type of types) {
    const object = type.slice(0, type.lastIndexOf("."));
    groups.set(object, [...(groups.get(object) ?? []), type]);
  }
  return [...groups].map(([object, members]) => {
    const words = object.split(/[._]/).join(" ");
    return { object, label: words.charAt(0).toUpperCase() + words.slice(1), types: members };
  });
}

/**
 * "All events" or a choice of types grouped by object; the checkboxes show only with "Selected
 * events" (CSS `:has`, no state). The API's error on `event_types` is shown under the groups.
 */
export function eventTypesField(form: FormController, options: { types: readonly EventType[]; selected: readonly string[] | null }) {
  const error = form.fieldErrors.get("event_types");
  const all = options.selected === null;
  const chosen = new Set(options.selected ?? []);
  return html`<fieldset class="event-types" aria-describedby=${error ? "event-types-error" : nothing}>
    <legend>Events</legend>
    <label class="choice"><input type="radio" name="event_scope" value="all" ?checked=${all} /> All events
      <span class="hint">(including types added later)</span></label>
    <label class="choice"><input type="radio" name="event_scope" value="selected" ?checked=${!all} /> Selected events</label>
    <div class="groups">
      ${groupByObject(options.types).map(
        (group) => html`<fieldset class="group">
          <legend>${group.label}</legend>
          ${group.types.map(
            (type) =>
              html`<label class="choice"><input type="checkbox" name="event_types" value=${type} ?checked=${chosen.has(type)} />
                <code>${type}</code></label>`,
          )}
        </fieldset>`,
      )}
    </div>
    ${error ? html`<p class="field-error" id="event-types-error">${error}</p>` : nothing}
  </fieldset>`;
}

/** The `event_types` the form asks for: null for all events, else the ticked ones (the API refuses none). */
export function selectedEventTypes(form: HTMLFormElement): EventType[] | null {
  const data = new FormData(form);
  if (data.get("event_scope") !== "selected") return null;
  return data.getAll("event_types").map(String) as EventType[];
}

/** "All events", or the types as a short list. */
export const eventTypesText = (types: readonly string[] | null): string | TemplateResult =>
  types === null ? "All events" : html`${types.map((type, index) => html`${index ? ", " : ""}<code>${type}</code>`)}`;

export const eventTypesStyles = css`
  fieldset.event-types {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
    min-width: 0;
  }
  fieldset.event-types > legend {
    font-size: 0.875rem;
    font-weight: 500;
    padding: 0;
    margin-bottom: 4px;
  }
  label.choice {
    display: flex;
    gap: 8px;
    align-items: center;
    font-weight: 400;
    font-size: 0.875rem;
  }
  label.choice input {
    width: auto;
    min-height: 0;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .groups {
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    padding: 12px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
  }
  fieldset.event-types:has(input[value="all"]:checked) .groups {
    display: none;
  }
  fieldset.group {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
    align-content: start;
    min-width: 0;
  }
  fieldset.group > legend {
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-text-muted);
    padding: 0;
    margin-bottom: 4px;
  }
  code {
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
`;
