/** The demo merchant's owner, seeded by `npm start` so a person can log in through the mailbox. */
export const DEMO_OWNER_ID = "0d3e0000-0000-4000-8000-00000000ac3e";
export const DEMO_OWNER_EMAIL = "demo@acme.test";
