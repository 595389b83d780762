import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { BillingApiError } from "../../client/errors";
import { errorMessage } from "../session/admin-api";

export type FormValues = Record<string, string>;

/**
 * A form's submission state: pending, the error for the whole form, and the API's field errors
 * shown beside the field named by the error's `param` (`field()` renders them). A page keeps one
 * per form:
 *
 * ```ts
 * #form = new FormController(this);
 * render() {
 *   return html`<form @submit=${(e: SubmitEvent) => this.#form.submit(e, (values) => call(api.POST("/v1/customers", { body: values })))}>
 *     ${field(this.#form, { name: "email", label: "E-mail", type: "email" })}
 *     ${formError(this.#form)}
 *     <button class="button primary" ?disabled=${this.#form.pending}>Save</button>
 *   </form>`;
 * }
 * ```
 */
export class FormController implements ReactiveController {
  pending = false;
  /** A message for the whole form (errors without a `param`, or whose `param` has no field). */
  error: string | undefined;
  /** `param` → message, for fields rendered with `field()`. */
  readonly fieldErrors = new Map<string, string>();
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Prevents the browser's submit, collects the form's fields (FormData, as strings) and runs
   * `action` with them. Resolves the action's result, or undefined when it failed (the error is
   * then shown: beside its field, else for the form) or a submission was already pending.
   */
  async submit<T>(event: SubmitEvent, action: (values: FormValues, form: HTMLFormElement) => Promise<T>): Promise<T | undefined> {
    event.preventDefault();
    if (this.pending) return undefined;
    const form = event.currentTarget as HTMLFormElement;
    const values: FormValues = {};
    for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value;
    this.reset();
    this.pending = true;
    this.#host.requestUpdate();
    try {
      return await action(values, form);
    } catch (error) {
      this.showError(error, form);
      return undefined;
    } finally {
      this.pending = false;
      this.#host.requestUpdate();
    }
  }

  /** Shows `error` beside the field its `param` names when the form has one, else for the whole form. */
  showError(error: unknown, form?: HTMLFormElement): void {
    const param = error instanceof BillingApiError ? error.param : undefined;
    const target = param && form ? form.querySelector<HTMLElement>(`[name="${CSS.escape(param)}"]`) : null;
    if (param && target) {
      this.fieldErrors.set(param, errorMessage(error));
      // Focus the field once it is marked invalid, so keyboard and screen reader users land on it.
      void this.#host.updateComplete.then(() => target.focus());
    } else this.error = errorMessage(error);
    this.#host.requestUpdate();
  }

  reset(): void {
    this.error = undefined;
    this.fieldErrors.clear();
    this.#host.requestUpdate();
  }
}

export interface FieldOptions {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "url" | "date" | "password" | "search";
  value?: string;
  required?: boolean;
  placeholder?: string;
  hint?: string;
  autocomplete?: string;
  /** Renders a `<select>` with these options instead of an input. */
  options?: Array<{ value: string; label: string }>;
  inputmode?: "numeric" | "decimal" | "email" | "text";
  pattern?: string;
  maxlength?: number;
}

/**
 * A labelled input (or select) whose API error, if any, is shown under it and announced (`aria-describedby`).
 * `value` is written only when it changes (no `live`), so a re-render never wipes what the person typed.
 */
export function field(form: FormController, options: FieldOptions): TemplateResult {
  const id = `field-${options.name.replace(/[^\w-]/g, "-")}`;
  const error = form.fieldErrors.get(options.name);
  const described = [options.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const control = options.options
    ? html`<select id=${id} name=${options.name} ?required=${options.required} aria-invalid=${error ? "true" : "false"}
        aria-describedby=${ifDefined(described)}>
        ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === options.value}>${option.label}</option>`)}
      </select>`
    : html`<input id=${id} name=${options.name} type=${options.type ?? "text"} .value=${options.value ?? ""}
        ?required=${options.required} placeholder=${ifDefined(options.placeholder)} autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)} pattern=${ifDefined(options.pattern)} maxlength=${ifDefined(options.maxlength)}
        aria-invalid=${error ? "true" : "false"} aria-describedby=${ifDefined(described)} />`;
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${control}
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** The form-level error, announced when it appears. */
export function formError(form: FormController): TemplateResult {
  return html`<div role="alert">${form.error ? html`<p class="alert">${form.error}</p>` : nothing}</div>`;
}

export interface AddRowFormOptions {
  /** Names the heading's id (`<id>-heading`), which labels the form. */
  id: string;
  heading: string;
  submitLabel: string;
  onSubmit: (event: SubmitEvent) => unknown;
  /** The fields, side by side (`.inline-fields` in `sectionStyles`). */
  fields: unknown;
  /** Anything under the fields (a fieldset that depends on them). */
  more?: unknown;
}

/**
 * The card under a list that adds a row to it ("Create a key", "Invite someone"): a heading that
 * names the form, the fields in a row, the form's error and its one submit button, disabled while
 * the submission is pending.
 */
export function addRowForm(form: FormController, options: AddRowFormOptions): TemplateResult {
  const heading = `${options.id}-heading`;
  return html`<form class="card" @submit=${options.onSubmit} novalidate aria-labelledby=${heading}>
    <h2 id=${heading}>${options.heading}</h2>
    <div class="inline-fields">${options.fields}</div>
    ${options.more ?? nothing}
    ${formError(form)}
    <div class="actions"><button class="button primary" ?disabled=${form.pending}>${options.submitLabel}</button></div>
  </form>`;
}
