// Copied to /docs/init.js by scripts/build-assets.ts; kept out of the page so CSP needs no inline script.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
