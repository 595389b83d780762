import { readPkceChallenge } from "../accounts/pkce";
import { type Emulator, withFragment, withQuery } from "../emulator";
import { badRequest } from "../http/errors";
import { normaliseEmail, optionalString, readBody } from "../http/request";
import { redirect, sendPage } from "../http/respond";
import type { Router } from "../http/router";
import type { OAuthFlowRecord } from "../store/records";
import { randomSecret, secretsEqual, sha256 } from "../tokens/secrets";
import { consentPage } from "./consent-page";

/** Providers the local stand-in answers for; each gets the same consent page. */
export const OAUTH_PROVIDERS = ["github", "google", "gitlab"];
/** Time a person has to approve on the consent page. */
const FLOW_SECONDS = 600;

/**
 * GoTrue's OAuth sign-in with a local stand-in for the provider:
 * `/authorize` → the provider's consent page (`/provider/<name>/authorize`) → `/callback` → the app.
 */
export function registerOAuthRoutes(router: Router, emulator: Emulator): void {
  router.on("GET", "/auth/v1/authorize", ({ response, url }) => {
    const query = Object.fromEntries(url.searchParams);
    const provider = query.provider ?? "";
    if (!OAUTH_PROVIDERS.includes(provider))
      throw badRequest("validation_failed", `Unsupported provider: Provider ${provider} could not be found`);
    const pkce = readPkceChallenge(query);
    const state = randomSecret();
    emulator.store.pruneExpired();
    emulator.store.state.oauthFlows.push({
      stateDigest: sha256(state),
      provider,
      redirectTo: emulator.redirectTarget(query.redirect_to),
      expiresAt: new Date(Date.now() + FLOW_SECONDS * 1_000).toISOString(),
      ...(pkce ? { codeChallenge: pkce.challenge, codeChallengeMethod: pkce.method } : {}),
    });
    emulator.store.save();
    redirect(response, `${emulator.config.url}/provider/${provider}/authorize?state=${encodeURIComponent(state)}`);
  });

  router.on("GET", "/provider/:provider/authorize", ({ response, url, params }) => {
    const state = url.searchParams.get("state") ?? "";
    const flow = findFlow(emulator, state);
    if (!flow || flow.provider !== params.provider) throw badRequest("bad_oauth_state", "OAuth state parameter is invalid or has expired");
    sendPage(response, 200, consentPage({ provider: flow.provider, state, emails: recentEmails(emulator) }), [
      new URL(flow.redirectTo).origin,
    ]);
  });

  // The person approved or denied on the stand-in provider; it sends them back to GoTrue's callback.
  router.on("POST", "/provider/:provider/authorize", async ({ request, response, params }) => {
    const body = await readBody(request);
    const state = optionalString(body, "state") ?? "";
    const flow = findFlow(emulator, state);
    if (!flow || flow.provider !== params.provider) throw badRequest("bad_oauth_state", "OAuth state parameter is invalid or has expired");
    const callback = new URL(`${emulator.authUrl}/callback`);
    callback.searchParams.set("state", state);
    if (body.decision === "deny") {
      callback.searchParams.set("error", "access_denied");
      callback.searchParams.set("error_description", "The user denied the request");
      return redirect(response, callback.toString());
    }
    const email = normaliseEmail(optionalString(body, "email"));
    const code = randomSecret();
    flow.providerCodeDigest = sha256(code);
    flow.providerEmail = email;
    emulator.store.save();
    callback.searchParams.set("code", code);
    redirect(response, callback.toString());
  });

  router.on("GET", "/auth/v1/callback", async ({ response, url }) => {
    const flow = findFlow(emulator, url.searchParams.get("state") ?? "");
    if (!flow) throw badRequest("bad_oauth_state", "OAuth state parameter is invalid or has expired");
    emulator.store.state.oauthFlows = emulator.store.state.oauthFlows.filter((candidate) => candidate !== flow);
    emulator.store.save();
    const providerError = url.searchParams.get("error");
    const code = url.searchParams.get("code") ?? "";
    if (providerError || !flow.providerCodeDigest || !flow.providerEmail || !secretsEqual(sha256(code), flow.providerCodeDigest)) {
      const description = url.searchParams.get("error_description") ?? "Unable to exchange external code";
      return redirect(
        response,
        withFragment(flow.redirectTo, {
          error: providerError ?? "server_error",
          error_code: "bad_oauth_callback",
          error_description: description,
        }),
      );
    }
    const user = signInWithProvider(emulator, flow.provider, flow.providerEmail);
    if (flow.codeChallenge && flow.codeChallengeMethod) {
      const authCode = emulator.authCodes.issue(user, { challenge: flow.codeChallenge, method: flow.codeChallengeMethod }, "oauth");
      return redirect(response, withQuery(flow.redirectTo, { code: authCode }));
    }
    const session = await emulator.sessions.start(user, "oauth");
    redirect(
      response,
      withFragment(flow.redirectTo, {
        access_token: session.access_token,
        expires_at: session.expires_at,
        expires_in: session.expires_in,
        provider_token: randomSecret(),
        refresh_token: session.refresh_token,
        token_type: session.token_type,
      }),
    );
  });
}

/** A provider account is a verified e-mail: a new person gets a user, a known one gets the identity linked. */
function signInWithProvider(emulator: Emulator, provider: string, email: string) {
  // Providers have stable numeric ids; derive one from the e-mail so it survives restarts.
  const providerId = String(Number.parseInt(sha256(`${provider}:${email}`).slice(0, 12), 16));
  const existing = emulator.store.userByEmail(email);
  if (existing) {
    emulator.store.linkIdentity(existing, provider, providerId);
    existing.emailConfirmedAt ??= new Date().toISOString();
    return existing;
  }
  const userName = email.split("@")[0] ?? email;
  return emulator.store.createUser({
    email,
    provider,
    providerId,
    confirmed: true,
    userMetadata: {
      email,
      email_verified: true,
      iss: `local-${provider}`,
      provider_id: providerId,
      sub: providerId,
      user_name: userName,
      preferred_username: userName,
    },
  });
}

function findFlow(emulator: Emulator, state: string): OAuthFlowRecord | undefined {
  if (!state) return undefined;
  const digest = sha256(state);
  const flow = emulator.store.state.oauthFlows.find((candidate) => secretsEqual(candidate.stateDigest, digest));
  return flow && Date.parse(flow.expiresAt) > Date.now() ? flow : undefined;
}

/** Known addresses offered as one-click choices on the consent page. */
function recentEmails(emulator: Emulator): string[] {
  return emulator.store.state.users
    .slice(-5)
    .map((user) => user.email)
    .reverse();
}
