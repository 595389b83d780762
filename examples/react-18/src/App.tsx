// React 18 sets every prop of a custom element as a string attribute and cannot listen to custom
// events, so this page uses the SDK's @lit/react wrappers: props become properties (fetchSession is
// a function) and `billing-…` events become `onBilling…` props.
import type { FetchSession, PlanSelectEvent } from "@billingos/sdk";
import { BillingFeatureGate, BillingPricingTable, BillingProvider } from "@billingos/sdk/react";
import { useRef, useState } from "react";

interface Props {
  /** The signed-in user's e-mail; undefined for a visitor. */
  email: string | undefined;
  apiBase: string;
  publishableKey: string;
}

// billingos-snippet:start
/** Our backend mints a customer session ({ token, expires_at }); the SDK keeps it in memory and asks again before it expires. */
const fetchSession: FetchSession = async () => {
  const response = await fetch("/billing/session", { method: "POST" });
  if (response.status === 401) return null; // signed out in another tab
  if (!response.ok) throw new Error(`session refused (${response.status})`);
  return response.json();
};
// billingos-snippet:end

export function App({ email, apiBase, publishableKey }: Props) {
  const [paid, setPaid] = useState(false);
  const [signInFirst, setSignInFirst] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);

  // Signed in: the pricing table opens <billing-checkout> in place. A visitor is asked to sign in first.
  const onPlanSelect = (event: PlanSelectEvent) => {
    if (email) return;
    event.preventDefault();
    setSignInFirst(true);
    emailInput.current?.focus();
  };

  return (
    <>
      <header className="top">
        <a className="brand" href="/">
          <span className="logo" aria-hidden="true">
            ✎
          </span>{" "}
          Acme Notes
        </a>
        {email ? (
          <form className="account" method="post" action="/logout">
            <span>
              Signed in as <strong>{email}</strong>
            </span>
            <button type="submit" className="link">
              Sign out
            </button>
          </form>
        ) : (
          <form className="account" method="post" action="/login">
            <label htmlFor="email">E-mail</label>
            <input ref={emailInput} id="email" name="email" type="email" autoComplete="email" placeholder="you@example.com" required />
            <button type="submit">Sign in</button>
          </form>
        )}
      </header>
      <main>
        <section className="hero">
          <h1>Notes that keep up with your team</h1>
          <p>Start free. Upgrade when you need more projects, more API calls and single sign-on.</p>
          <p id="welcome" className="welcome" role="status" hidden={!paid}>
            {paid ? "Thank you! Your new plan is active." : ""}
          </p>
          <p id="sign-in-first" className="hint" role="status" hidden={!signInFirst}>
            {signInFirst ? "Sign in above to choose a plan." : ""}
          </p>
        </section>
        {/* billingos-snippet:start */}
        <BillingProvider
          publishableKey={publishableKey}
          apiBase={apiBase}
          fetchSession={email ? fetchSession : null}
          onBillingPlanSelect={onPlanSelect}
          onBillingCheckoutComplete={() => setPaid(true)}
        >
          <section className="notes" aria-labelledby="team-notes">
            <h2 id="team-notes">Team notes</h2>
            <BillingFeatureGate feature="sso">
              <ul>
                <li>Roadmap: ship shared notebooks</li>
                <li>Launch plan: invite the whole team with single sign-on</li>
              </ul>
              <p slot="fallback" className="locked">
                Shared team notes and single sign-on come with Pro and Enterprise.
              </p>
            </BillingFeatureGate>
          </section>
          <BillingPricingTable />
        </BillingProvider>
        {/* billingos-snippet:end */}
      </main>
      <footer>Acme Notes is a demo app for BillingOS. Test cards only: 4242 4242 4242 4242.</footer>
    </>
  );
}
