import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";
import { build, sdkFromSource } from "../vite.shared.ts";

export default defineConfig({
  // The billing-… tags are custom elements, not Vue components: Vue leaves them to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("billing-") } } })],
  resolve: sdkFromSource,
  build,
});
