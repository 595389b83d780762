import { html, svg, type TemplateResult } from "lit";

/** Navigation icons: 16 px strokes in the current colour, hidden from assistive technology. */
const icon = (paths: TemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${paths}</svg>`;

export const icons = {
  home: icon(svg`<path d="M2.5 7 8 2.5 13.5 7v6.5h-4v-4h-3v4h-4z"/>`),
  customers: icon(
    svg`<circle cx="6" cy="5.5" r="2.5"/><path d="M1.5 13.5c.5-2.5 2.3-4 4.5-4s4 1.5 4.5 4"/><path d="M11 3.2a2.5 2.5 0 0 1 0 4.6M12.5 9.8c1 .6 1.7 1.9 2 3.7"/>`,
  ),
  subscriptions: icon(svg`<path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9"/><path d="M13.5 2.5v3h-3"/>`),
  products: icon(svg`<path d="M8 1.5 14 4.5v7L8 14.5 2 11.5v-7z"/><path d="M2 4.5 8 7.5l6-3M8 7.5v7"/>`),
  analytics: icon(svg`<path d="M2 13.5h12"/><path d="M4 11V8M7 11V4M10 11V6.5M13 11V3"/>`),
  fees: icon(svg`<rect x="1.5" y="3.5" width="13" height="9" rx="1.5"/><path d="M1.5 6.5h13M4 10h2"/>`),
  settings: icon(
    svg`<circle cx="8" cy="8" r="2"/><path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4"/>`,
  ),
  keys: icon(svg`<circle cx="5" cy="10.5" r="3"/><path d="M7.2 8.3 13.5 2M11 4.5l2 2M9.5 6l1.5 1.5"/>`),
  webhooks: icon(
    svg`<circle cx="4" cy="11.5" r="2"/><circle cx="12" cy="11.5" r="2"/><circle cx="8" cy="4" r="2"/><path d="M6 11.5h4M7 5.8 5 9.7M9 5.8l2 3.9"/>`,
  ),
  menu: icon(svg`<path d="M2 4h12M2 8h12M2 12h12"/>`),
  close: icon(svg`<path d="M4 4l8 8M12 4l-8 8"/>`),
  check: icon(svg`<path d="M3 8.5 6.5 12 13 4.5"/>`),
};
