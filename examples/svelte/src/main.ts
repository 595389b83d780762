// The elements are registered before Svelte mounts (the SDK registers every tag on import), so Svelte
// sets their properties, such as the provider's fetchSession function, on the defined elements.
import "@billingos/sdk";
import "../../html/public/styles.css";
import "../../notes.css";
import { mount } from "svelte";
import App from "./App.svelte";

// examples/html/server.ts renders these into the page: no keys in the bundle.
const { signedIn, apiBase, publishableKey } = document.body.dataset;
const target = document.getElementById("app");
if (!target || !apiBase || !publishableKey) throw new Error("index.html is served by examples/html/server.ts (see README.md)");

mount(App, { target, props: { email: signedIn || undefined, apiBase, publishableKey } });
