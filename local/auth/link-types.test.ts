import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { adminClient, client, followOnce, fragmentParams, latestSignInMail, startTestAuth, type TestAuth } from "./test-support";

let auth: TestAuth;
before(async () => {
  auth = await startTestAuth();
});
after(() => auth.dispose());

describe("recovery and invite links", () => {
  it("password recovery: mail, token_hash verify with type recovery, then a new password works", async () => {
    await adminClient(auth).auth.admin.createUser({ email: "forgetful@example.test", password: "old password", email_confirm: true });
    const supabase = client(auth);
    assert.equal((await supabase.auth.resetPasswordForEmail("forgetful@example.test")).error, null);
    const { mail, link } = await latestSignInMail(auth, "forgetful@example.test");
    assert.equal(mail.subject, "Reset Your Password");
    const tokenHash = new URL(link).searchParams.get("token") ?? "";
    assert.equal(
      (await supabase.auth.verifyOtp({ token_hash: tokenHash, type: "magiclink" })).error?.code,
      "otp_expired",
      "the type must match",
    );

    await supabase.auth.resetPasswordForEmail("forgetful@example.test");
    const fresh = await latestSignInMail(auth, "forgetful@example.test");
    const { data, error } = await supabase.auth.verifyOtp({
      token_hash: new URL(fresh.link).searchParams.get("token") ?? "",
      type: "recovery",
    });
    assert.equal(error, null);
    assert.equal(data.session?.user.email, "forgetful@example.test");
    assert.equal((await supabase.auth.updateUser({ password: "new password" })).error, null);
    assert.equal((await client(auth).auth.signInWithPassword({ email: "forgetful@example.test", password: "new password" })).error, null);
    assert.equal((await client(auth).auth.resetPasswordForEmail("unknown@example.test")).error, null, "no account enumeration");
  });

  it("invite: generate_link creates the user; following the link confirms and signs them in", async () => {
    const { data, error } = await adminClient(auth).auth.admin.generateLink({
      type: "invite",
      email: "invitee@example.test",
      options: { redirectTo: "http://127.0.0.1:8787/admin" },
    });
    assert.equal(error, null);
    assert.equal(data.user?.email_confirmed_at, undefined);
    const landed = await followOnce(data.properties?.action_link ?? "");
    assert.equal(landed.origin + landed.pathname, "http://127.0.0.1:8787/admin");
    const tokens = fragmentParams(landed);
    assert.equal(tokens.get("type"), "invite");
    const user = await client(auth).auth.getUser(tokens.get("access_token") ?? "");
    assert.ok(user.data.user?.email_confirmed_at);
    const again = await adminClient(auth).auth.admin.generateLink({ type: "invite", email: "invitee@example.test" });
    assert.equal(again.error?.code, "email_exists", "a confirmed user cannot be invited again");
  });

  it("inviteUserByEmail mails an invite whose code signs the new user in", async () => {
    const invited = await adminClient(auth).auth.admin.inviteUserByEmail("teammate@example.test", { data: { role_hint: "admin" } });
    assert.equal(invited.error, null);
    assert.deepEqual(invited.data.user?.user_metadata, { role_hint: "admin" });
    const { mail, code } = await latestSignInMail(auth, "teammate@example.test");
    assert.equal(mail.subject, "You have been invited");
    const { data, error } = await client(auth).auth.verifyOtp({ email: "teammate@example.test", token: code, type: "invite" });
    assert.equal(error, null);
    assert.equal(data.session?.user.id, invited.data.user?.id);
  });

  it("sends tokens only to allowed redirect targets, falling back to the site URL", async () => {
    await client(auth).auth.signInWithOtp({
      email: "redirect@example.test",
      options: { emailRedirectTo: "https://attacker.example/steal" },
    });
    const { link } = await latestSignInMail(auth, "redirect@example.test");
    const landed = await followOnce(link);
    assert.equal(landed.origin, auth.url);
  });
});

describe("OAuth implicit flow without a browser", () => {
  it("authorize → consent form post → callback → tokens in the fragment; the state works once", async () => {
    const { data } = await client(auth).auth.signInWithOAuth({
      provider: "github",
      options: { redirectTo: "http://localhost:4000/done", skipBrowserRedirect: true },
    });
    const consent = await followOnce(data.url ?? "");
    assert.equal(consent.pathname, "/provider/github/authorize");
    const state = consent.searchParams.get("state") ?? "";
    const page = await fetch(consent);
    assert.match(await page.text(), /Sign in with github/);
    const approved = await fetch(consent, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ state, email: "Implicit@Example.test", decision: "approve" }),
    });
    const callback = approved.headers.get("location") ?? "";
    const landed = await followOnce(callback);
    assert.equal(landed.origin + landed.pathname, "http://localhost:4000/done");
    const tokens = fragmentParams(landed);
    const { data: user } = await client(auth).auth.getUser(tokens.get("access_token") ?? "");
    assert.equal(user.user?.email, "implicit@example.test");
    assert.equal(user.user?.app_metadata.provider, "github");

    const replay = await fetch(callback, { redirect: "manual" });
    assert.equal(replay.status, 400, "the callback cannot be replayed");
  });
});
