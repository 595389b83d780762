import { createClient, type Session } from "@supabase/supabase-js";
import { acceptInvitation } from "./accept-invitation";
import { showHome } from "./home";
import { showSignIn } from "./sign-in";

interface AdminConfig {
  supabase_url: string;
  supabase_anon_key: string;
}

/** The merchant admin: sign in with Supabase Auth, then act through the BillingOS API. */
async function main() {
  const config = (await (await fetch("/admin/config.json")).json()) as AdminConfig;
  const supabase = createClient(config.supabase_url, config.supabase_anon_key, { auth: { flowType: "pkce", detectSessionInUrl: true } });
  const invitation =
    window.location.pathname === "/admin/accept-invitation" ? new URLSearchParams(window.location.search).get("token") : null;
  let current: string | undefined;
  const render = (session: Session | null) => {
    const key = session ? `in:${session.user.id}` : "out";
    if (key === current) return;
    current = key;
    if (!session)
      return showSignIn(
        supabase,
        invitation ? "Sign in with the invited address to accept the invitation." : "We e-mail you a sign-in link.",
      );
    if (invitation) return void acceptInvitation(supabase, invitation);
    void showHome(supabase, session.user.email ?? "");
  };
  supabase.auth.onAuthStateChange((_event, session) => render(session));
  const { data } = await supabase.auth.getSession();
  render(data.session);
}

void main();
