/**
 * Which webhook URLs BillingOS may send to. Outbound requests leave from our infrastructure, so a
 * URL naming a private, loopback, link-local, CGNAT, multicast or cloud-metadata address would let
 * a merchant probe what only we can reach (SSRF). The URL is parsed with the WHATWG parser — the
 * one `fetch` uses — so every spelling of an address (decimal `2130706433`, octal `0177.0.0.1`, hex
 * `0x7f.1`, short `127.1`, trailing dots, IPv4-mapped IPv6) is normalised before it is judged, and
 * what is judged is exactly what would be fetched. Checked at registration and again before every
 * send (a rule change or a new blocked range then applies to old endpoints too).
 */

export type UrlRefusal =
  | "invalid_url"
  | "https_required"
  | "credentials_in_url"
  | "private_address"
  | "internal_hostname"
  | "local_url_not_allowed";

export interface UrlPolicy {
  livemode: boolean;
  /** The organisation's development setting: test-mode endpoints may be http://localhost or http://127.0.0.1. */
  allowLocalTestUrls: boolean;
}

export type UrlVerdict = { ok: true; url: URL; local: boolean } | { ok: false; reason: UrlRefusal; message: string };

const refuse = (reason: UrlRefusal, message: string): UrlVerdict => ({ ok: false, reason, message });

/** Names that resolve to the machine itself or to a cloud's metadata service, whatever DNS says. */
const INTERNAL_NAMES = [/^localhost$/, /\.localhost$/, /\.local$/, /\.internal$/, /\.home\.arpa$/, /^metadata$/, /^instance-data$/];

/** The hosts the development setting opens, in test mode and over http or https. */
const LOCAL_DEVELOPMENT_HOSTS = new Set(["localhost", "127.0.0.1"]);

export function checkWebhookUrl(raw: string, policy: UrlPolicy): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse("invalid_url", "must be an absolute URL such as https://example.com/webhooks.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return refuse("https_required", "must be an https URL.");
  // `https://good.example@127.0.0.1/` reads as good.example to a person and goes to 127.0.0.1.
  if (url.username || url.password) return refuse("credentials_in_url", "must not contain a user name or password.");
  const host = url.hostname.toLowerCase().replace(/\.+$/, "");
  if (LOCAL_DEVELOPMENT_HOSTS.has(host) && !policy.livemode && policy.allowLocalTestUrls) return { ok: true, url, local: true };
  if (url.protocol !== "https:") {
    return refuse(
      "https_required",
      policy.livemode
        ? "must be an https URL."
        : "must be an https URL (http://localhost and http://127.0.0.1 are allowed in test mode once the organisation allows local webhook URLs).",
    );
  }
  const address = ipOf(host);
  if (address ? isBlockedAddress(address) : INTERNAL_NAMES.some((pattern) => pattern.test(host))) {
    return LOCAL_DEVELOPMENT_HOSTS.has(host) && !policy.livemode
      ? refuse("local_url_not_allowed", "points at this machine; allow local webhook URLs for test mode in the webhook settings first.")
      : refuse(
          address ? "private_address" : "internal_hostname",
          "must point at a public internet address, not a private, loopback, link-local, multicast or metadata one.",
        );
  }
  return { ok: true, url, local: false };
}

export type IpAddress = { v: 4; bytes: number[] } | { v: 6; words: number[] };

/** The address a normalised hostname spells, if it is an IP literal (IPv6 inside brackets). */
export function ipOf(host: string): IpAddress | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return { v: 4, bytes: host.split(".").map(Number) };
  if (host.startsWith("[") && host.endsWith("]")) return parseIpv6(host.slice(1, -1));
  return null;
}

/** Parses the canonical form the URL parser writes (no zone ids; an embedded IPv4 already turned into hex). */
function parseIpv6(text: string): IpAddress | null {
  const [head = "", tail] = text.split("::");
  const parts = (part: string) => (part === "" ? [] : part.split(":").map((word) => Number.parseInt(word, 16)));
  const left = parts(head);
  const right = tail === undefined ? [] : parts(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const words = [...left, ...Array<number>(missing).fill(0), ...right];
  return words.every((word) => Number.isInteger(word) && word >= 0 && word <= 0xffff) ? { v: 6, words } : null;
}

/** [first address, prefix length] of the IPv4 ranges no webhook may reach. */
const BLOCKED_V4: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT (also Alibaba's metadata 100.100.100.200)
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (AWS, GCP, Azure metadata 169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments (Oracle metadata 192.0.0.192)
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

const v4Number = (bytes: number[]) => bytes.reduce((sum, byte) => sum * 256 + byte, 0);

function blockedV4(bytes: number[]): boolean {
  const value = v4Number(bytes);
  return BLOCKED_V4.some(([start, prefix]) => {
    const size = 2 ** (32 - prefix);
    return Math.floor(value / size) === Math.floor(v4Number(start.split(".").map(Number)) / size);
  });
}

/** The IPv4 address an IPv6 one carries, for the forms that reach IPv4 hosts. */
function embeddedV4(words: number[]): number[] | null {
  const low = [(words[6] ?? 0) >> 8, (words[6] ?? 0) & 255, (words[7] ?? 0) >> 8, (words[7] ?? 0) & 255];
  const zeros = (from: number, to: number) => words.slice(from, to).every((word) => word === 0);
  if (zeros(0, 5) && words[5] === 0xffff) return low; // ::ffff:a.b.c.d, IPv4-mapped
  if (zeros(0, 6)) return low; // ::a.b.c.d, IPv4-compatible (deprecated), and :: / ::1 via the checks below
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return low; // 64:ff9b::/96, NAT64
  if (words[0] === 0x2002) return [(words[1] ?? 0) >> 8, (words[1] ?? 0) & 255, (words[2] ?? 0) >> 8, (words[2] ?? 0) & 255]; // 6to4
  return null;
}

export function isBlockedAddress(address: IpAddress): boolean {
  if (address.v === 4) return blockedV4(address.bytes);
  const [first = 0] = address.words;
  const v4 = embeddedV4(address.words);
  if (v4) return blockedV4(v4) || v4.every((byte) => byte === 0);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7 (AWS metadata fd00:ec2::254)
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xffc0) === 0xfec0 || // site-local fec0::/10 (deprecated)
    (first & 0xff00) === 0xff00 || // multicast ff00::/8
    (first === 0x2001 && address.words[1] === 0x0db8) || // documentation 2001:db8::/32
    (first === 0x0100 && address.words.slice(1, 4).every((word) => word === 0)) // discard 100::/64
  );
}
