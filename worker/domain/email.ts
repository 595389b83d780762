export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Posts a transactional e-mail to the configured HTTP e-mail API (locally, the auth emulator's
 * mailbox). Returns whether it was accepted; callers decide what a failure means.
 */
export async function sendEmail(endpoint: { url: string; key?: string }, email: Email): Promise<boolean> {
  try {
    const response = await fetch(endpoint.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(endpoint.key ? { Authorization: `Bearer ${endpoint.key}` } : {}) },
      body: JSON.stringify(email),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Escapes text for an HTML e-mail body: names and e-mail addresses are data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
