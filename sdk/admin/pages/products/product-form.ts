import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { type FormController, type FormValues, field } from "../../elements/form";
import type { Product } from "./catalogue";

/** A textarea with the same label, hint and API error as `field()` (which renders single-line inputs). */
export function textArea(form: FormController, options: { name: string; label: string; value?: string; hint?: string; rows?: number }) {
  const id = `field-${options.name}`;
  const error = form.fieldErrors.get(options.name);
  const described = [options.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    <textarea id=${id} name=${options.name} rows=${options.rows ?? 3} .value=${options.value ?? ""}
      aria-invalid=${error ? "true" : "false"} aria-describedby=${ifDefined(described)}></textarea>
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** A labelled checkbox (its API error under it, like `field()`). */
export function checkbox(form: FormController, options: { name: string; label: string; checked?: boolean; hint?: string }): TemplateResult {
  const id = `field-${options.name}`;
  const error = form.fieldErrors.get(options.name);
  return html`<div class="field check">
    <label for=${id}><input id=${id} type="checkbox" name=${options.name} value="true" ?checked=${options.checked}
      aria-describedby=${ifDefined(options.hint ? `${id}-hint` : undefined)} /> ${options.label}</label>
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${error ? html`<p class="field-error">${error}</p>` : nothing}
  </div>`;
}

/** The product's fields after its name (new and edit forms). */
export function productFields(form: FormController, product?: Product): TemplateResult {
  return html`${textArea(form, { name: "description", label: "Description", value: product?.description ?? "" })}
    ${textArea(form, {
      name: "marketing_features",
      label: "Pricing table bullet points",
      value: product?.marketing_features.join("\n") ?? "",
      hint: "One per line, up to 15.",
      rows: 4,
    })}
    ${checkbox(form, {
      name: "visible",
      label: "Show in the pricing table",
      checked: product?.visible ?? true,
      hint: "Shown once it has an active price.",
    })}
    ${checkbox(form, { name: "highlighted", label: "Highlight as most popular", checked: product?.highlighted ?? false })}
    ${field(form, {
      name: "display_order",
      label: "Position in the pricing table",
      type: "number",
      inputmode: "numeric",
      value: String(product?.display_order ?? 0),
      hint: "Lower comes first.",
    })}`;
}

/** The API body of `productFields`' values (checkboxes are absent from the form data when unchecked). */
export function productBody(values: FormValues) {
  const order = Number(values.display_order ?? "0");
  return {
    description: values.description?.trim() ? values.description.trim() : null,
    marketing_features: (values.marketing_features ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    visible: values.visible === "true",
    highlighted: values.highlighted === "true",
    // A non-integer is sent as is so the API names the field (param display_order).
    display_order: Number.isNaN(order) ? (values.display_order as unknown as number) : order,
  };
}
