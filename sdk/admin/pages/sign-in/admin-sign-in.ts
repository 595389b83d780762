import type { SupabaseClient } from "@supabase/supabase-js";
import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { formStyles } from "../../elements/form.styles";
import { type AuthConfig, enabledProviders } from "../../session/auth-config";

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google", gitlab: "GitLab" };

type Step = { name: "email" } | { name: "sent"; email: string };

/**
 * Sign-in with supabase-js: a magic link and a 6-digit code in one e-mail (either signs in), or
 * OAuth with each provider the Auth project enables (read from its `/settings`). After the link
 * or the provider, supabase-js finishes the PKCE exchange on the page it comes back to (the same
 * URL, so a deep link survives signing in).
 *
 * @tagname billing-admin-sign-in
 */
export class AdminSignIn extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      h1 {
        font-size: 1.5rem;
      }
      .card {
        width: 100%;
        display: grid;
        gap: 20px;
        padding: 32px 28px;
        box-shadow: var(--_shadow);
      }
      h1 + .muted {
        margin-top: 4px;
      }
      /* The alert region stays in the card, so an error is announced, but while empty it is out of the grid (no gap for it). */
      .card > [role="alert"]:empty {
        position: absolute;
      }
      .brand {
        font-weight: 700;
        font-size: 1.125rem;
      }
      .or {
        display: flex;
        align-items: center;
        gap: 10px;
        color: var(--_color-text-muted);
        font-size: 0.8125rem;
      }
      .or::before,
      .or::after {
        content: "";
        flex: 1;
        border-top: 1px solid var(--_color-border);
      }
      .providers {
        display: grid;
        gap: 8px;
      }
      .button {
        width: 100%;
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    supabase: { attribute: false },
    config: { attribute: false },
    intro: {},
    step: { state: true },
    error: { state: true },
    pending: { state: true },
    providers: { state: true },
  };

  declare supabase: SupabaseClient | undefined;
  declare config: AuthConfig | undefined;
  declare intro: string;
  declare step: Step;
  declare error: string | undefined;
  declare pending: boolean;
  declare providers: string[];

  constructor() {
    super();
    this.intro = "";
    this.step = { name: "email" };
    this.pending = false;
    this.providers = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadProviders();
  }

  async #loadProviders(): Promise<void> {
    if (!this.config) return;
    try {
      this.providers = await enabledProviders(this.config, Object.keys(PROVIDER_NAMES));
    } catch {
      this.providers = []; // e-mail sign-in still works
    }
  }

  async #run(action: () => Promise<{ error: { message: string } | null }>, then?: () => void): Promise<void> {
    this.pending = true;
    this.error = undefined;
    try {
      const { error } = await action();
      if (error) this.error = error.message;
      else then?.();
    } finally {
      this.pending = false;
    }
  }

  #sendLink = (event: SubmitEvent) => {
    event.preventDefault();
    const supabase = this.supabase;
    const email = (new FormData(event.currentTarget as HTMLFormElement).get("email") as string).trim();
    if (!supabase) return;
    void this.#run(
      () => supabase.auth.signInWithOtp({ email, options: { emailRedirectTo: location.href } }),
      () => {
        this.step = { name: "sent", email };
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>("#code")?.focus());
      },
    );
  };

  #verifyCode = (event: SubmitEvent, email: string) => {
    event.preventDefault();
    const supabase = this.supabase;
    const token = (new FormData(event.currentTarget as HTMLFormElement).get("code") as string).trim();
    if (supabase) void this.#run(() => supabase.auth.verifyOtp({ email, token, type: "email" }));
  };

  #oauth(provider: string) {
    const supabase = this.supabase;
    if (supabase)
      void this.#run(() => supabase.auth.signInWithOAuth({ provider: provider as "github", options: { redirectTo: location.href } }));
  }

  #emailStep() {
    return html`<form @submit=${this.#sendLink}>
        <div class="field">
          <label for="email">E-mail address</label>
          <input id="email" name="email" type="email" required autocomplete="email" autofocus />
        </div>
        <button class="button primary" type="submit" ?disabled=${this.pending}>Email me a sign-in link</button>
      </form>
      ${
        this.providers.length
          ? html`<p class="or">or</p>
            <div class="providers">
              ${this.providers.map(
                (provider) => html`<button class="button" type="button" ?disabled=${this.pending} @click=${() => this.#oauth(provider)}>
                  Continue with ${PROVIDER_NAMES[provider]}</button>`,
              )}
            </div>`
          : nothing
      }`;
  }

  #sentStep(email: string) {
    return html`<p role="status">We sent a link and a code to ${email}.</p>
      <form @submit=${(event: SubmitEvent) => this.#verifyCode(event, email)}>
        <div class="field">
          <label for="code">Or enter the 6-digit code</label>
          <input id="code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" />
        </div>
        <button class="button primary" type="submit" ?disabled=${this.pending}>Verify code</button>
        <button class="button quiet" type="button" @click=${() => (this.step = { name: "email" })}>Use another address</button>
      </form>`;
  }

  protected override render() {
    return html`<section class="card" aria-labelledby="title">
      <span class="brand">BillingOS</span>
      <div>
        <h1 id="title">Sign in</h1>
        ${this.intro ? html`<p class="muted">${this.intro}</p>` : nothing}
      </div>
      ${this.step.name === "email" ? this.#emailStep() : this.#sentStep(this.step.email)}
      <div role="alert">${this.error ? html`<p class="alert">${this.error}</p>` : nothing}</div>
    </section>`;
  }
}
