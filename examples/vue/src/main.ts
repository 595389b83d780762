// The elements are registered before Vue mounts (the SDK registers every tag on import), so Vue sets
// their properties, such as the provider's fetchSession function, on the defined elements.
import "@billingos/sdk";
import "../../html/public/styles.css";
import "../../notes.css";
import { createApp } from "vue";
import App from "./App.vue";

// examples/html/server.ts renders these into the page: no keys in the bundle.
const { signedIn, apiBase, publishableKey } = document.body.dataset;
if (!apiBase || !publishableKey) throw new Error("index.html is served by examples/html/server.ts (see README.md)");

createApp(App, { email: signedIn || undefined, apiBase, publishableKey }).mount("#app");
