import { css, html, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { BillingClient } from "../../../client/client";
import { DARK, LIGHT, SHAPE } from "../../../internal/tokens";
import type { FormValues } from "../../elements/form";
import { colorName, fullHex, HEX } from "./admin-branding-fields";

export type PreviewTheme = "light" | "dark";

/** The API's font list rule (`font_family`): a value it would refuse is not previewed either. */
const FONT_LIST = /^[A-Za-z0-9 ,'"-]{1,200}$/;
const MAX_RADIUS = 32;

/** The SDK's default of a colour in a theme (`text_muted` → `color-text-muted`). */
export const defaultColor = (token: string, theme: PreviewTheme) =>
  (theme === "dark" ? DARK : LIGHT)[`color-${token.replace(/_/g, "-")}` as keyof typeof LIGHT] ?? "";

/**
 * The `--billing-…` properties that show the form's values as typed, before they are saved: each
 * token is set (the typed value when the API would take it, else the SDK's default for the
 * theme), so the saved branding the pricing document carries never shows through the draft.
 */
export function previewTokens(values: FormValues, tokens: string[], theme: PreviewTheme): Record<string, string> {
  const style: Record<string, string> = {};
  for (const token of tokens) {
    const typed = values[colorName(token)]?.trim() ?? "";
    style[`--billing-color-${token.replace(/_/g, "-")}`] = HEX.test(typed) ? fullHex(typed) : defaultColor(token, theme);
  }
  const radius = Number(values.radius?.trim() || Number.NaN);
  const inBounds = Number.isInteger(radius) && radius >= 0 && radius <= MAX_RADIUS;
  style["--billing-radius"] = inBounds ? `${radius}px` : SHAPE.radius;
  style["--billing-radius-control"] = inBounds ? `${Math.round((radius * 2) / 3)}px` : SHAPE["radius-control"];
  const font = values.font_family?.trim() ?? "";
  style["--billing-font-family"] = FONT_LIST.test(font) ? font : SHAPE["font-family"];
  return style;
}

/**
 * The live preview: the SDK's real `<billing-pricing-table>` with the organisation's own pricing
 * (its empty state when nothing is on sale), in the theme chosen by the toggle. Plan buttons do
 * nothing here (`billing-plan-select` is cancelled): it is a preview, not a checkout.
 */
export function brandingPreview(options: {
  client: BillingClient;
  style: Record<string, string>;
  theme: PreviewTheme;
  onTheme: (theme: PreviewTheme) => void;
}): TemplateResult {
  const toggle = (theme: PreviewTheme, label: string) =>
    html`<button type="button" class="button quiet" aria-pressed=${options.theme === theme ? "true" : "false"} @click=${() => options.onTheme(theme)}>${label}</button>`;
  return html`<section class="card preview" aria-labelledby="preview-heading">
    <div class="preview-head">
      <h2 id="preview-heading">Preview</h2>
      <div class="segmented" role="group" aria-label="Preview theme">${toggle("light", "Light")}${toggle("dark", "Dark")}</div>
    </div>
    <p class="muted">Your pricing table as visitors see it, with the values above — before you save.</p>
    <div class="frame" data-theme=${options.theme} style=${styleMap(options.style)}>
      <billing-provider .client=${options.client} theme=${options.theme} @billing-plan-select=${(event: Event) => event.preventDefault()}>
        <billing-pricing-table></billing-pricing-table>
      </billing-provider>
    </div>
  </section>`;
}

export const brandingPreviewStyles = css`
  .preview {
    display: grid;
    gap: 12px;
    align-content: start;
  }
  .preview-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 12px;
    flex-wrap: wrap;
  }
  .segmented {
    display: inline-flex;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    padding: 2px;
    gap: 2px;
  }
  .segmented .button {
    min-height: 30px;
    padding: 2px 12px;
  }
  .segmented .button[aria-pressed="true"] {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  .frame {
    background: var(--billing-color-background);
    color: var(--billing-color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 16px;
    overflow-x: auto;
  }
`;
