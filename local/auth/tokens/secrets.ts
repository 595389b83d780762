import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto";

/** An opaque, URL-safe secret (refresh tokens, auth codes, OAuth state). */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

/** A 6-digit e-mail code, like GoTrue's default `mailer_otp_length`. */
export function sixDigitCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** GoTrue's `token_hash`: sha224 of e-mail + code, hex. Links carry it; codes are typed by people. */
export function gotrueTokenHash(email: string, code: string): string {
  return createHash("sha224")
    .update(email + code)
    .digest("hex");
}

/** Compares two secrets without leaking where they differ (hashing first equalises lengths). */
export function secretsEqual(a: string, b: string): boolean {
  const left = createHash("sha256").update(a).digest();
  const right = createHash("sha256").update(b).digest();
  return timingSafeEqual(left, right);
}

const SCRYPT_KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, SCRYPT_KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$<salt>$<key>`, base64url; passwords are never stored in the clear, even locally. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString("base64url")}$${(await scryptAsync(password, salt)).toString("base64url")}`;
}

export async function passwordMatches(password: string, stored: string | undefined): Promise<boolean> {
  const [scheme, salt, key] = (stored ?? "").split("$");
  if (scheme !== "scrypt" || !salt || !key) {
    // Spend the same work for unknown users so timing does not reveal which e-mails exist.
    await scryptAsync(password, randomBytes(16));
    return false;
  }
  const expected = Buffer.from(key, "base64url");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64url"));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
