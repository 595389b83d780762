import type { Emulator } from "../emulator";
import { badRequest } from "../http/errors";
import { normaliseEmail, optionalString, readBody } from "../http/request";
import { sendAsset, sendJson, sendPage } from "../http/respond";
import type { Router } from "../http/router";
import { requireServiceRole } from "../routes/admin";
import { MAILBOX_PAGE, MAILBOX_SCRIPT, MAILBOX_STYLE } from "./page";

const MAX_SUBJECT = 998; // RFC 5322 line limit

/** The mailbox page for people, its JSON for tests, and the send endpoint for local services. */
export function registerMailboxRoutes(router: Router, emulator: Emulator): void {
  router.on("GET", "/mailbox", ({ response }) => sendPage(response, 200, MAILBOX_PAGE));
  router.on("GET", "/mailbox/mailbox-page.js", ({ response }) => sendAsset(response, "text/javascript", MAILBOX_SCRIPT));
  router.on("GET", "/mailbox/style.css", ({ response }) => sendAsset(response, "text/css", MAILBOX_STYLE));

  router.on("GET", "/mailbox/messages", ({ response, url }) => {
    const to = url.searchParams.get("to") ?? undefined;
    sendJson(
      response,
      200,
      emulator.mailbox
        .list(to)
        .map(({ id, to, subject, text, html, links, created_at }) => ({ id, to, subject, text, html, links, created_at })),
    );
  });

  // Other local services (the API's invitation e-mails) deliver here with the service-role key.
  router.on("POST", "/mailbox/send", async ({ request, response }) => {
    requireServiceRole(emulator, request);
    const body = await readBody(request);
    const to = normaliseEmail(optionalString(body, "to"));
    const subject = optionalString(body, "subject");
    const text = optionalString(body, "text");
    if (!subject || subject.length > MAX_SUBJECT) throw badRequest("validation_failed", "subject is required (at most 998 characters)");
    if (!text) throw badRequest("validation_failed", "text is required");
    const mail = emulator.mailbox.deliver({ to, subject, text, html: optionalString(body, "html") ?? "" });
    sendJson(response, 200, { id: mail.id, to: mail.to, subject: mail.subject, links: mail.links, created_at: mail.created_at });
  });
}
