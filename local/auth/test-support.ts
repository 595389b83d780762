import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SupabaseClientOptions } from "@supabase/supabase-js";
import { type AuthEmulator, type AuthEmulatorOptions, startAuthEmulator } from "./server";
import { createNodeSupabaseClient } from "./supabase-client";

export interface TestAuth extends AuthEmulator {
  dataDir: string;
  /** Stops the emulator and removes its data directory. */
  dispose(): Promise<void>;
}

/** An emulator on a free port with a fresh data directory; no rate limit unless asked for. */
export async function startTestAuth(options: Partial<AuthEmulatorOptions> = {}): Promise<TestAuth> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "billingos-auth-")));
  const auth = await startAuthEmulator({ port: 0, otpIntervalSeconds: 0, ...options, dataDir });
  return {
    ...auth,
    dataDir,
    dispose: async () => {
      await auth.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function client(auth: AuthEmulator, options: SupabaseClientOptions<"public"> = {}) {
  return createNodeSupabaseClient(auth.url, auth.anonKey, options);
}

export function adminClient(auth: AuthEmulator) {
  return createNodeSupabaseClient(auth.url, auth.serviceRoleKey);
}

export interface ReceivedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  created_at: string;
}

export async function inbox(auth: AuthEmulator, to: string): Promise<ReceivedMail[]> {
  const response = await fetch(`${auth.url}/mailbox/messages?to=${encodeURIComponent(to)}`);
  assert.equal(response.status, 200);
  return (await response.json()) as ReceivedMail[];
}

/** The newest sign-in mail to `to`, with its link and 6-digit code. */
export async function latestSignInMail(auth: AuthEmulator, to: string) {
  const [mail] = await inbox(auth, to);
  assert.ok(mail, `no mail for ${to}`);
  const code = /code: (\d{6})/.exec(mail.text)?.[1];
  const link = mail.links.find((href) => href.includes("/auth/v1/verify"));
  assert.ok(code && link, "the mail carries a code and a verify link");
  return { mail, code, link };
}

/** Follows one redirect without letting fetch chase it, returning the Location as a URL. */
export async function followOnce(url: string): Promise<URL> {
  const response = await fetch(url, { redirect: "manual" });
  assert.equal(response.status, 303, `expected a redirect from ${url}`);
  const location = response.headers.get("location");
  assert.ok(location);
  return new URL(location);
}

export function fragmentParams(url: URL): URLSearchParams {
  return new URLSearchParams(url.hash.slice(1));
}
