// The billing page's only script: the customer session from our backend (as on the pricing page),
// and a form that makes API calls, which our backend counts with sdk/server track().
const email = document.body.dataset.signedIn;
document.body.classList.add(email ? "is-signed-in" : "is-signed-out");
document.getElementById("who").textContent = email ?? "";

const provider = document.querySelector("billing-provider");
if (email) {
  provider.fetchSession = async () => {
    const response = await fetch("/billing/session", { method: "POST" });
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(`session refused (${response.status})`);
    return response.json();
  };
}

document.getElementById("api-calls").addEventListener("submit", async (event) => {
  event.preventDefault();
  const calls = Number(new FormData(event.target).get("calls"));
  const result = document.getElementById("api-result");
  const response = await fetch("/api/calls", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ calls }),
  });
  const body = await response.json();
  result.textContent = response.ok ? `${calls.toLocaleString()} ${calls === 1 ? "call" : "calls"} recorded.` : body.error;
  // The meters would see it at the next poll; this page knows usage changed, so it asks now.
  if (response.ok) await provider.client?.refreshCustomerState();
});
