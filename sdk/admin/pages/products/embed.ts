/** `/sdk/billingos.json`, written by the SDK's build: the content-hashed script and its SRI hash. */
export interface ScriptManifest {
  file: string;
  integrity: string;
}

/** The HTML a merchant pastes into their page: the immutable script with SRI, then the provider and the table. */
export function embedSnippet(options: { origin: string; publishableKey: string; manifest: ScriptManifest }): string {
  const { origin, publishableKey, manifest } = options;
  return [
    `<script src="${origin}/sdk/${manifest.file}"`,
    `        integrity="${manifest.integrity}" crossorigin="anonymous" defer></script>`,
    "",
    `<billing-provider publishable-key="${publishableKey}" api-base="${origin}">`,
    "  <billing-pricing-table></billing-pricing-table>",
    "</billing-provider>",
  ].join("\n");
}

const storageKey = (org: string, mode: string) => `billingos.admin.publishable-key.${org}.${mode}`;

/** The publishable key the admin created for the preview (public by design; never a secret key). */
export function storedPreviewKey(org: string, mode: string): string | undefined {
  const value = localStorage.getItem(storageKey(org, mode));
  return value?.startsWith("pk_") ? value : undefined;
}

export function storePreviewKey(org: string, mode: string, key: string): void {
  if (key.startsWith("pk_")) localStorage.setItem(storageKey(org, mode), key);
}

export function forgetPreviewKey(org: string, mode: string): void {
  localStorage.removeItem(storageKey(org, mode));
}
