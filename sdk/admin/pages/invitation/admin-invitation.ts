import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { type AdminClient, call, errorMessage } from "../../session/admin-api";

type State = { name: "accepting" } | { name: "accepted"; role: string; organization: string } | { name: "failed"; message: string };

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
    if (this.#started || !this.api) return;
    this.#started = true;
    if (!this.token) {
      this.state = { name: "failed", message: "This link has no invitation in it. Open the link from the e-mail again." };
      return;
    }
    try {
      const membership = await call(this.api.POST("/v1/invitations/accept", { body: { token: this.token } }));
      this.state = { name: "accepted", role: membership.role, organization: membership.organization };
      this.emit("billing-admin-invitation-accepted", { organization: membership.organization, role: membership.role });
    } catch (error) {
      this.state = { name: "failed", message: errorMessage(error) };
    }
  }

  protected override render() {
    const state = this.state;
    return html`<section class="card" aria-labelledby="title" aria-live="polite">
      <h1 id="title">${state.name === "accepted" ? "Invitation accepted" : "Invitation"}</h1>
      ${state.name === "accepting" ? html`<p class="muted" role="status">Accepting the invitation…</p>` : nothing}
      ${state.name === "accepted" ? html`<p>You joined as ${state.role}.</p><a class="button primary" href="/admin/">Continue</a>` : nothing}
      ${
        state.name === "failed"
          ? html`<p class="alert" role="alert">${state.message}</p><a class="button" href="/admin/">Go to BillingOS</a>`
          : nothing
      }
    </section>`;
  }
}
