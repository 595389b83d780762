import { EmailTokens } from "./accounts/email-tokens";
import { AuthCodes } from "./accounts/pkce";
import { Sessions } from "./accounts/sessions";
import { Mailbox } from "./mailbox/mailbox";
import type { AuthStore } from "./store/auth-store";
import type { TokenSigner } from "./tokens/signing";

export interface EmulatorConfig {
  /** Where the emulator answers, e.g. `http://127.0.0.1:9999` (GoTrue's API is under `/auth/v1`). */
  url: string;
  /** Default redirect target, and the origin redirects are allowed to besides loopback hosts. */
  siteUrl: string;
  otpIntervalSeconds: number;
  otpExpirySeconds: number;
}

/** Everything a route needs, built once per running emulator. */
export class Emulator {
  readonly sessions: Sessions;
  readonly emailTokens: EmailTokens;
  readonly authCodes: AuthCodes;
  readonly mailbox: Mailbox;

  constructor(
    readonly config: EmulatorConfig,
    readonly store: AuthStore,
    readonly signer: TokenSigner,
  ) {
    this.sessions = new Sessions(store, signer);
    this.emailTokens = new EmailTokens(store, config.otpExpirySeconds);
    this.authCodes = new AuthCodes(store);
    this.mailbox = new Mailbox(store);
  }

  get authUrl(): string {
    return `${this.config.url}/auth/v1`;
  }

  /**
   * GoTrue only redirects to the site URL or allow-listed URLs, so tokens never land on a stranger's
   * page. Locally the allow list is the site URL's origin and any loopback address.
   */
  redirectTarget(candidate: string | undefined): string {
    if (!candidate) return this.config.siteUrl;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return this.config.siteUrl;
    }
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) || url.hostname.endsWith(".localhost");
    const sameSite = url.origin === new URL(this.config.siteUrl).origin;
    return (url.protocol === "http:" || url.protocol === "https:") && (loopback || sameSite) ? url.toString() : this.config.siteUrl;
  }
}

/** `target` with `params` in the fragment (implicit flow: tokens never reach a server log). */
export function withFragment(target: string, params: Record<string, string | number>): string {
  const url = new URL(target);
  url.hash = new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, String(value)])).toString();
  return url.toString();
}

/** `target` with `params` added to its query (PKCE flow: `?code=`). */
export function withQuery(target: string, params: Record<string, string>): string {
  const url = new URL(target);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
