import { escapeHtml } from "../http/respond";
import type { EmailTokenType } from "../store/records";
import type { OutgoingMail } from "./mailbox";

/** Subjects as in Supabase's default e-mail templates. */
const SUBJECTS: Record<EmailTokenType, string> = {
  signup: "Confirm Your Signup",
  magiclink: "Your Magic Link",
  recovery: "Reset Your Password",
  invite: "You have been invited",
};

const LEAD: Record<EmailTokenType, string> = {
  signup: "Follow this link to confirm your account and sign in:",
  magiclink: "Follow this link to sign in:",
  recovery: "Follow this link to reset the password for your account:",
  invite: "You have been invited to create an account. Follow this link to accept the invite:",
};

/** The e-mail GoTrue sends for a sign-in, with both the link and the 6-digit code. */
export function authMail(type: EmailTokenType, to: string, link: string, code: string): OutgoingMail {
  const text = `${LEAD[type]}\n\n${link}\n\nOr enter this code: ${code}\n\nThe link and the code work once and expire in one hour.\n`;
  const html = [
    `<h2>${escapeHtml(SUBJECTS[type])}</h2>`,
    `<p>${escapeHtml(LEAD[type])}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(SUBJECTS[type])}</a></p>`,
    `<p>Or enter this code: <strong>${escapeHtml(code)}</strong></p>`,
  ].join("\n");
  return { to, subject: SUBJECTS[type], text, html };
}
