import type { UserRecord } from "../store/records";

/** A user as GoTrue serialises it (`models.User`), which supabase-js hands to applications. */
export function userJson(user: UserRecord) {
  return {
    id: user.id,
    aud: "authenticated",
    role: "authenticated",
    email: user.email,
    email_confirmed_at: user.emailConfirmedAt,
    phone: "",
    confirmation_sent_at: user.confirmationSentAt,
    recovery_sent_at: user.recoverySentAt,
    confirmed_at: user.emailConfirmedAt,
    last_sign_in_at: user.lastSignInAt,
    app_metadata: user.appMetadata,
    user_metadata: user.userMetadata,
    identities: user.identities.map((identity) => ({
      identity_id: identity.identityId,
      id: identity.providerId,
      user_id: user.id,
      identity_data: {
        email: identity.email,
        email_verified: user.emailConfirmedAt !== undefined,
        phone_verified: false,
        sub: identity.providerId,
      },
      provider: identity.provider,
      last_sign_in_at: identity.lastSignInAt,
      created_at: identity.createdAt,
      updated_at: identity.updatedAt,
      email: identity.email,
    })),
    created_at: user.createdAt,
    updated_at: user.updatedAt,
    is_anonymous: false,
  };
}
