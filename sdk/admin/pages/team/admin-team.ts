import { html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { addRowForm, FormController, field } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { PageLoad } from "../../elements/page-load";
import { badge } from "../../elements/page-states";
import { sectionStyles } from "../../elements/sections.styles";
import { call } from "../../session/admin-api";

type Member = components["schemas"]["Member"];
type Invitation = components["schemas"]["Invitation"];
type Role = Member["role"];
const roles: Array<{ value: Role; label: string }> = [
  { value: "admin", label: "Admin" },
  { value: "member", label: "Member" },
  { value: "viewer", label: "Viewer" },
];

/**
 * The organisation's team: members (change role, remove, transfer ownership), pending invitations
 * (resend, revoke) and inviting someone by e-mail with a role.
 *
 * @tagname billing-admin-team
 */
export class AdminTeam extends AdminElement {
  static override styles = [tokenStyles, adminStyles, formStyles, sectionStyles];

  readonly #form = new FormController(this);
  readonly #team = new PageLoad(this, async () => {
    const api = this.signedIn.api;
    const [members, invitations] = await Promise.all([call(api.GET("/v1/members")), call(api.GET("/v1/invitations"))]);
    return { members: members.data, invitations: invitations.data.filter((invitation) => invitation.status === "pending") };
  });

  async #invite(event: SubmitEvent) {
    const invitation = await this.#form.submit(event, async (values, form) => {
      const created = await call(
        this.signedIn.api.POST("/v1/invitations", { body: { email: values.email ?? "", role: (values.role ?? "member") as Role } }),
      );
      form.reset();
      return created;
    });
    if (invitation) this.#team.reload();
  }

  async #changeRole(member: Member, role: Role) {
    await this.#team.change(() =>
      call(this.signedIn.api.POST("/v1/members/{user_id}", { params: { path: { user_id: member.user_id } }, body: { role } })),
    );
  }

  async #remove(member: Member) {
    const ok = await confirmAction(this, {
      title: `Remove ${member.email}?`,
      message: "They lose access to this organisation at once.",
      confirmLabel: "Remove member",
      danger: true,
    });
    if (ok)
      await this.#team.change(() =>
        call(this.signedIn.api.DELETE("/v1/members/{user_id}", { params: { path: { user_id: member.user_id } } })),
      );
  }

  async #transfer(member: Member) {
    const ok = await confirmAction(this, {
      title: `Make ${member.email} the owner?`,
      message: "They become the owner; you become an admin. Only the new owner can undo this.",
      confirmLabel: "Transfer ownership",
      danger: true,
    });
    if (ok)
      await this.#team.change(() => call(this.signedIn.api.POST("/v1/members/transfer_ownership", { body: { user_id: member.user_id } })));
  }

  async #revoke(invitation: Invitation) {
    const ok = await confirmAction(this, {
      title: `Revoke the invitation to ${invitation.email}?`,
      message: "Its link stops working.",
      confirmLabel: "Revoke invitation",
      danger: true,
    });
    if (ok)
      await this.#team.change(() =>
        call(this.signedIn.api.POST("/v1/invitations/{id}/revoke", { params: { path: { id: invitation.id } } })),
      );
  }

  #member(member: Member, canWrite: boolean) {
    const self = member.user_id === this.signedIn.user.id;
    const owner = this.signedIn.role === "owner";
    const editable = canWrite && !self && member.role !== "owner";
    return html`<li>
      <div class="item"><strong>${member.name ?? member.email}</strong>${member.name ? html`<span class="muted">${member.email}</span>` : nothing}</div>
      <div class="item-actions">
        ${
          editable
            ? html`<select aria-label=${`Role of ${member.email}`}
                @change=${(event: Event) => this.#changeRole(member, (event.target as HTMLSelectElement).value as Role)}>
                ${roles.map((role) => html`<option value=${role.value} ?selected=${role.value === member.role}>${role.label}</option>`)}
              </select>
              ${
                owner
                  ? html`<button class="button" type="button" aria-label=${`Make owner: ${member.email}`} @click=${() => this.#transfer(member)}>
                    Make owner</button>`
                  : nothing
              }
              <button class="button danger" type="button" aria-label=${`Remove ${member.email}`} @click=${() => this.#remove(member)}>Remove</button>`
            : badge(self ? `${member.role} (you)` : member.role)
        }
      </div>
    </li>`;
  }

  #invitation(invitation: Invitation, canWrite: boolean) {
    return html`<li>
      <div class="item"><strong>${invitation.email}</strong>
        <span class="muted">${invitation.role} · expires ${this.formatDate(invitation.expires_at)}</span></div>
      ${
        canWrite
          ? html`<div class="item-actions">
            <button class="button" type="button" aria-label=${`Resend the invitation to ${invitation.email}`}
              @click=${() => this.#team.change(() => call(this.signedIn.api.POST("/v1/invitations/{id}/resend", { params: { path: { id: invitation.id } } })))}>Resend</button>
            <button class="button danger" type="button" aria-label=${`Revoke the invitation to ${invitation.email}`}
              @click=${() => this.#revoke(invitation)}>Revoke</button>
          </div>`
          : nothing
      }
    </li>`;
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("team");
    return html`<billing-admin-page-header heading="Team" description="Who can use this organisation's admin, and what they may change."></billing-admin-page-header>
      <div class="stack">
        ${this.#team.changeError()}
        ${this.#team.render({
          loading: "Loading the team…",
          card: true,
          complete: ({ members, invitations }) => html`<section class="card" aria-labelledby="members-heading">
              <h2 id="members-heading">Members</h2>
              <ul class="items people">${members.map((member) => this.#member(member, canWrite))}</ul>
            </section>
            <section class="card" aria-labelledby="invitations-heading">
              <h2 id="invitations-heading">Pending invitations</h2>
              ${
                invitations.length
                  ? html`<ul class="items people">${invitations.map((invitation) => this.#invitation(invitation, canWrite))}</ul>`
                  : html`<p class="muted">No pending invitation.</p>`
              }
            </section>`,
        })}
        ${
          canWrite
            ? addRowForm(this.#form, {
                id: "invite",
                heading: "Invite someone",
                submitLabel: "Send invitation",
                onSubmit: (event) => this.#invite(event),
                fields: html`${field(this.#form, { name: "email", label: "E-mail", type: "email", required: true, autocomplete: "off" })}
                  ${field(this.#form, { name: "role", label: "Role", value: "member", options: roles })}`,
              })
            : nothing
        }
      </div>`;
  }
}
