import { css, html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { components } from "../../../client/openapi";
import type { FormController, FormValues } from "../../elements/form";

export type Branding = components["schemas"]["Branding"];
export type ColorToken = keyof Branding["colors"];
export type BrandingBody = { theme: Branding["theme"]; colors: Branding["colors"]; radius: number | null; font_family: string | null };

/** What each colour is for (the SDK's `--billing-color-…` tokens); the list itself is the API's (`colors`' keys). */
const colorLabels: Record<string, { label: string; hint: string }> = {
  accent: { label: "Accent", hint: "Buttons, highlights and focus rings." },
  background: { label: "Background", hint: "Cards and dialogs." },
  surface: { label: "Surface", hint: "Toggles and secondary panels." },
  text: { label: "Text", hint: "Body text." },
  text_muted: { label: "Muted text", hint: "Secondary text." },
  border: { label: "Border", hint: "Borders and dividers." },
};
export const colorLabel = (token: string) => colorLabels[token] ?? { label: token.replace(/_/g, " "), hint: "" };

/** The form's name of a colour: the API's own param (`colors[accent]`), so its field errors land here. */
export const colorName = (token: string) => `colors[${token}]`;

/** A hex colour as the API accepts it (`#rgb` or `#rrggbb`); anything else is left to the API to refuse. */
export const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** `<input type=color>` takes only `#rrggbb`. */
export const fullHex = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((d) => d + d).join("")}` : hex).toLowerCase();

/**
 * A colour: a picker and the hex text beside it (the text is the value sent; empty uses the SDK's
 * default, shown as the placeholder). The page keeps the two in step (`syncColor`).
 */
export function colorField(form: FormController, options: { token: string; value: string; fallback: string }): TemplateResult {
  const name = colorName(options.token);
  const id = `field-colors-${options.token}`;
  const { label, hint } = colorLabel(options.token);
  const error = form.fieldErrors.get(name);
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const picked = HEX.test(options.value) ? fullHex(options.value) : options.fallback;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <div class="color-row">
      <input type="color" class="swatch" data-token=${options.token} .value=${picked} aria-label=${`${label} colour picker`} />
      <input id=${id} name=${name} data-token=${options.token} .value=${options.value} placeholder=${options.fallback}
        spellcheck="false" autocomplete="off" maxlength="7" aria-invalid=${error ? "true" : "false"} aria-describedby=${ifDefined(described)} />
    </div>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** Keeps a colour's picker and text in step after either changed (the event's target). */
export function syncColor(target: HTMLInputElement, form: HTMLFormElement, fallback: (token: string) => string): void {
  const token = target.dataset.token;
  if (!token) return;
  const text = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(colorName(token))}"]`);
  const picker = form.querySelector<HTMLInputElement>(`input.swatch[data-token="${CSS.escape(token)}"]`);
  if (!text || !picker) return;
  if (target === picker) text.value = picker.value;
  else picker.value = HEX.test(text.value.trim()) ? fullHex(text.value.trim()) : fallback(token);
}

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * The API body of the form: every field, an empty one as null (the SDK's default). A radius that
 * is not a number is sent as typed, so the API names the field.
 */
export function brandingBody(values: FormValues, tokens: string[]): BrandingBody {
  const radius = orNull(values.radius);
  const theme = orNull(values.theme) as Branding["theme"];
  return {
    theme,
    colors: Object.fromEntries(tokens.map((token) => [token, orNull(values[colorName(token)])])) as Branding["colors"],
    radius: radius === null ? null : Number.isNaN(Number(radius)) ? (radius as unknown as number) : Number(radius),
    font_family: orNull(values.font_family),
  };
}

/** Every field null: the SDK's defaults. */
export const defaultsBody = (tokens: string[]): BrandingBody => brandingBody({}, tokens);

export const brandingFieldStyles = css`
  .color-row {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .color-row input:not(.swatch) {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    text-transform: lowercase;
  }
  input.swatch {
    flex: none;
    width: 38px;
    height: 38px;
    min-height: 38px;
    padding: 3px;
    cursor: pointer;
  }
`;
