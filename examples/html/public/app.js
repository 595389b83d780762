// The page's only script: give the SDK a way to get a customer session from our backend, and react
// to its events. No inline script, so the page runs under a strict Content-Security-Policy.
const email = document.body.dataset.signedIn;
document.body.classList.add(email ? "is-signed-in" : "is-signed-out");
document.getElementById("who").textContent = email ?? "";

// billingos-snippet:start
const provider = document.querySelector("billing-provider");
// Signed in: the SDK asks our backend for a customer session ({ token, expires_at }, kept in memory
// and re-minted before it expires). A visitor gets the pricing table with the publishable key only.
if (email) {
  provider.fetchSession = async () => {
    const response = await fetch("/billing/session", { method: "POST" });
    if (response.status === 401) return null; // signed out in another tab
    if (!response.ok) throw new Error(`session refused (${response.status})`);
    return response.json();
  };
}

provider.addEventListener("billing-plan-select", (event) => {
  if (email) return; // signed in: the pricing table opens <billing-checkout> in place
  event.preventDefault();
  document.getElementById("sign-in-first").hidden = false;
  document.getElementById("email").focus();
});

provider.addEventListener("billing-checkout-complete", (event) => {
  const welcome = document.getElementById("welcome");
  welcome.textContent = "Thank you! Your new plan is active.";
  welcome.hidden = false;
});
// billingos-snippet:end
