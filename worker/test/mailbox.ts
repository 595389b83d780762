import { env } from "cloudflare:workers";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Messages the auth emulator's mailbox received for `to`, newest first. */
export async function mailFor(to: string): Promise<Mail[]> {
  const response = await fetch(`${env.SUPABASE_URL}/mailbox/messages?to=${encodeURIComponent(to)}`);
  return response.json();
}

/** The invitation token from the newest mail to `to`. */
export async function invitationToken(to: string): Promise<string> {
  const [mail] = await mailFor(to);
  const token = mail && /accept-invitation\?token=([A-Za-z0-9]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no invitation mail for ${to}`);
  return token;
}
