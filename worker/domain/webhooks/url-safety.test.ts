import { describe, expect, it } from "vitest";
import { checkWebhookUrl, type UrlRefusal } from "./url-safety";

const live = { livemode: true, allowLocalTestUrls: false };
const testAllowed = { livemode: false, allowLocalTestUrls: true };
const testDefault = { livemode: false, allowLocalTestUrls: false };

/** Every spelling of an address a webhook must never reach, with the refusal expected in live mode. */
const REFUSED: Array<[string, UrlRefusal]> = [
  ["https://127.0.0.1/hook", "private_address"],
  ["https://127.1/hook", "private_address"], // short form
  ["https://2130706433/hook", "private_address"], // decimal
  ["https://017700000001/hook", "private_address"], // octal, whole
  ["https://0177.0.0.1/hook", "private_address"], // octal, dotted
  ["https://0x7f000001/hook", "private_address"], // hex, whole
  ["https://0x7f.0x0.0x0.0x1/hook", "private_address"], // hex, dotted
  ["https://0x7f.1/hook", "private_address"], // hex, short
  ["https://127.0.0.1./hook", "private_address"], // trailing dot
  ["https://localhost/hook", "internal_hostname"],
  ["https://localhost./hook", "internal_hostname"],
  ["https://LOCALHOST/hook", "internal_hostname"],
  ["https://api.localhost/hook", "internal_hostname"],
  ["https://0.0.0.0/hook", "private_address"],
  ["https://0/hook", "private_address"],
  ["https://10.0.0.8/hook", "private_address"],
  ["https://172.16.5.4/hook", "private_address"],
  ["https://172.31.255.255/hook", "private_address"],
  ["https://192.168.1.1/hook", "private_address"],
  ["https://3232235777/hook", "private_address"], // 192.168.1.1 in decimal
  ["https://100.64.0.1/hook", "private_address"], // CGNAT
  ["https://100.127.255.254/hook", "private_address"],
  ["https://100.100.100.200/hook", "private_address"], // Alibaba metadata
  ["https://169.254.169.254/latest/meta-data", "private_address"], // AWS/GCP/Azure metadata
  ["https://0xa9fea9fe/latest/meta-data", "private_address"], // the same in hex
  ["https://2852039166/latest/meta-data", "private_address"], // and in decimal
  ["https://192.0.0.192/hook", "private_address"], // Oracle metadata
  ["https://metadata.google.internal/computeMetadata/v1/", "internal_hostname"],
  ["https://metadata/hook", "internal_hostname"],
  ["https://printer.local/hook", "internal_hostname"],
  ["https://224.0.0.1/hook", "private_address"], // multicast
  ["https://239.255.255.250/hook", "private_address"],
  ["https://255.255.255.255/hook", "private_address"],
  ["https://198.18.0.1/hook", "private_address"],
  ["https://[::1]/hook", "private_address"],
  ["https://[0:0:0:0:0:0:0:1]/hook", "private_address"],
  ["https://[::]/hook", "private_address"],
  ["https://[::ffff:127.0.0.1]/hook", "private_address"], // IPv4-mapped
  ["https://[::ffff:7f00:1]/hook", "private_address"],
  ["https://[::ffff:169.254.169.254]/hook", "private_address"],
  ["https://[::ffff:10.0.0.1]/hook", "private_address"],
  ["https://[::127.0.0.1]/hook", "private_address"], // IPv4-compatible
  ["https://[64:ff9b::a9fe:a9fe]/hook", "private_address"], // NAT64 of the metadata address
  ["https://[2002:7f00:1::]/hook", "private_address"], // 6to4 of loopback
  ["https://[fe80::1]/hook", "private_address"], // link-local
  ["https://[fd00:ec2::254]/hook", "private_address"], // AWS IPv6 metadata
  ["https://[fc00::1]/hook", "private_address"],
  ["https://[ff02::1]/hook", "private_address"], // multicast
  ["https://[fec0::1]/hook", "private_address"],
  ["https://example.com@127.0.0.1/hook", "credentials_in_url"], // userinfo trick
  ["https://127.0.0.1@example.com/hook", "credentials_in_url"],
  ["https://user:pass@example.com/hook", "credentials_in_url"],
  ["http://example.com/hook", "https_required"],
  ["ftp://example.com/hook", "https_required"],
  ["file:///etc/passwd", "https_required"],
  ["javascript:alert(1)", "https_required"],
  ["not a url", "invalid_url"],
  ["https://256.0.0.1/hook", "invalid_url"],
  ["https://[::1/hook", "invalid_url"],
];

const ALLOWED = [
  "https://example.com/webhooks",
  "https://hooks.example.com:8443/billing?x=1",
  "https://93.184.215.14/hook",
  "https://[2606:4700:4700::1111]/hook",
  "https://[::ffff:93.184.215.14]/hook",
  "https://172.32.0.1/hook", // just outside 172.16/12
  "https://100.128.0.1/hook", // just outside CGNAT
  "https://example.com./hook",
];

describe("webhook URL safety", () => {
  it.each(REFUSED)("refuses %s (%s)", (url, reason) => {
    const verdict = checkWebhookUrl(url, live);
    expect(verdict).toMatchObject({ ok: false, reason });
    // The development setting opens only http(s)://localhost and 127.0.0.1 in test mode, nothing else.
    const inTest = checkWebhookUrl(url, testAllowed);
    if (inTest.ok) expect(["localhost", "127.0.0.1"]).toContain(inTest.url.hostname.replace(/\.$/, ""));
  });

  it.each(ALLOWED)("allows %s", (url) => {
    expect(checkWebhookUrl(url, live)).toMatchObject({ ok: true, local: false });
  });

  it("allows http://localhost and http://127.0.0.1 in test mode only with the organisation's setting", () => {
    for (const url of ["http://localhost:4242/hook", "http://127.0.0.1:4242/hook", "https://localhost/hook"]) {
      expect(checkWebhookUrl(url, testAllowed)).toMatchObject({ ok: true, local: true });
      expect(checkWebhookUrl(url, testDefault)).toMatchObject({ ok: false });
      expect(checkWebhookUrl(url, { livemode: true, allowLocalTestUrls: true })).toMatchObject({ ok: false });
    }
    expect(checkWebhookUrl("http://localhost/hook", testDefault)).toMatchObject({ reason: "https_required" });
    expect(checkWebhookUrl("https://127.0.0.1/hook", testDefault)).toMatchObject({ reason: "local_url_not_allowed" });
    // Other private addresses stay refused even with the setting.
    for (const url of ["http://10.0.0.1/hook", "http://[::1]/hook", "http://169.254.169.254/", "https://192.168.0.1/"]) {
      expect(checkWebhookUrl(url, testAllowed)).toMatchObject({ ok: false });
    }
  });
});
