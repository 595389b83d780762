// The card form inside the Payment Element iframe (emulator origin). It talks to its parent page only
// through postMessage with the parent's exact origin, and sends the card only to the emulator.
(() => {
  const SOURCE = "billingos-stripe";
  const query = new URLSearchParams(location.search);
  const parentOrigin = query.get("parent") || "";
  const key = query.get("pk") || "";
  const account = query.get("account");
  const form = document.getElementById("card-form");
  const number = document.getElementById("card-number");
  const expiry = document.getElementById("card-expiry");
  const cvc = document.getElementById("card-cvc");
  const error = document.getElementById("card-error");

  const variables = JSON.parse(query.get("appearance") || "{}");
  const style = document.documentElement.style;
  if (typeof variables.colorPrimary === "string") style.setProperty("--color-primary", variables.colorPrimary);
  if (typeof variables.colorText === "string") style.setProperty("--color-text", variables.colorText);
  if (typeof variables.fontFamily === "string") style.setProperty("--font-family", variables.fontFamily);
  if (typeof variables.borderRadius === "string") style.setProperty("--border-radius", variables.borderRadius);
  if (typeof variables.colorBackground === "string") style.setProperty("--color-background", variables.colorBackground);
  // Stripe's "night" theme: a dark frame, so it blends into a dark page instead of showing a white box.
  if (query.get("theme") === "night") style.setProperty("color-scheme", "dark");

  function post(message) {
    if (parentOrigin) window.parent.postMessage({ source: SOURCE, ...message }, parentOrigin);
  }

  function complete() {
    return (
      number.value.replace(/\s+/g, "").length >= 12 &&
      /^\d{2}\s*\/\s*\d{2}$/.test(expiry.value.trim()) &&
      /^\d{3,4}$/.test(cvc.value.trim())
    );
  }

  form.addEventListener("input", () => {
    error.textContent = "";
    post({ type: "change", complete: complete(), empty: !number.value && !expiry.value && !cvc.value });
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  async function createPaymentMethod() {
    const [month, year] = expiry.value.split("/").map((part) => part.trim());
    const body = new URLSearchParams({
      type: "card",
      "card[number]": number.value.replace(/\s+/g, ""),
      "card[exp_month]": month || "",
      "card[exp_year]": year || "",
      "card[cvc]": cvc.value.trim(),
    });
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/x-www-form-urlencoded" };
    if (account) headers["stripe-account"] = account;
    const response = await fetch("/v1/payment_methods", { method: "POST", headers, body });
    const json = await response.json();
    if (!response.ok)
      return {
        error: {
          type: json.error.type === "card_error" ? "validation_error" : json.error.type,
          code: json.error.code,
          message: json.error.message,
        },
      };
    return { paymentMethod: json.id };
  }

  window.addEventListener("message", async (event) => {
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    const message = event.data || {};
    if (message.source !== SOURCE || message.type !== "submit") return;
    if (!complete()) {
      const incomplete = { type: "validation_error", code: "incomplete_number", message: "Your card number is incomplete." };
      error.textContent = incomplete.message;
      post({ type: "submitted", id: message.id, error: incomplete });
      return;
    }
    const result = await createPaymentMethod();
    if (result.error) error.textContent = result.error.message;
    post({ type: "submitted", id: message.id, ...result });
  });

  post({ type: "ready" });
})();
