import { randomUUID } from "node:crypto";
import type { AuthStore } from "../store/auth-store";
import type { MailRecord } from "../store/records";

/** What a local service hands the mailbox (`POST /mailbox/send` body, or `Mailbox.deliver`). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Optional HTML body; the mailbox page never renders it as markup, only lists its links. */
  html?: string;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;
const HREF_IN_HTML = /href\s*=\s*"(https?:\/\/[^"]+)"/gi;

/** Every e-mail the local stack sends ends up here instead of leaving the machine. */
export class Mailbox {
  constructor(private readonly store: AuthStore) {}

  deliver(mail: OutgoingMail): MailRecord {
    const html = mail.html ?? "";
    const links = new Set<string>(mail.text.match(URL_IN_TEXT) ?? []);
    for (const match of html.matchAll(HREF_IN_HTML)) if (match[1]) links.add(decodeHtmlAttribute(match[1]));
    const record: MailRecord = {
      id: randomUUID(),
      to: mail.to.trim().toLowerCase(),
      subject: mail.subject,
      text: mail.text,
      html,
      links: [...links],
      created_at: new Date().toISOString(),
    };
    this.store.state.mail.push(record);
    this.store.save();
    return record;
  }

  /** Newest first; `to` filters by recipient (case-insensitive, as e-mail addresses are). */
  list(to?: string): MailRecord[] {
    const wanted = to?.trim().toLowerCase();
    return this.store.state.mail.filter((mail) => !wanted || mail.to === wanted).reverse();
  }
}

function decodeHtmlAttribute(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"');
}
