import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { call, errorMessage, type Mode } from "../../session/admin-api";
import { icons } from "../icons";
import { loadOnboarding, type OnboardingStep } from "./onboarding-steps";

/**
 * The getting-started checklist on Home. Each step ticks itself from the organisation's real
 * state; Stripe's steps open Stripe's hosted onboarding (Account Link) for people who may change
 * the organisation, the others link to the page where they are done (when the admin has it).
 * Hidden once every step is done.
 *
 * @tagname billing-admin-onboarding
 */
export class AdminOnboarding extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .card {
        display: grid;
        gap: 16px;
      }
      .progress {
        font-size: 0.875rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 2px;
      }
      li {
        display: grid;
        grid-template-columns: 24px minmax(0, 1fr) auto;
        align-items: center;
        gap: 12px;
        padding: 10px 0;
        border-top: 1px solid var(--_color-border);
      }
      .tick {
        display: grid;
        place-items: center;
        width: 22px;
        height: 22px;
        border-radius: 50%;
        border: 1.5px solid var(--_color-border);
        color: transparent;
      }
      .done .tick {
        background: var(--_color-success);
        border-color: var(--_color-success);
        color: #fff;
      }
      .done .title {
        color: var(--_color-text-muted);
        text-decoration: line-through;
      }
      .title {
        font-weight: 500;
      }
      .description {
        font-size: 0.8125rem;
      }
      @media (max-width: 480px) {
        li {
          grid-template-columns: 24px minmax(0, 1fr);
        }
        li .button {
          grid-column: 2;
          justify-self: start;
        }
      }
    `,
  ];

  readonly #steps = new Task(this, {
    task: async () => loadOnboarding(this.signedIn.api),
    args: () => [this.session?.organization.id],
  });

  async #connect(mode: Mode): Promise<void> {
    const session = this.signedIn;
    try {
      // Creates the Express account on first use (answers the existing one after that).
      await call(session.api.POST("/v1/connect/account", { body: {}, headers: { "BillingOS-Mode": mode } }));
      const link = await call(
        session.api.POST("/v1/connect/onboarding_link", {
          body: { return_url: location.href, refresh_url: location.href },
          headers: { "BillingOS-Mode": mode },
        }),
      );
      location.assign(link.url);
    } catch (error) {
      this.#error = errorMessage(error);
      this.requestUpdate();
    }
  }

  #error: string | undefined;

  #action(step: OnboardingStep) {
    const session = this.session;
    if (step.done || !session) return nothing;
    const mode = step.stripe;
    if (mode && session.canWrite("organization"))
      return html`<button class="button" type="button" @click=${() => this.#connect(mode)}>
        ${mode === "live" ? "Start live onboarding" : "Connect Stripe"}</button>`;
    return step.action ? html`<a class="button" href=${step.action.href}>${step.action.label}</a>` : nothing;
  }

  protected override render() {
    return this.#steps.render({
      pending: () => html`<section class="card" aria-busy="true"><h2>Get started</h2><p class="muted">Checking your setup…</p></section>`,
      error: (error) => html`<section class="card" role="alert"><h2>Get started</h2><p class="muted">${errorMessage(error)}</p>
        <button class="button" type="button" @click=${() => this.#steps.run()}>Try again</button></section>`,
      complete: (steps) => {
        const done = steps.filter((step) => step.done).length;
        if (done === steps.length) return nothing;
        return html`<section class="card" aria-labelledby="onboarding-title">
          <div>
            <h2 id="onboarding-title">Get started</h2>
            <p class="muted progress">${done} of ${steps.length} done</p>
          </div>
          <ol>
            ${steps.map(
              (step) => html`<li class=${step.done ? "done" : ""}>
                <span class="tick" aria-hidden="true">${icons.check}</span>
                <div>
                  <p class="title">${step.title}<span class="sr-only">${step.done ? " (done)" : " (to do)"}</span></p>
                  <p class="muted description">${step.description}</p>
                </div>
                ${this.#action(step)}
              </li>`,
            )}
          </ol>
          ${this.#error ? html`<p class="alert" role="alert">${this.#error}</p>` : nothing}
        </section>`;
      },
    });
  }
}
