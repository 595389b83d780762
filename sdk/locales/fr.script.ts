// The entry of the all-in-one script's French (dist/billingos.fr.<hash>.js): registers the messages
// for ./load.script.ts to read.
import { fr } from "./fr";

const registry = globalThis as { BillingOSLocales?: Record<string, unknown> };
registry.BillingOSLocales = { ...registry.BillingOSLocales, fr };
