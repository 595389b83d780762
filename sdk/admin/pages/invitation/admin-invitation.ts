import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { type AdminClient, call, errorMessage } from "../../session/admin-api";

type State = { name: "accepting" } | { name: "accepted"; role: string; organization: string } | { name: "failed"; message: string };

/**
 * Each token is accepted once per page: the shell re-creates this page when it opens the organisation
 * just joined, and the second copy shows the first one's outcome instead of accepting again.
 */
const outcomes = new Map<string, Promise<State>>();

async function acceptOnce(api: AdminClient, token: string): Promise<State> {
  try {
    const membership = await call(api.POST("/v1/invitations/accept", { body: { token } }));
    return { name: "accepted", role: membership.role, organization: membership.organization };
  } catch (error) {
    return { name: "failed", message: errorMessage(error) };
  }
}

/** "a viewer", "an admin", "an owner". */
const withArticle = (role: string) => `${/^[aeiou]/i.test(role) ? "an" : "a"} ${role}`;

/**
 * The link in an invitation e-mail (/admin/accept-invitation?token=…), once signed in with the
 * invited address: accepts it and offers the way into the organisation joined.
 *
 * @tagname billing-admin-invitation
 * @event billing-admin-invitation-accepted - `{ organization, role }`: the shell reloads the organisations and opens it.
 */
export class AdminInvitation extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      h1 {
        font-size: 1.5rem;
      }
      .card {
        width: min(440px, 100%);
        display: grid;
        gap: 16px;
        margin: 0 auto;
      }
    `,
  ];
  static override properties = { ...AdminElement.properties, api: { attribute: false }, token: {}, state: { state: true } };
  declare api: AdminClient | undefined;
  declare token: string;
  declare state: State;
  #started = false;

  constructor() {
    super();
    this.token = "";
    this.state = { name: "accepting" };
  }

  protected override firstUpdated(): void {
    void this.#accept();
  }

  async #accept(): Promise<void> {
    const api = this.api;
    if (this.#started || !api) return;
    this.#started = true;
    if (!this.token) {
      this.state = { name: "failed", message: "This link has no invitation in it. Open the link from the e-mail again." };
      return;
    }
    let outcome = outcomes.get(this.token);
    const first = !outcome;
    if (!outcome) {
      outcome = acceptOnce(api, this.token);
      outcomes.set(this.token, outcome);
    }
    this.state = await outcome;
    if (first && this.state.name === "accepted")
      this.emit("billing-admin-invitation-accepted", { organization: this.state.organization, role: this.state.role });
  }

  protected override render() {
    const state = this.state;
    return html`<section class="card" aria-labelledby="title" aria-live="polite">
      <h1 id="title">${state.name === "accepted" ? "Invitation accepted" : "Invitation"}</h1>
      ${state.name === "accepting" ? html`<p class="muted" role="status">Accepting the invitation…</p>` : nothing}
      ${state.name === "accepted" ? html`<p>You joined as ${withArticle(state.role)}.</p><a class="button primary" href="/admin/">Continue</a>` : nothing}
      ${
        state.name === "failed"
          ? html`<p class="alert" role="alert">${state.message}</p><a class="button" href="/admin/">Go to BillingOS</a>`
          : nothing
      }
    </section>`;
  }
}
