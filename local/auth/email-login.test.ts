import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { client, followOnce, fragmentParams, inbox, latestSignInMail, startTestAuth, type TestAuth } from "./test-support";

let auth: TestAuth;
before(async () => {
  auth = await startTestAuth({ otpExpirySeconds: 0.4 });
});
after(() => auth.dispose());

describe("e-mail sign-in through supabase-js", () => {
  it("signs a new address up with a magic link: mail in the mailbox, link redirects with a session", async () => {
    const supabase = client(auth);
    const { error } = await supabase.auth.signInWithOtp({
      email: "New.Person@Example.test",
      options: { emailRedirectTo: "http://127.0.0.1:3000/welcome" },
    });
    assert.equal(error, null);
    const { mail, link } = await latestSignInMail(auth, "new.person@example.test");
    assert.equal(mail.subject, "Confirm Your Signup");
    assert.ok(mail.html.includes("<a href="), "the HTML body links too");

    const landed = await followOnce(link);
    assert.equal(`${landed.origin}${landed.pathname}`, "http://127.0.0.1:3000/welcome");
    const tokens = fragmentParams(landed);
    assert.equal(tokens.get("token_type"), "bearer");
    assert.equal(tokens.get("expires_in"), "3600");
    assert.equal(tokens.get("type"), "signup");
    const access = tokens.get("access_token") ?? "";
    const { data, error: setError } = await supabase.auth.setSession({
      access_token: access,
      refresh_token: tokens.get("refresh_token") ?? "",
    });
    assert.equal(setError, null);
    assert.equal(data.user?.email, "new.person@example.test");
    assert.ok(data.user?.email_confirmed_at, "following the link confirms the address");

    const again = await followOnce(link);
    assert.equal(fragmentParams(again).get("error_code"), "otp_expired", "a link works once");
  });

  it("sends a magic link (not a signup) to a confirmed user, and in PKCE flow redirects with ?code=", async () => {
    const pkce = client(auth, { auth: { flowType: "pkce" } });
    await pkce.auth.signInWithOtp({ email: "new.person@example.test", options: { emailRedirectTo: "http://localhost:5173/cb" } });
    const { mail, link } = await latestSignInMail(auth, "new.person@example.test");
    assert.equal(mail.subject, "Your Magic Link");
    const landed = await followOnce(link);
    assert.equal(landed.hash, "", "no tokens in the URL in PKCE flow");
    const code = landed.searchParams.get("code") ?? "";
    assert.ok(code);
    const { data, error } = await pkce.auth.exchangeCodeForSession(code);
    assert.equal(error, null);
    assert.equal(data.session?.user.email, "new.person@example.test");
    const replay = await fetch(`${auth.url}/auth/v1/token?grant_type=pkce`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ auth_code: code, code_verifier: "x".repeat(43) }),
    });
    assert.equal(replay.status, 404, "an auth code is single use");
    assert.equal(((await replay.json()) as { error_code: string }).error_code, "flow_state_not_found");
  });

  it("logs in with the 6-digit code and refuses a wrong, reused or expired one with otp_expired", async () => {
    const supabase = client(auth);
    await supabase.auth.signInWithOtp({ email: "coder@example.test" });
    const { code } = await latestSignInMail(auth, "coder@example.test");
    const wrong = code === "000000" ? "111111" : "000000";
    const refused = await supabase.auth.verifyOtp({ email: "coder@example.test", token: wrong, type: "email" });
    assert.equal(refused.error?.code, "otp_expired");
    assert.equal(refused.error?.status, 403);

    const { data, error } = await supabase.auth.verifyOtp({ email: "coder@example.test", token: code, type: "email" });
    assert.equal(error, null);
    assert.equal(data.session?.user.email, "coder@example.test");
    assert.deepEqual(
      (
        JSON.parse(Buffer.from(data.session?.access_token.split(".")[1] ?? "", "base64url").toString()) as {
          amr: Array<{ method: string }>;
        }
      ).amr.map((entry) => entry.method),
      ["otp"],
    );
    const reused = await supabase.auth.verifyOtp({ email: "coder@example.test", token: code, type: "email" });
    assert.equal(reused.error?.code, "otp_expired");

    await supabase.auth.signInWithOtp({ email: "coder@example.test" });
    const late = await latestSignInMail(auth, "coder@example.test");
    await new Promise((resolve) => setTimeout(resolve, 500)); // past the 0.4 s lifetime configured above
    const expired = await supabase.auth.verifyOtp({ email: "coder@example.test", token: late.code, type: "email" });
    assert.equal(expired.error?.code, "otp_expired");
  });

  it("throws a pending code away after five wrong guesses", async () => {
    const supabase = client(auth);
    await supabase.auth.signInWithOtp({ email: "guess@example.test" });
    const { code } = await latestSignInMail(auth, "guess@example.test");
    const wrong = code === "999999" ? "888888" : "999999";
    for (let attempt = 0; attempt < 5; attempt++)
      await supabase.auth.verifyOtp({ email: "guess@example.test", token: wrong, type: "email" });
    const right = await supabase.auth.verifyOtp({ email: "guess@example.test", token: code, type: "email" });
    assert.equal(right.error?.code, "otp_expired");
  });

  it("refuses sign-ups when shouldCreateUser is false", async () => {
    const { error } = await client(auth).auth.signInWithOtp({ email: "nobody@example.test", options: { shouldCreateUser: false } });
    assert.equal(error?.code, "otp_disabled");
    assert.equal(error?.status, 422);
    assert.deepEqual(await inbox(auth, "nobody@example.test"), []);
  });

  it("answers in GoTrue's error formats: {code, message} for API version 2024-01-01, {code, error_code, msg} before", async () => {
    const body = JSON.stringify({ email: "coder@example.test", token: "123", type: "email" });
    const modern = await fetch(`${auth.url}/auth/v1/verify`, {
      method: "POST",
      headers: { "content-type": "application/json", apikey: auth.anonKey, "x-supabase-api-version": "2024-01-01" },
      body,
    });
    assert.equal(modern.status, 403);
    assert.equal(modern.headers.get("x-supabase-api-version"), "2024-01-01");
    assert.deepEqual(await modern.json(), { code: "otp_expired", message: "Token has expired or is invalid" });

    const legacy = await fetch(`${auth.url}/auth/v1/verify`, { method: "POST", headers: { "content-type": "application/json" }, body });
    assert.equal(legacy.headers.get("x-supabase-api-version"), null);
    assert.deepEqual(await legacy.json(), { code: 403, error_code: "otp_expired", msg: "Token has expired or is invalid" });

    const badJson = await fetch(`${auth.url}/auth/v1/otp`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    assert.equal(badJson.status, 400);
    assert.equal(((await badJson.json()) as { error_code: string }).error_code, "bad_json");
  });
});

describe("e-mail rate limit", () => {
  it("refuses a second OTP mail to one address within the interval with 429 over_email_send_rate_limit", async () => {
    const limited = await startTestAuth({ otpIntervalSeconds: 60 });
    try {
      const supabase = client(limited);
      assert.equal((await supabase.auth.signInWithOtp({ email: "busy@example.test" })).error, null);
      const { error } = await supabase.auth.signInWithOtp({ email: "busy@example.test" });
      assert.equal(error?.status, 429);
      assert.equal(error?.code, "over_email_send_rate_limit");
      assert.match(error?.message ?? "", /only request this after (59|60) seconds/);
      assert.equal((await inbox(limited, "busy@example.test")).length, 1, "no second mail was sent");
      assert.equal((await supabase.auth.signInWithOtp({ email: "other@example.test" })).error, null, "the limit is per address");
    } finally {
      await limited.dispose();
    }
  });
});
