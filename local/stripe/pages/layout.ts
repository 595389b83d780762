import { escapeHtml } from "./page-router";

/** A minimal page shell; `body` must already be escaped markup. No inline script (strict CSP). */
export function layout(title: string, body: string, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f6f8fa;color:#1a1f36}
main{max-width:560px;margin:40px auto;background:#fff;border-radius:8px;padding:24px 32px;box-shadow:0 2px 8px #0002}
h1{font-size:20px}table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:4px 8px;border-bottom:1px solid #eee}
button{font:inherit;padding:8px 16px;border-radius:6px;border:1px solid #635bff;background:#635bff;color:#fff;cursor:pointer;margin-right:8px}
button.secondary{background:#fff;color:#635bff}.note{color:#697386;font-size:13px}
</style>${scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join("")}</head>
<body><main>${body}</main></body></html>`;
}
