import { readFileSync } from "node:fs";

const browserFile = (name: string) => readFileSync(new URL(`./browser/${name}`, import.meta.url), "utf8");

export const MAILBOX_SCRIPT = browserFile("mailbox-page.js");
export const MAILBOX_STYLE = browserFile("style.css");

/** The mailbox page shell; messages are filled in by the script with DOM APIs. */
export const MAILBOX_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mailbox · BillingOS local</title>
<link rel="stylesheet" href="/mailbox/style.css">
<script type="module" src="/mailbox/mailbox-page.js"></script>
</head>
<body>
<header>
  <h1>Mailbox</h1>
  <label>To <input id="to" type="search" placeholder="filter by address" aria-label="Filter by recipient"></label>
</header>
<div class="mailbox">
  <nav aria-label="Messages"><p id="empty" class="note">No mail yet. Sign in with a magic link and it shows up here.</p><ul id="messages"></ul></nav>
  <section id="reader" aria-live="polite"></section>
</div>
</body>
</html>`;
