import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminInvitation } from "./admin-invitation";

async function accept(role: string, token: string) {
  const api = fakeAdminApi({ "POST /v1/invitations/accept": { body: { organization: "org_acme", role } } });
  const session = testSession(api);
  const page = await adminFixture<AdminInvitation>(
    html`<billing-admin-invitation .api=${session.userApi} token=${token}></billing-admin-invitation>`,
    session,
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("h1")?.textContent === "Invitation accepted", "accepted");
  return root.querySelector("p")?.textContent;
}

describe("<billing-admin-invitation>", () => {
  it("says the role joined with its article: a viewer, a member, an admin", async () => {
    expect(await accept("viewer", "inv_viewer")).to.equal("You joined as a viewer.");
    expect(await accept("member", "inv_member")).to.equal("You joined as a member.");
    expect(await accept("admin", "inv_admin")).to.equal("You joined as an admin.");
  });
});
