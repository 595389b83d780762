import type { Context } from "hono";
import type { Router } from "../../app/router";
import type { AppEnv } from "../../shared/env";

/** Text for an HTML attribute or element: the links come from settings, never trusted as markup. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] as string);

/** The ways in, in the order a newcomer needs them; the mailbox and examples only where they run (npm start sets their URLs). */
function links(env: Env): Array<{ href: string; label: string; what: string }> {
  const mailbox: string = env.MAILBOX_URL;
  const examples: string = env.EXAMPLES_URL;
  return [
    { href: "/admin/", label: "Admin", what: "run the business: catalogue, customers, keys, team" },
    { href: "/docs", label: "API docs", what: "every route, tried live with your key (OpenAPI at /openapi.json)" },
    ...(mailbox ? [{ href: mailbox, label: "Mailbox", what: "sign-in links and every e-mail the stack sent" }] : []),
    ...(examples ? [{ href: examples, label: "Examples", what: "merchant pages that use the billing tags" }] : []),
    { href: "/health", label: "Health", what: "database reachability and migration version" },
  ];
}

function page(env: Env): string {
  const items = links(env)
    .map((link) => `    <li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a> — ${escapeHtml(link.what)}</li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>BillingOS</title>
  <link rel="icon" href="data:,">
</head>
<body>
  <main>
  <h1>BillingOS</h1>
  <p>The API lives under <code>/v1</code>. Where to go from here:</p>
  <ul>
${items}
  </ul>
  </main>
</body>
</html>
`;
}

/** `GET /`: a small page of links, so opening the API's address in a browser leads somewhere. */
export function mountHome(app: Router) {
  app.get("/", (c: Context<AppEnv>) => c.html(page(c.env)));
}
