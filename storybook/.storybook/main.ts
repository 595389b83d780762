import type { StorybookConfig } from "@storybook/web-components-vite";

// Stories live next to each element (sdk/components/<name>/<name>.stories.ts) and run on fixture
// data through an injected fetch: no network, no telemetry.
const config: StorybookConfig = {
  stories: ["../../sdk/components/**/*.stories.ts"],
  framework: { name: "@storybook/web-components-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
