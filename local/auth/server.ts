import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Emulator } from "./emulator";
import { Router } from "./http/router";
import { registerMailboxRoutes } from "./mailbox/routes";
import { registerAdminRoutes, registerInviteRoute } from "./routes/admin";
import { registerEmailSignInRoutes } from "./routes/email-sign-in";
import { registerMetaRoutes } from "./routes/meta";
import { registerOAuthRoutes } from "./routes/oauth";
import { registerTokenRoutes } from "./routes/token";
import { registerUserRoutes } from "./routes/user";
import { registerVerifyRoutes } from "./routes/verify";
import { AuthStore } from "./store/auth-store";
import type { AuthState } from "./store/records";
import { StateFile } from "./store/state-file";
import { generateSigningKey, TokenSigner } from "./tokens/signing";

export interface AuthEmulatorOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where `auth-state.json` (signing key, users, sessions, mail) lives; it survives restarts. */
  dataDir: string;
  host?: string;
  /** Default redirect after e-mail links and OAuth; defaults to the emulator's own URL. */
  siteUrl?: string;
  /** Users to create when missing (the demo owner), confirmed, signing in by e-mail. */
  users?: Array<{ id: string; email: string }>;
  /** Minimum seconds between sign-in e-mails to one address (Supabase: 60). */
  otpIntervalSeconds?: number;
  /** Lifetime of e-mail links and codes (Supabase: 3600). */
  otpExpirySeconds?: number;
}

export interface AuthEmulator {
  /** Base URL to give supabase-js (`createClient(url, anonKey)`); GoTrue answers under `/auth/v1`. */
  url: string;
  port: number;
  anonKey: string;
  serviceRoleKey: string;
  jwksUrl: string;
  stop(): Promise<void>;
}

/** Starts the local Supabase Auth (GoTrue) emulator with its mailbox. */
export async function startAuthEmulator(options: AuthEmulatorOptions): Promise<AuthEmulator> {
  const host = options.host ?? "127.0.0.1";
  // Requests that arrive while the state loads wait for the routes instead of hanging unanswered.
  let routerReady: (router: Router) => void = () => {};
  const routes = new Promise<Router>((resolve) => {
    routerReady = resolve;
  });
  const server = createServer((request, response) => {
    // No keep-alive: a client in the same process (tests, tools) would otherwise reuse a socket
    // the emulator closed on stop and fail its first request after a restart.
    response.setHeader("connection", "close");
    void routes.then((router) => router.handle(request, response, url, allowedHosts));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  // Loopback names only, so a web page cannot reach the emulator through DNS rebinding; a wildcard
  // bind (0.0.0.0, ::) is a deliberate choice to be reachable under any name.
  const wildcard = host === "0.0.0.0" || host === "::";
  const allowedHosts = wildcard ? [] : ["127.0.0.1", "localhost", "[::1]", host.includes(":") ? `[${host}]` : host];
  try {
    const file = new StateFile(options.dataDir);
    const state = file.load() ?? (await freshState());
    const store = new AuthStore(state, file);
    // The issuer follows the URL, so a port change gives new tokens a new `iss`, as a new project would.
    const signer = await TokenSigner.create(state.signingKey, `${url}/auth/v1`);
    if (!state.apiKeys.anon) state.apiKeys = { anon: await signer.apiKey("anon"), serviceRole: await signer.apiKey("service_role") };
    for (const seed of options.users ?? []) {
      if (!store.userById(seed.id) && !store.userByEmail(seed.email.toLowerCase())) {
        store.createUser({ id: seed.id, email: seed.email.toLowerCase(), confirmed: true });
      }
    }
    store.pruneExpired();
    store.save();

    const emulator = new Emulator(
      {
        url,
        siteUrl: options.siteUrl ?? url,
        otpIntervalSeconds: options.otpIntervalSeconds ?? 60,
        otpExpirySeconds: options.otpExpirySeconds ?? 3_600,
      },
      store,
      signer,
    );
    const router = new Router();
    for (const register of [
      registerMetaRoutes,
      registerEmailSignInRoutes,
      registerVerifyRoutes,
      registerTokenRoutes,
      registerUserRoutes,
      registerOAuthRoutes,
      registerAdminRoutes,
      registerInviteRoute,
      registerMailboxRoutes,
    ]) {
      register(router, emulator);
    }
    routerReady(router);
    let stopped: Promise<void> | undefined;

    return {
      url,
      port,
      anonKey: state.apiKeys.anon,
      serviceRoleKey: state.apiKeys.serviceRole,
      jwksUrl: `${url}/auth/v1/.well-known/jwks.json`,
      stop: () => {
        stopped ??= new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        });
        return stopped;
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

async function freshState(): Promise<AuthState> {
  return {
    version: 1,
    signingKey: await generateSigningKey(),
    apiKeys: { anon: "", serviceRole: "" },
    users: [],
    sessions: [],
    refreshTokens: [],
    emailTokens: [],
    authCodes: [],
    oauthFlows: [],
    lastEmailSentAt: {},
    mail: [],
  };
}
