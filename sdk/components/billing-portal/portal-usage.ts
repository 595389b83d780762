import { html } from "lit";
import type { Loadable } from "../../client/loadable";
import { loadable, type PortalView, section } from "./portal-view";
// The portal draws its meters itself: a page that loads only <billing-portal> gets them too.
import "../billing-usage-meter/define";

/**
 * One compact `<billing-usage-meter>` per metered feature of the customer (from `GET /v1/customer_state`);
 * the meter element draws used / limit, the reset date and overage itself.
 */
export function usageSection(view: PortalView, state: Loadable<string[]>, retry: () => void) {
  const body = loadable(
    view,
    state,
    retry,
    (features) => (features.length ? undefined : view.text.noUsage),
    (features) =>
      html`<ul class="list meters" role="list">${features.map(
        (feature) => html`<li class="item meter"><billing-usage-meter feature=${feature} variant="compact"></billing-usage-meter></li>`,
      )}</ul>`,
  );
  return section("usage", view.text.usage, body);
}
