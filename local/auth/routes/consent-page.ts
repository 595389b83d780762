import { escapeHtml } from "../http/respond";

/**
 * The stand-in OAuth provider's consent screen. Server-rendered with every value escaped; plain
 * forms, no script, so it works under the strict CSP.
 */
export function consentPage({ provider, state, emails }: { provider: string; state: string; emails: string[] }): string {
  const name = escapeHtml(provider);
  const hiddenState = `<input type="hidden" name="state" value="${escapeHtml(state)}">`;
  const action = `/provider/${encodeURIComponent(provider)}/authorize`;
  const quickPicks = emails
    .map(
      (email) => `<form method="post" action="${action}" class="pick">${hiddenState}
        <input type="hidden" name="email" value="${escapeHtml(email)}">
        <button type="submit" name="decision" value="approve">Continue as ${escapeHtml(email)}</button></form>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with ${name} (local)</title>
<link rel="stylesheet" href="/mailbox/style.css">
</head>
<body>
<main class="consent">
  <h1>Sign in with ${name}</h1>
  <p class="note">Local stand-in for ${name}: nothing leaves this machine. Pick the account to sign in as.</p>
  ${quickPicks}
  <form method="post" action="${action}" id="approve">
    ${hiddenState}
    <label for="email">E-mail</label>
    <input id="email" name="email" type="email" required autocomplete="email" placeholder="you@example.test">
    <button type="submit" name="decision" value="approve">Authorize</button>
  </form>
  <form method="post" action="${action}" id="deny">
    ${hiddenState}
    <button type="submit" name="decision" value="deny" class="secondary">Cancel</button>
  </form>
</main>
</body>
</html>`;
}
