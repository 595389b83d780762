import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { keyed } from "lit/directives/keyed.js";
import type { BillingClient } from "../../../client/client";
import { SHAPE, tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { FormController, type FormValues, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { pageLoading, recordError } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { visitorClient } from "../../session/customer-client";
import { type Branding, brandingBody, brandingFieldStyles, colorField, colorName, defaultsBody, syncColor } from "./admin-branding-fields";
import { brandingPreview, brandingPreviewStyles, defaultColor, type PreviewTheme, previewTokens } from "./admin-branding-preview";
import { settingsFormStyles } from "./settings-form.styles";
import { settingsNav, settingsNavStyles } from "./settings-tabs";

const themeOptions = [
  { value: "", label: "Follow the system (default)" },
  { value: "light", label: "Always light" },
  { value: "dark", label: "Always dark" },
];

/** The form's values as the saved branding (what the preview shows before anything is typed). */
function valuesOf(branding: Branding): FormValues {
  const values: FormValues = {
    theme: branding.theme === "auto" ? "" : (branding.theme ?? ""),
    radius: branding.radius === null ? "" : String(branding.radius),
    font_family: branding.font_family ?? "",
  };
  for (const [token, value] of Object.entries(branding.colors)) values[colorName(token)] = value ?? "";
  return values;
}

/**
 * Settings › Branding: the default appearance of the organisation's elements (`GET/POST /v1/branding`:
 * theme, colours, corner radius, font), with the real `<billing-pricing-table>` beside the form
 * following every keystroke before it is saved, in light or dark. Reset puts back the SDK's defaults.
 *
 * @tagname billing-admin-branding
 */
export class AdminBranding extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    branding: { state: true },
    draft: { state: true },
    previewTheme: { state: true },
    notice: { state: true },
  };
  /** The saved branding (as loaded, then as each save answered). */
  declare branding: Branding | undefined;
  /** The form's values as typed, for the preview. */
  declare draft: FormValues | undefined;
  declare previewTheme: PreviewTheme;
  declare notice: string | undefined;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    settingsNavStyles,
    settingsFormStyles,
    brandingFieldStyles,
    brandingPreviewStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .layout {
        display: grid;
        gap: 24px;
        align-items: start;
      }
      /* Beside the form on wide screens, at most a screen tall (the table scrolls inside it). */
      @container (min-width: 900px) {
        .layout {
          grid-template-columns: minmax(300px, 340px) minmax(0, 1fr);
        }
        .preview {
          max-height: calc(100vh - 88px);
          overflow-y: auto;
          padding: 16px;
        }
        .frame {
          padding: 8px;
        }
      }
      .colors {
        display: grid;
        gap: 16px;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      }
      h2 {
        margin: 0;
        font-size: 1rem;
      }
      .actions {
        justify-content: space-between;
      }
    `,
  ];

  readonly #form = new FormController(this);
  /** Bumped when the saved branding replaces the form (after a reset), so every field shows it afresh. */
  #version = 0;
  #client: BillingClient | undefined;

  constructor() {
    super();
    this.previewTheme = "light";
  }

  /** The system's light/dark, which the preview follows (with the admin on "auto") until the merchant picks one. */
  readonly #scheme = matchMedia("(prefers-color-scheme: dark)");
  #chosen = false;
  readonly #schemeChanged = () => {
    if (!this.#chosen && this.signedIn.theme === "auto") this.previewTheme = this.#scheme.matches ? "dark" : "light";
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#client = visitorClient(this.signedIn);
    const theme = this.signedIn.theme;
    this.previewTheme = theme === "auto" ? (this.#scheme.matches ? "dark" : "light") : theme;
    this.#scheme.addEventListener("change", this.#schemeChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#scheme.removeEventListener("change", this.#schemeChanged);
  }

  #choose(theme: PreviewTheme) {
    this.#chosen = true;
    this.previewTheme = theme;
  }

  readonly #branding = new Task(this, {
    task: async () => {
      this.#show(await call(this.signedIn.api.GET("/v1/branding")));
    },
    args: () => [],
  });

  #show(branding: Branding) {
    this.branding = branding;
    this.draft = valuesOf(branding);
    if (branding.theme === "light" || branding.theme === "dark") this.#choose(branding.theme);
  }

  #tokens = (branding: Branding) => Object.keys(branding.colors);

  /** Follows every keystroke: the preview shows the form as typed. */
  #input(event: Event) {
    const form = event.currentTarget as HTMLFormElement;
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLInputElement) syncColor(target, form, (token) => defaultColor(token, this.previewTheme));
    if (target.name === "theme" && (target.value === "light" || target.value === "dark")) this.#choose(target.value);
    const values: FormValues = {};
    for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value;
    this.draft = values;
    this.notice = undefined;
  }

  async #save(event: SubmitEvent, branding: Branding) {
    this.notice = undefined;
    const saved = await this.#form.submit(event, (values) =>
      call(this.signedIn.api.POST("/v1/branding", { body: brandingBody(values, this.#tokens(branding)) })),
    );
    if (!saved) return;
    this.branding = saved;
    this.notice = "Saved. Your elements use it from their next page load.";
  }

  async #reset(branding: Branding) {
    const ok = await confirmAction(this, {
      title: "Reset branding to the defaults?",
      message: "Your colours, corner radius, font and theme are cleared: the elements use BillingOS's default appearance.",
      confirmLabel: "Reset to defaults",
      danger: true,
    });
    if (!ok) return;
    this.#form.reset();
    try {
      const saved = await call(this.signedIn.api.POST("/v1/branding", { body: defaultsBody(this.#tokens(branding)) }));
      this.#version += 1;
      this.#show(saved);
      this.notice = "Reset to the defaults.";
    } catch (error) {
      this.#form.error = errorMessage(error);
      this.requestUpdate();
    }
  }

  #formOf(branding: Branding, canWrite: boolean) {
    const values = valuesOf(branding);
    const theme = this.previewTheme;
    return html`<form class="card" @submit=${(event: SubmitEvent) => this.#save(event, branding)} @input=${this.#input} @change=${this.#input}
      novalidate aria-label="Branding">
      <fieldset ?disabled=${!canWrite}>
        <h2>Colours</h2>
        <div class="colors">
          ${this.#tokens(branding).map((token) =>
            colorField(this.#form, { token, value: values[colorName(token)] ?? "", fallback: defaultColor(token, theme) }),
          )}
        </div>
        <h2>Shape and type</h2>
        ${field(this.#form, {
          name: "radius",
          label: "Corner radius (px)",
          type: "number",
          inputmode: "numeric",
          value: values.radius,
          placeholder: SHAPE.radius.replace("px", ""),
          hint: "0 to 32. Cards use it; buttons and inputs two thirds of it.",
        })}
        ${field(this.#form, {
          name: "font_family",
          label: "Font",
          value: values.font_family,
          placeholder: "Inter, system-ui, sans-serif",
          hint: "Font names separated by commas; your page loads the font. Empty uses the system font.",
        })}
        ${field(this.#form, { name: "theme", label: "Theme", value: values.theme, options: themeOptions })}
      </fieldset>
      ${formError(this.#form)}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${
        canWrite
          ? html`<div class="actions">
            <button class="button quiet" type="button" @click=${() => this.#reset(branding)}>Reset to defaults</button>
            <button class="button primary" ?disabled=${this.#form.pending}>Save</button>
          </div>`
          : html`<p class="muted">Only owners and admins change the branding.</p>`
      }
    </form>`;
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Branding"
        description="How your pricing table, checkout and portal look by default. CSS on your page still wins."></billing-admin-page-header>
      ${settingsNav("settings/branding")}
      ${this.#branding.render({
        pending: () => pageLoading("Loading branding…"),
        error: (error) => recordError(this.signedIn, error, () => this.#branding.run(), "branding"),
        complete: () => this.#page(),
      })}`;
  }

  #page() {
    const branding = this.branding;
    if (!branding || !this.#client) return nothing;
    return html`<div class="layout">
          ${keyed(this.#version, this.#formOf(branding, this.signedIn.canWrite("organization")))}
          ${brandingPreview({
            client: this.#client,
            style: previewTokens(this.draft ?? valuesOf(branding), this.#tokens(branding), this.previewTheme),
            theme: this.previewTheme,
            onTheme: (theme) => this.#choose(theme),
          })}
        </div>`;
  }
}
