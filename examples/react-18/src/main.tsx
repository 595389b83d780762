import "../../html/public/styles.css";
import "../../notes.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

// examples/html/server.ts renders these into the page: no keys in the bundle.
const { signedIn, apiBase, publishableKey } = document.body.dataset;
const root = document.getElementById("app");
if (!root || !apiBase || !publishableKey) throw new Error("index.html is served by examples/html/server.ts (see README.md)");

createRoot(root).render(
  <StrictMode>
    <App email={signedIn || undefined} apiBase={apiBase} publishableKey={publishableKey} />
  </StrictMode>,
);
