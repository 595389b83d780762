// Generated from worker/openapi.json by sdk/scripts/openapi-types.ts (`npm run openapi`). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability
         * @description Public. Answers 200 when the database answers, 503 (with Retry-After) when it does not.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations you belong to */
        get: operations["listOrganizations"];
        put?: never;
        /** Create an organization (you become its owner) */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an organization */
        get: operations["getOrganization"];
        put?: never;
        /** Update business details */
        post: operations["updateOrganization"];
        /** Delete an organization and all its data (owner only; repeat the slug to confirm) */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The onboarding checklist of the organisation, from what it has done in both modes */
        get: operations["onboardingOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's members */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the organization (the last owner cannot leave) */
        post: operations["leaveOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/transfer_ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make another member the owner; you become an admin */
        post: operations["transferOrganizationOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member's role (the last owner cannot be demoted) */
        post: operations["updateMemberRole"];
        /** Remove a member (their tokens stop working for this organization at once) */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation as the signed-in user (the e-mail must match) */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by e-mail */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation again with a fresh link (the old link stops working) */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a pending invitation */
        post: operations["revokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List keys of the current mode (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create a key in the current mode (the secret is returned once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{id}/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a key; the old one keeps working for expires_in seconds (0 = stop now) */
        post: operations["rollApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key at once */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit_log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit log entries of the current mode, newest first */
        get: operations["listAuditLogEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onboarding status, refreshed from Stripe: charges and payouts enabled, outstanding requirements */
        get: operations["getConnectAccount"];
        put?: never;
        /** Create the organization's Stripe Express account in this mode (returns the existing one if there is one) */
        post: operations["createConnectAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/onboarding_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A Stripe-hosted onboarding link (Account Link) for the merchant to complete */
        post: operations["createConnectOnboardingLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/dashboard_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time link to the merchant's Stripe Express dashboard */
        post: operations["createConnectDashboardLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/payout_schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change how often Stripe pays out */
        post: operations["updatePayoutSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update the customer with this external_id (safe under concurrency) */
        post: operations["upsertCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers, newest first; search, filter by subscription status, plan and creation time; sort
         * @description Cursor pagination (`starting_after`/`ending_before` take a customer id) follows the chosen `sort`: keep the same `sort`, `order` and filters while paging. With `Accept: text/csv` the answer is every matching customer as CSV, streamed (limit and cursors do not apply).
         */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a customer (a customer session only its own) */
        get: operations["getCustomer"];
        put?: never;
        /** Update a customer (metadata is merged) */
        post: operations["updateCustomer"];
        /** Delete a customer (soft: the Stripe customer is kept for history) */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's activity, newest first
         * @description The events about the customer and what it owns (subscriptions, checkouts, invoices, refunds, usage alerts): created, subscribed, paid, payment failed, plan changed, paused, resumed, past due, canceled, usage thresholds reached, refunds. Each entry is the event as `GET /v1/events` shows it; paginate with event ids.
         */
        get: operations["timelineCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a short-lived customer session for the browser (secret key, or a member who may write customers)
         * @description Your backend mints one with its secret key for the signed-in customer. The merchant's people who may change customers (owner, admin, member; not viewer) may mint one too: the admin's "view as customer" shows the customer's portal with it.
         */
        post: operations["createCustomerSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer_sessions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one customer session; its token is refused from its next request on */
        post: operations["revokeCustomerSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/customer_sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every live session of a customer (log out everywhere) */
        post: operations["revokeAllCustomerSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe events for the platform and connected accounts (signed; Stripe only)
         * @description Authenticated by the `Stripe-Signature` header (5-minute tolerance; during a secret rotation both secrets are accepted). Each event takes effect exactly once; a failure answers 500 and records nothing, so Stripe's retry applies it.
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions (mirrored from Stripe): filter by status, plan, renewal date and customer; sort by creation or renewal
         * @description Cursor pagination (`starting_after`/`ending_before` take a subscription id) follows the chosen `sort`: keep the same `sort`, `order` and filters while paging.
         */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checkout_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a checkout in the page: returns the client secret to confirm with Stripe.js */
        post: operations["createCheckoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checkout_sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a checkout session, its status refreshed from Stripe */
        get: operations["getCheckoutSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a subscription (a customer session only its own) */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/preview_change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a plan or quantity change: what is charged now and the next invoice */
        post: operations["previewSubscriptionChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change plan or quantity now (prorated and charged at once) or at the end of the period
         * @description `now`: the difference is prorated, invoiced and charged at once, and the change applies only once that payment succeeds. A declined payment is a 402: the subscription keeps its plan, `pending_change` names the open invoice, and paying it (POST /v1/invoices/{id}/pay) applies the change; otherwise it lapses at `pending_change.expires_at`. `period_end`: the subscription switches at renewal (`scheduled_change`).
         */
        post: operations["changeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel now or at the end of the period, with a reason */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/undo_cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a cancellation scheduled for the end of the period */
        post: operations["undoCancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause payment collection (invoices are voided) until resumed or resumes_at */
        post: operations["pauseSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume payment collection */
        post: operations["resumeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/payment_methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a customer's cards (brand, last 4 digits, expiry, default) */
        get: operations["listCustomerPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/setup_intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding a card: a SetupIntent client secret for Stripe.js */
        post: operations["createCustomerSetupIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/payment_methods/{pm}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a card the default for the customer's invoices and active subscriptions */
        post: operations["setDefaultPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/payment_methods/{pm}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove (detach) a card */
        delete: operations["detachPaymentMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List refunds, newest first (made here or in Stripe's dashboard) */
        get: operations["listRefunds"];
        put?: never;
        /** Refund all or part of a paid invoice or one-time payment; BillingOS returns its fee in proportion */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a test clock (test mode only); attach customers with POST /v1/customers {test_clock} */
        post: operations["createTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_clocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a test clock */
        get: operations["getTestClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_clocks/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advance a test clock: renewals, trial ends and payment retries due on the way happen (and their webhooks) */
        post: operations["advanceTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices, newest first, with hosted and PDF links */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an invoice with its hosted page and PDF (a customer session only its own) */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay an open invoice again with one of the customer's cards */
        post: operations["payInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * BillingOS fees per month and currency, from the fee ledger (newest month first)
         * @description Each payment counts in the month it was paid; refunds of it, and the fees they returned, count in that same month, so a month's figures are final once its payments can no longer be refunded.
         */
        get: operations["getMonthlyFees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fee ledger: one entry per paid invoice or one-time payment, newest first */
        get: operations["listFeeLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees/statements/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A month's fee statement as CSV (every payment, streamed) or PDF (totals per currency and the payments)
         * @description Amounts are formatted from integer minor units with each currency's exponent, beside the ISO code. The PDF lists the first 1,000 payments and says how many there were; the CSV lists every one.
         */
        get: operations["getFeeStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization/billing_session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer session on BillingOS itself, for this organisation's own BillingOS plan (Settings › Billing)
         * @description BillingOS bills its merchants with BillingOS: the organisation is a customer of the platform organisation (created on first use, external_id = the organisation's id). Show `<billing-pricing-table>` and `<billing-portal>` with the returned platform publishable key and this session; when the subscription starts, changes or ends, the organisation's `billing_tier` follows (a paid tier takes no transaction fee).
         */
        post: operations["billingSessionOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/mrr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * MRR per period with its movements, ARR and the trial pipeline
         * @description MRR is every paying subscription's recurring amount normalised to a month (days, weeks, years and interval counts), recurring discounts applied, trials excluded; movements are counted per customer.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getMrrAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscription growth per period: started, ended, net, and active at the period's end
         * @description Counts per currency of the subscriptions.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getSubscriptionAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ARPU, LTV, logo and revenue churn, net revenue retention and trial conversion per period
         * @description Rates are decimals (0.0833 is 8.33 %) rounded half up to 4 places; money is in minor units.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getRetentionAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue per period: gross from every payment, refunds, net, BillingOS fees
         * @description Per currency; payments count when Stripe recorded them paid, refunds when they were made.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getRevenueAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Failed-payment recovery per period: failed invoices later paid ÷ failed invoices, and the amount recovered
         * @description Invoices count in the period they were created.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getRecoveryAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cohorts by first paid month × months since: logo and revenue retention
         * @description One row per cohort, currency and month since; cohorts whose month lies in the range.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getCohortAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage totals per feature and period
         * @description Counters count in the period where their billing period starts.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["getUsageAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/usage/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers at or above 80 % of a quota or cap in their current period, or over it
         * @description Fullest first. As of now: `from`, `to` and `interval` do not apply.
         *
         *     Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: a change is visible in the next answer.
         */
        get: operations["listCustomersNearUsageLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happens on failed payments (grace period, after the last retry, the update-card link) */
        get: operations["getBillingSettings"];
        put?: never;
        /** Change the failed-payment settings (fields left out keep their value) */
        post: operations["updateBillingSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default appearance of the organisation's elements */
        get: operations["getBranding"];
        put?: never;
        /**
         * Set the default appearance of the organisation's elements (absent fields are kept, null resets one)
         * @description Served to the elements in the pricing document (`appearance`) as `--billing-…` token defaults; CSS the page sets still wins. Applies to both modes.
         */
        post: operations["updateBranding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List features, newest first */
        get: operations["listFeatures"];
        put?: never;
        /** Create a feature (its key is unique in this mode and never changes) */
        post: operations["createFeature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/features/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a feature */
        get: operations["getFeature"];
        put?: never;
        /** Rename a feature or change its unit label (key and type are fixed) */
        post: operations["updateFeature"];
        /** Delete a feature no product grants */
        delete: operations["deleteFeature"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products, newest first */
        get: operations["listProducts"];
        put?: never;
        /** Create a product */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a product */
        get: operations["getProduct"];
        put?: never;
        /** Update a product (active: false archives it) */
        post: operations["updateProduct"];
        /** Delete a product without prices (archive the others) */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/migrate_subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move subscribers of older versions of a product to its current version
         * @description Each live subscription on an older version moves to the current version's price with the same type, interval and interval count that is sold in the subscription's currency; others are reported in `skipped` with a reason.
         */
        post: operations["migrateProductSubscribers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a product's versions, newest first, with how many live subscriptions each has
         * @description A change to the prices or features of a version that has subscribers starts a new version; subscribers keep theirs until migrated (`POST /v1/products/{id}/migrate_subscribers`).
         */
        get: operations["listProductVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List what the product's current version grants */
        get: operations["listProductGrants"];
        put?: never;
        /** Grant a feature with a value (true, a quota, a cap or unlimited) */
        post: operations["createProductGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/grants/{feature}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the value or overage of a granted feature */
        post: operations["updateProductGrant"];
        /** Stop granting a feature */
        delete: operations["deleteProductGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List prices, newest first */
        get: operations["listPrices"];
        put?: never;
        /** Create a price for a product, in one or more currencies */
        post: operations["createPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a price */
        get: operations["getPrice"];
        put?: never;
        /** Archive a price or change its nickname, lookup key or trial (amounts never change) */
        post: operations["updatePrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pricing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public pricing table: visible products with an active price, prices by currency and interval, feature matrix
         * @description Called from browsers with a publishable key. Requests with an Origin header must come from one of the organization's allowed_origins (403 origin_not_allowed otherwise). Send If-None-Match with the last ETag to get 304 when nothing changed. The merchant's people may read it too (the admin previews the table and shows a customer's portal as they see it).
         */
        get: operations["getPricingTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Currencies prices can be sold in, with the number of decimals their unit_amount counts */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export this mode's whole catalogue as JSON (features, products, current grants and prices) */
        get: operations["exportCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make this mode's catalogue match an exported document (validated in full before any write; idempotent) */
        post: operations["importCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/copy_to_live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy the test-mode catalogue to live mode (idempotent; dry_run lists the changes and writes nothing)
         * @description Called by a merchant user in test mode (BillingOS-Mode: test) whose role may write the catalogue.
         */
        post: operations["copyCatalogueToLive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalogue/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push every product and price not yet on Stripe and repair what drifted there
         * @description Pushes `pending` and `failed` objects to the connected account of this mode, compares `synced` ones with Stripe (name, description, images, active; a price's amounts, currencies and interval) and puts ours back: updated in place, or, for what Stripe never lets change, a replacement Stripe price with the drifted one deactivated.
         */
        post: operations["syncCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entitlements/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** May this customer use this feature, and how much is left? With consume, deduct atomically */
        post: operations["checkEntitlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every feature the customer is entitled to now, with this period's usage (a customer session only its own) */
        get: operations["listCustomerEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's manual grants and overrides (expired ones too), newest first (at most 100) */
        get: operations["listCustomerGrants"];
        put?: never;
        /** Grant a feature to one customer, or override what its plans grant */
        post: operations["createCustomerGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/grants/{grant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a manual grant or override (entitlements follow at once) */
        delete: operations["deleteCustomerGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer_state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's entitlements, usage and subscriptions as one document with an ETag (a customer session: itself) */
        get: operations["listCustomerState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record up to 1000 usage events; each is answered on its own (one bad event never sinks the rest) */
        post: operations["batchUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage events, newest timestamp first; filter by customer, feature and time */
        get: operations["eventsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one usage event (exactly once per id) */
        post: operations["createUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's usage per feature and period, current first (a customer session only its own) */
        get: operations["usageCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the last 30 days of events, newest first
         * @description Every change BillingOS reports, also delivered to webhook endpoints. Filter by `type` (or `family.*`) and by the `object` id.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an event (kept 30 days) */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Create a webhook endpoint (its signing secret is shown once) */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        /** Update a webhook endpoint (enabling it again clears its failure count) */
        post: operations["updateWebhookEndpoint"];
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}/rotate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret (the old one keeps signing beside the new one for 24 hours) */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}/send_test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `webhook_endpoint.test` event to the endpoint */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send again every message to the endpoint that failed, created since a time */
        post: operations["replayFailedWebhookMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log: its messages, newest first */
        get: operations["listWebhookEndpointMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A message with every attempt (status, latency, response excerpt) */
        get: operations["getWebhookMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message again now (same webhook-id) */
        post: operations["retryWebhookMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's webhook settings */
        get: operations["getWebhookSettings"];
        put?: never;
        /** Change the organisation's webhook settings */
        post: operations["updateWebhookSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            database: {
                /** @enum {string} */
                status: "up" | "down";
                /** @description Newest applied migration, as recorded in supabase_migrations.schema_migrations. */
                migration_version: string | null;
                latency_ms: number | null;
            };
        };
        Organization: {
            id: string;
            /** @enum {string} */
            object: "organization";
            name: string;
            slug: string;
            legal_name: string | null;
            country: string | null;
            support_email: string | null;
            website: string | null;
            default_currency: string;
            allowed_origins: string[];
            logo_url: string | null;
            /**
             * @description Its BillingOS plan (Settings › Billing): `standard` pays the transaction fee on each payment, a paid tier pays none.
             * @enum {string}
             */
            billing_tier: "standard" | "starter" | "growth" | "scale" | "enterprise";
            /** @description BillingOS's fee on a payment in the default currency now, for its tier (0 and 0 on a paid tier). */
            transaction_fee: {
                /** @description BillingOS's share of each payment, in hundredths of a percent (50 = 0.5 %). */
                basis_points: number;
                /** @description Plus this fixed part per payment, in minor units of `currency`. */
                fixed_amount: number;
                /** @description The organisation's default currency (the fixed part differs per currency). */
                currency: string;
                currency_exponent: number;
            };
            /**
             * @description Your role, when called by a merchant user.
             * @enum {string}
             */
            role?: "owner" | "admin" | "member" | "viewer";
            /** @description What your role allows here (`resource:read`, `resource:write`, `organization:delete`), when called by a merchant user. */
            permissions?: ("organization:read" | "team:read" | "api_keys:read" | "audit_log:read" | "catalogue:read" | "customers:read" | "subscriptions:read" | "usage:read" | "webhooks:read" | "organization:write" | "organization:delete" | "team:write" | "api_keys:write" | "catalogue:write" | "customers:write" | "subscriptions:write" | "usage:write" | "webhooks:write")[];
            /** @description Unix time in seconds. */
            created: number;
        };
        Error: {
            error: {
                /** @enum {string} */
                type: "invalid_request_error" | "authentication_error" | "permission_error" | "idempotency_error" | "rate_limit_error" | "card_error" | "api_error";
                /** @description Stable snake_case code; each operation lists the codes it can return. */
                code: string;
                message: string;
                /** @description The offending parameter, for 400s. */
                param?: string;
                request_id: string;
            };
        };
        OrganizationList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Organization"][];
            has_more: boolean;
            url: string;
        };
        OrganizationOnboarding: {
            /** @enum {string} */
            object: "organization_onboarding";
            steps: {
                /** @description A test-mode Stripe account that finished onboarding (POST /v1/connect/account, then its onboarding link). */
                connect_stripe: {
                    done: boolean;
                    account: string | null;
                    charges_enabled: boolean;
                };
                /** @description At least one product, in either mode. */
                create_product: {
                    done: boolean;
                };
                /** @description A browser called the API with one of the organisation's publishable keys from an allowed origin: the snippet is on a page. */
                embed_snippet: {
                    done: boolean;
                    /** @description Unix time in seconds. */
                    first_used: number | null;
                    origin: string | null;
                };
                /** @description A live-mode Stripe account that can take charges, and a live secret or restricted key. */
                go_live: {
                    done: boolean;
                    charges_enabled: boolean;
                    live_api_key: boolean;
                };
            };
            /** @description Every step is done. */
            completed: boolean;
        };
        MemberList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Member"][];
            has_more: boolean;
            url: string;
        };
        Member: {
            /** @enum {string} */
            object: "member";
            user_id: string;
            email: string;
            name: string | null;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /** @description Unix time in seconds. */
            created: number;
        };
        Invitation: {
            id: string;
            /** @enum {string} */
            object: "invitation";
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /** @description Unix time in seconds. */
            expires_at: number;
            /** @description Whether the e-mail with the link was accepted for delivery (create and resend). */
            email_sent?: boolean;
            /** @description Unix time in seconds. */
            created: number;
        };
        InvitationList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Invitation"][];
            has_more: boolean;
            url: string;
        };
        NewApiKey: components["schemas"]["ApiKey"] & {
            /** @description The full key. Shown once: store it now. */
            secret: string;
        };
        ApiKey: {
            id: string;
            /** @enum {string} */
            object: "api_key";
            livemode: boolean;
            /** @enum {string} */
            type: "secret" | "restricted" | "publishable";
            name: string | null;
            /** @description Prefix and last four characters, e.g. sk_test_…4f2a. */
            redacted: string;
            scopes: {
                [key: string]: "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "expiring" | "expired" | "revoked";
            /** @description Unix time in seconds. */
            expires_at: number | null;
            /** @description Unix time in seconds. */
            last_used_at: number | null;
            /** @description Unix time in seconds. */
            created: number;
        };
        ApiKeyList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["ApiKey"][];
            has_more: boolean;
            url: string;
        };
        AuditLogList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["AuditLogEntry"][];
            has_more: boolean;
            url: string;
        };
        AuditLogEntry: {
            id: string;
            /** @enum {string} */
            object: "audit_log_entry";
            livemode: boolean;
            actor: {
                /** @enum {string} */
                type: "user" | "api_key" | "system";
                id: string;
            };
            action: string;
            target: {
                type: string;
                id: string;
            };
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            request_id: string | null;
            ip: string | null;
            /** @description Unix time in seconds. */
            created: number;
        };
        ConnectAccount: {
            /** @enum {string} */
            object: "connect_account";
            /** @description The Stripe account id (acct_…). */
            id: string;
            livemode: boolean;
            charges_enabled: boolean;
            payouts_enabled: boolean;
            details_submitted: boolean;
            requirements: {
                currently_due: string[];
                past_due: string[];
                disabled_reason: string | null;
            };
            payout_schedule: {
                [key: string]: unknown;
            };
            /** @description Unix time in seconds. */
            created: number;
        };
        ConnectLink: {
            /** @enum {string} */
            object: "link";
            url: string;
            /** @description Unix time in seconds. */
            expires_at: number | null;
        };
        Customer: {
            id: string;
            /** @enum {string} */
            object: "customer";
            livemode: boolean;
            external_id: string | null;
            email: string | null;
            name: string | null;
            metadata: {
                [key: string]: string;
            };
            /** @description The mirror on your connected Stripe account, once created. */
            stripe_customer_id: string | null;
            /** @description Test mode: the test clock the customer was created on; its Stripe mirror lives on it. */
            test_clock: string | null;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time of the last change (events are not delivered in order: compare this). */
            updated: number;
        };
        CustomerList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Customer"][];
            has_more: boolean;
            url: string;
        };
        CustomerTimeline: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Event"][];
            has_more: boolean;
            url: string;
        };
        Event: {
            id: string;
            /** @enum {string} */
            object: "event";
            livemode: boolean;
            /** @enum {string} */
            type: "customer.created" | "customer.updated" | "customer.deleted" | "subscription.created" | "subscription.updated" | "subscription.trial_will_end" | "subscription.past_due" | "subscription.canceled" | "subscription.paused" | "subscription.resumed" | "subscription.plan_changed" | "invoice.paid" | "invoice.payment_failed" | "checkout.completed" | "refund.created" | "entitlements.updated" | "usage.threshold_reached" | "connect.account.updated";
            /** @description Unix time in seconds. */
            created: number;
            data: {
                /** @description The object after the change, as its GET route shows it (`updated` tells which of two versions is newer). */
                object: {
                    [key: string]: unknown;
                };
            };
        };
        CustomerSession: {
            /** @enum {string} */
            object: "customer_session";
            id: string;
            livemode: boolean;
            customer: string;
            /** @description Unix time in seconds. */
            expires_at: number;
            /** @description Give this to the browser (in memory only); it acts as this customer until expires_at. */
            token: string;
        };
        RevokedCustomerSession: {
            /** @enum {string} */
            object: "customer_session";
            id: string;
            livemode: boolean;
            customer: string;
            /** @description Unix time in seconds. */
            expires_at: number;
            /** @description When it was revoked; it is refused from its next request on. */
            revoked_at: number;
        };
        CustomerSessionRevocation: {
            /** @enum {string} */
            object: "customer_session_revocation";
            customer: string;
            /** @description How many live sessions were revoked. */
            revoked: number;
        };
        SubscriptionList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Subscription"][];
            has_more: boolean;
            url: string;
        };
        Subscription: {
            id: string;
            /** @enum {string} */
            object: "subscription";
            livemode: boolean;
            customer: string | null;
            status: string;
            /** @description Whether the customer gets the plan's entitlements now: active, trialing, or past_due within the grace period. */
            entitled: boolean;
            /** @description When the subscription fell behind on payments; null while it is paid up. */
            past_due_since: number | null;
            /** @description While past_due: when the grace period ends and entitlements stop. */
            access_ends_at: number | null;
            /** @description Our price the subscription bills (null if the Stripe price is not one of ours). */
            price: string | null;
            product: string | null;
            /** @description The product version the subscriber is on (that price's version). */
            product_version: number | null;
            stripe_price_id: string | null;
            quantity: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Monthly recurring revenue in minor units. */
            mrr_amount: number;
            /** @description Unix time in seconds. */
            current_period_end: number | null;
            cancel_at_period_end: boolean;
            /** @description Unix time in seconds. */
            trial_end: number | null;
            paused: boolean;
            /** @description Stripe's cancellation_details.feedback, once canceled or set to cancel. */
            cancellation_reason: string | null;
            cancellation_comment: string | null;
            /** @description A change made for the end of the period (POST /v1/subscriptions/{id}/change with timing period_end); null if none. */
            scheduled_change: {
                /** @description Our price it switches to (null if the Stripe price is not one of ours). */
                price: string | null;
                stripe_price_id: string;
                quantity: number;
                /** @description When it takes effect: the end of the current period. */
                effective_at: number | null;
            } | null;
            /** @description A change made now whose payment was declined: the subscription keeps its current plan until `invoice` is paid; null if none. */
            pending_change: {
                /** @description Our price it moves to (null if the Stripe price is not one of ours). */
                price: string | null;
                stripe_price_id: string;
                quantity: number;
                /** @description The open invoice whose payment applies the change (POST /v1/invoices/{id}/pay). */
                invoice: string | null;
                /** @description When the change lapses unpaid and its invoice is voided (at most 23 hours after it was made). */
                expires_at: number | null;
            } | null;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time of the last change (events are not delivered in order: compare this). */
            updated: number;
        };
        CheckoutSession: {
            id: string;
            /** @enum {string} */
            object: "checkout_session";
            livemode: boolean;
            /** @enum {string} */
            status: "open" | "complete" | "expired";
            customer: string;
            price: string;
            quantity: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            promotion_code: string | null;
            intent: {
                /** @enum {string} */
                kind: "payment_intent" | "setup_intent" | "none";
                /** @description Confirm it with Stripe.js (Payment Element) in the page; null once the session is no longer open. */
                client_secret: string | null;
            };
            /** @description What Stripe.js needs: `Stripe(publishable_key, { stripeAccount: account })`. */
            stripe: {
                /** @description The platform's publishable key for this mode (null if not configured). */
                publishable_key: string | null;
                /** @description The merchant's connected account the intent lives on. */
                account: string;
            };
            /** @description The Stripe subscription (recurring prices). */
            subscription: string | null;
            /** @description The Stripe PaymentIntent the customer confirms, when there is one. */
            payment_intent: string | null;
            /** @description What the customer pays, taken from Stripe's invoice (or the PaymentIntent's amount), so it equals the charge. */
            summary: {
                line_items: {
                    description: string;
                    quantity: number;
                    /** @description Minor units of the session's currency. */
                    unit_amount: number;
                    /** @description Minor units of the session's currency. */
                    amount: number;
                }[];
                /** @description Minor units of the session's currency. */
                subtotal: number;
                /** @description Minor units of the session's currency. */
                discount: number;
                /** @description Minor units of the session's currency. */
                total_due_now: number;
                recurring: {
                    /** @description List amount per period, before discounts. */
                    amount: number;
                    interval: string;
                    interval_count: number;
                } | null;
                /** @description Unix time in seconds. */
                trial_end: number | null;
            } | null;
            /** @description Unix time in seconds. */
            expires_at: number;
            /** @description Unix time in seconds. */
            created: number;
        };
        SubscriptionChangePreview: {
            /** @enum {string} */
            object: "subscription_change_preview";
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Unix time in seconds. */
            proration_date: number;
            lines: {
                description: string;
                /** @description Minor units; negative for a credit. */
                amount: number;
                proration: boolean;
                period: {
                    /** @description Unix time in seconds. */
                    start: number;
                    /** @description Unix time in seconds. */
                    end: number;
                };
            }[];
            amount_due_now: number;
            /** @description Null when the subscription is set to cancel. */
            next_invoice_amount: number | null;
        };
        PaymentMethodList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["PaymentMethod"][];
            has_more: boolean;
            url: string;
        };
        PaymentMethod: {
            id: string;
            /** @enum {string} */
            object: "payment_method";
            brand: string | null;
            last4: string | null;
            exp_month: number | null;
            exp_year: number | null;
            /** @description Whether it pays the customer's invoices by default. */
            default: boolean;
        };
        SetupIntentSecret: {
            /** @enum {string} */
            object: "setup_intent";
            client_secret: string;
            /** @description What Stripe.js needs to confirm it in the page: `Stripe(publishable_key, { stripeAccount: account })`. */
            stripe: {
                /** @description The platform's publishable key for this mode (null if not configured). */
                publishable_key: string | null;
                /** @description The merchant's connected account the SetupIntent lives on. */
                account: string;
            };
        };
        DeletedPaymentMethod: {
            id: string;
            /** @enum {string} */
            object: "payment_method";
            /** @enum {boolean} */
            deleted: true;
        };
        Refund: {
            id: string;
            /** @enum {string} */
            object: "refund";
            livemode: boolean;
            amount: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            charge: string;
            invoice: string | null;
            payment_intent: string | null;
            reason: string | null;
            status: string;
            /** @description Unix time in seconds. */
            created: number;
        };
        RefundList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Refund"][];
            has_more: boolean;
            url: string;
        };
        TestClock: {
            id: string;
            /** @enum {string} */
            object: "test_clock";
            /** @description The simulated now of every customer on this clock. */
            frozen_time: number;
            /** @description ready, advancing or internal_failure (Stripe's test clock status). */
            status: string;
            name: string | null;
        };
        InvoiceList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Invoice"][];
            has_more: boolean;
            url: string;
        };
        Invoice: {
            id: string;
            /** @enum {string} */
            object: "invoice";
            livemode: boolean;
            subscription: string | null;
            status: string;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            amount_due: number;
            amount_paid: number;
            hosted_invoice_url: string | null;
            invoice_pdf: string | null;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time of the last change (events are not delivered in order: compare this). */
            updated: number;
        };
        MonthlyFees: {
            /** @enum {string} */
            object: "list";
            data: {
                /** @description Calendar month in UTC, YYYY-MM, of the payments. */
                month: string;
                currency: string;
                /**
                 * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
                 * @example 2
                 */
                currency_exponent: number;
                /** @description Payments (paid invoices and one-time payments) in the month. */
                invoices: number;
                /** @description What those payments charged, in minor units. */
                gross: number;
                /** @description BillingOS's fees taken on them. */
                fee: number;
                /** @description gross − fee: what the merchant kept before refunds. */
                net: number;
                /** @description Refunded so far on those payments (whenever the refund was made). */
                refunded: number;
                /** @description Fees returned to the merchant with those refunds. */
                fee_returned: number;
                /** @description fee − fee_returned: BillingOS's fee income from the month's payments. */
                fee_income: number;
            }[];
        };
        FeeLedgerList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["FeeLedgerEntry"][];
            has_more: boolean;
            url: string;
        };
        FeeLedgerEntry: {
            /** @example fle_42 */
            id: string;
            /** @enum {string} */
            object: "fee_ledger_entry";
            livemode: boolean;
            /** @description The paid invoice, for subscription payments. */
            invoice: string | null;
            /** @description The PaymentIntent, for one-time payments. */
            payment_intent: string | null;
            charge: string | null;
            /** @description Stripe's application fee object that holds BillingOS's fee. */
            application_fee: string | null;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description What the payment charged, in minor units. */
            gross: number;
            /** @description BillingOS's fee taken on it (0 on a BillingOS tier). */
            fee: number;
            /** @description gross − fee. */
            net: number;
            refunded: number;
            /** @description Fee returned to the merchant with the refunds. */
            fee_returned: number;
            /** @description fee − fee_returned. */
            fee_income: number;
            /** @description When the payment was recorded (its statement month, UTC). */
            created: number;
        };
        PlatformBillingSession: {
            /** @enum {string} */
            object: "platform_billing_session";
            /** @description The merchant organisation this session bills. */
            organization: string;
            /**
             * @description Its BillingOS tier now.
             * @enum {string}
             */
            billing_tier: "standard" | "starter" | "growth" | "scale" | "enterprise";
            /** @description Configure the elements with these (not the merchant's own keys). */
            platform: {
                /** @description The BillingOS organisation that sells the tiers. */
                organization: string;
                livemode: boolean;
                /** @description For `<billing-provider publishable-key>`: the platform's pricing table. */
                publishable_key: string;
            };
            /** @description The platform's customer standing for the merchant organisation (external_id = its id). */
            customer: string;
            /** @description A customer session on the platform: give it to `<billing-provider>`'s fetchSession, in memory only. */
            token: string;
            /** @description Unix time in seconds. */
            expires_at: number;
        };
        AnalyticsMrr: {
            /** @enum {string} */
            object: "analytics.mrr";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsMrrPeriod"][];
        };
        AnalyticsMrrPeriod: {
            /** @description Start of the period, Unix seconds. */
            period_start: number;
            /** @description End of the period (exclusive), Unix seconds. */
            period_end: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description MRR at the period's start, minor units. */
            mrr_start: number;
            /** @description MRR of customers who paid for the first time. */
            new: number;
            /** @description MRR added by paying customers (upgrades, more seats). */
            expansion: number;
            /** @description MRR lost by customers who still pay (downgrades, fewer seats, a new discount). */
            contraction: number;
            /** @description MRR of customers who stopped paying. */
            churned: number;
            /** @description MRR of customers who had stopped paying and pay again. */
            reactivation: number;
            /** @description new + expansion + reactivation − contraction − churned = mrr − mrr_start. */
            net_new_mrr: number;
            /** @description MRR at the period's end. */
            mrr: number;
            /** @description 12 × mrr. */
            arr: number;
            /** @description Subscriptions trialing at the period's end. */
            trialing_subscriptions: number;
            /** @description The MRR those trials would bring if all converted. */
            trial_pipeline_mrr: number;
        };
        AnalyticsSubscriptions: {
            /** @enum {string} */
            object: "analytics.subscriptions";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsSubscriptionsPeriod"][];
        };
        AnalyticsSubscriptionsPeriod: {
            /** @description Start of the period, Unix seconds. */
            period_start: number;
            /** @description End of the period (exclusive), Unix seconds. */
            period_end: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Subscriptions that started (trial or paid) in the period. */
            new_subscriptions: number;
            /** @description Started subscriptions that ended (canceled or expired) in the period. */
            churned_subscriptions: number;
            /** @description new_subscriptions − churned_subscriptions. */
            net_subscriptions: number;
            /** @description Subscriptions paying (active or past_due) at the period's end. */
            active_subscriptions: number;
            /** @description Subscriptions trialing at the period's end. */
            trialing_subscriptions: number;
            /** @description Customers with MRR > 0 at the period's end. */
            active_customers: number;
        };
        AnalyticsRetention: {
            /** @enum {string} */
            object: "analytics.retention";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsRetentionPeriod"][];
        };
        AnalyticsRetentionPeriod: {
            /** @description Start of the period, Unix seconds. */
            period_start: number;
            /** @description End of the period (exclusive), Unix seconds. */
            period_end: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Customers with MRR > 0 at the period's start. */
            active_customers_start: number;
            /** @description Customers with MRR > 0 at the period's end. */
            active_customers: number;
            /** @description Customers paying at the start who pay nothing at the end. */
            churned_customers: number;
            /** @description MRR at the period's start. */
            mrr_start: number;
            /** @description MRR at the period's end. */
            mrr: number;
            /** @description mrr ÷ active_customers, rounded half up. */
            arpu: number | null;
            /** @description churned_customers ÷ active_customers_start. Decimal rounded half up to 4 places; null when its base is 0. */
            logo_churn_rate: number | null;
            /** @description MRR lost by the customers paying at the start (each one's net decrease) ÷ mrr_start. Decimal rounded half up to 4 places; null when its base is 0. */
            revenue_churn_rate: number | null;
            /** @description MRR at the end of the customers paying at the start ÷ mrr_start. Decimal rounded half up to 4 places; null when its base is 0. */
            net_revenue_retention: number | null;
            /** @description arpu ÷ revenue_churn_rate (monthly; interval=month only), rounded half up; null without churn. */
            ltv: number | null;
            /** @description Trials that ended in the period. */
            trials_ended: number;
            /** @description Of them, those that became paying (active or past_due). */
            trials_converted: number;
            /** @description trials_converted ÷ trials_ended. Decimal rounded half up to 4 places; null when its base is 0. */
            trial_conversion_rate: number | null;
        };
        AnalyticsRevenue: {
            /** @enum {string} */
            object: "analytics.revenue";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsRevenuePeriod"][];
        };
        AnalyticsRevenuePeriod: {
            /** @description Start of the period, Unix seconds. */
            period_start: number;
            /** @description End of the period (exclusive), Unix seconds. */
            period_end: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Payments received: paid invoices and one-time payments. */
            payments: number;
            /** @description What they charged (renewals, prorations and overage included). */
            gross: number;
            /** @description Of gross, paid invoices. */
            subscription_gross: number;
            /** @description Of gross, one-time payments. */
            one_time_gross: number;
            /** @description Refunds that succeeded in the period. */
            refunds: number;
            /** @description gross − refunds. */
            net: number;
            /** @description BillingOS's fees on the period's payments, less fees returned by refunds of them. */
            billingos_fees: number;
            /** @description net − billingos_fees. */
            net_after_fees: number;
        };
        AnalyticsRecovery: {
            /** @enum {string} */
            object: "analytics.recovery";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsRecoveryPeriod"][];
        };
        AnalyticsRecoveryPeriod: {
            /** @description Start of the period, Unix seconds. */
            period_start: number;
            /** @description End of the period (exclusive), Unix seconds. */
            period_end: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Invoices created in the period whose payment failed at least once. */
            failed_invoices: number;
            /** @description What those invoices were due. */
            failed_amount: number;
            /** @description Of them, those paid since. */
            recovered_invoices: number;
            /** @description What the recovered invoices paid. */
            recovered_amount: number;
            /** @description Of them, still open (Stripe may retry). */
            open_invoices: number;
            /** @description Of them, marked uncollectible or voided. */
            lost_invoices: number;
            /** @description recovered_invoices ÷ failed_invoices. Decimal rounded half up to 4 places; null when its base is 0. */
            recovery_rate: number | null;
        };
        AnalyticsCohorts: {
            /** @enum {string} */
            object: "analytics.cohorts";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsCohortCell"][];
        };
        AnalyticsCohortCell: {
            /** @description The month the cohort's customers first paid (its start, Unix seconds). */
            cohort: number;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            /** @description Months after the cohort's month (0: at the end of that month). */
            months_since: number;
            /** @description Customers in the cohort. */
            customers: number;
            /** @description Of them, paying at the end of the month. */
            retained_customers: number;
            /** @description retained_customers ÷ customers. Decimal rounded half up to 4 places; null when its base is 0. */
            logo_retention: number | null;
            /** @description The MRR each customer first paid, summed. */
            initial_mrr: number;
            /** @description Their MRR at the end of the month. */
            retained_mrr: number;
            /** @description retained_mrr ÷ initial_mrr. Decimal rounded half up to 4 places; null when its base is 0. */
            revenue_retention: number | null;
        };
        AnalyticsUsage: {
            /** @enum {string} */
            object: "analytics.usage";
            /** @description Start of the first period, Unix seconds. */
            from: number;
            /** @description End of the last period (exclusive), Unix seconds. */
            to: number;
            /** @enum {string} */
            interval: "day" | "week" | "month";
            currency: string | null;
            data: components["schemas"]["AnalyticsUsagePeriod"][];
        };
        AnalyticsUsagePeriod: {
            /** @description Start of the period, Unix seconds. */
            period_start: number;
            /** @description End of the period (exclusive), Unix seconds. */
            period_end: number;
            feature: string;
            feature_key: string;
            /** @description Usage counted in billing periods that start in this period, in the feature's unit. */
            total: number;
            /** @description Counters (customers) behind the total. */
            customers: number;
        };
        AnalyticsUsageLimits: {
            /** @enum {string} */
            object: "analytics.usage_limits";
            data: components["schemas"]["AnalyticsUsageLimit"][];
            /** @description More rows than `limit` (CSV has them all). */
            has_more: boolean;
        };
        AnalyticsUsageLimit: {
            customer: string;
            feature: string;
            feature_key: string;
            /** @description Usage in the current period (caps: the current count). */
            used: number;
            /** @description The quota or cap. */
            limit: number;
            /** @description used ÷ limit, rounded half up to 4 places; null for a limit of 0. */
            usage_ratio: number | null;
            /**
             * @description near: at least 80 % of the limit; over: above it.
             * @enum {string}
             */
            state: "near" | "over";
        };
        BillingSettings: {
            /** @enum {string} */
            object: "billing_settings";
            livemode: boolean;
            /** @description Days a past_due subscription keeps its entitlements (0-60, default 7). */
            grace_period_days: number;
            /**
             * @description What happens when Stripe's payment retries run out: cancel the subscription, or leave it unpaid / past_due.
             * @enum {string}
             */
            after_failed_retries: "cancel" | "unpaid" | "past_due";
            /** @description The merchant's billing page, linked from failed-payment e-mails; null: the invoice's hosted page. */
            update_payment_url: string | null;
            /** @description Whether a subscription with paused payment collection keeps its entitlements (default false: pausing pauses the service). */
            paused_keeps_access: boolean;
        };
        UpdateBillingSettings: {
            grace_period_days?: number;
            /**
             * @description What happens when Stripe's payment retries run out: cancel the subscription, or leave it unpaid / past_due.
             * @enum {string}
             */
            after_failed_retries?: "cancel" | "unpaid" | "past_due";
            update_payment_url?: string | null;
            paused_keeps_access?: boolean;
        };
        Branding: {
            /** @enum {string} */
            object: "branding";
            /** @enum {string|null} */
            theme: "auto" | "light" | "dark" | null;
            colors: {
                accent: string | null;
                background: string | null;
                surface: string | null;
                text: string | null;
                text_muted: string | null;
                border: string | null;
            };
            /** @description Card corner radius in CSS pixels; controls use 2/3 of it. */
            radius: number | null;
            font_family: string | null;
            /** @description Unix time in seconds. */
            updated: number | null;
        };
        Feature: {
            id: string;
            /** @enum {string} */
            object: "feature";
            livemode: boolean;
            key: string;
            name: string;
            /** @enum {string} */
            type: "boolean" | "metered" | "limit";
            unit_label: string | null;
            /** @enum {string|null} */
            aggregation: "sum" | "count" | "max" | "unique" | "last" | null;
            /** @enum {string|null} */
            reset: "billing_period" | "never" | null;
            /** @description Percent of the limit at which usage alerts go out; [] for boolean features. */
            alert_thresholds: number[];
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time in seconds. */
            updated: number;
        };
        FeatureList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Feature"][];
            has_more: boolean;
            url: string;
        };
        Product: {
            id: string;
            /** @enum {string} */
            object: "product";
            livemode: boolean;
            name: string;
            description: string | null;
            active: boolean;
            marketing_features: string[];
            image_url: string | null;
            visible: boolean;
            display_order: number;
            highlighted: boolean;
            lookup_key: string | null;
            /** @description The version new subscriptions get. */
            version: number;
            /** @description The mirrored product on the connected Stripe account, once synced. */
            stripe_id: string | null;
            /** @enum {string} */
            sync_status: "pending" | "synced" | "failed";
            sync_error: string | null;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time in seconds. */
            updated: number;
        };
        ProductList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Product"][];
            has_more: boolean;
            url: string;
        };
        SubscriberMigration: {
            /** @enum {string} */
            object: "subscriber_migration";
            product: string;
            /** @enum {string} */
            timing: "now" | "at_renewal";
            dry_run: boolean;
            migrated: {
                subscription: string;
                from_price: string;
                to_price: string;
            }[];
            skipped: {
                subscription: string;
                /** @description subscription_incomplete, no_equivalent_price, currency_not_offered, multiple_items, change_scheduled (a plan change or an earlier migration is already scheduled), price_not_on_stripe, no_connected_account or stripe_error (with `message`). */
                reason: string;
                message?: string;
            }[];
        };
        MigrateSubscribers: {
            /**
             * @description `now`: switch the price at once; `at_renewal`: from the end of the current period.
             * @enum {string}
             */
            timing: "now" | "at_renewal";
            /**
             * @description With `now`: whether Stripe prorates the rest of the period.
             * @default none
             * @enum {string}
             */
            proration_behavior: "none" | "create_prorations";
            /**
             * @description Report what would happen; nothing is sent to Stripe or written.
             * @default false
             */
            dry_run: boolean;
        };
        ProductVersionList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["ProductVersion"][];
            has_more: boolean;
            url: string;
        };
        ProductVersion: {
            /** @enum {string} */
            object: "product_version";
            product: string;
            version: number;
            /** @description The version new subscriptions get. */
            current: boolean;
            /** @description Subscriptions that have not ended (not `canceled` or `incomplete_expired`) billing one of this version's prices. */
            live_subscriptions: number;
            /** @description Unix time in seconds. */
            created: number;
        };
        PlanGrant: {
            id: string;
            /** @enum {string} */
            object: "plan_grant";
            livemode: boolean;
            product: string;
            product_version: number;
            feature: string;
            feature_key: string;
            value: true | number | "unlimited";
            overage_unit_amounts: {
                [key: string]: number;
            } | null;
            /** @description Unix time in seconds. */
            created: number;
        };
        PlanGrantList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["PlanGrant"][];
            has_more: boolean;
            url: string;
        };
        Price: {
            id: string;
            /** @enum {string} */
            object: "price";
            livemode: boolean;
            product: string;
            product_version: number;
            active: boolean;
            nickname: string | null;
            lookup_key: string | null;
            /** @enum {string} */
            type: "recurring" | "one_time";
            recurring: {
                /** @enum {string} */
                interval: "day" | "week" | "month" | "year";
                interval_count: number;
            } | null;
            currency: string;
            /**
             * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
             * @example 2
             */
            currency_exponent: number;
            unit_amount: number;
            currency_options: {
                [key: string]: {
                    unit_amount: number;
                    /**
                     * @description Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.
                     * @example 2
                     */
                    currency_exponent: number;
                };
            };
            trial_period_days: number | null;
            trial_requires_payment_method: boolean;
            stripe_id: string | null;
            /** @enum {string} */
            sync_status: "pending" | "synced" | "failed";
            sync_error: string | null;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time in seconds. */
            updated: number;
        };
        PriceList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Price"][];
            has_more: boolean;
            url: string;
        };
        Pricing: {
            /** @enum {string} */
            object: "pricing";
            livemode: boolean;
            currencies: string[];
            /**
             * @description Each currency of the document (prices and overage) → decimal places of its minor unit, to format the amounts.
             * @example {
             *       "usd": 2,
             *       "jpy": 0
             *     }
             */
            currency_exponents: {
                [key: string]: number;
            };
            /** @description The merchant's branding (POST /v1/branding): the defaults of its elements; page CSS still wins. */
            appearance: {
                /**
                 * @description The elements' default theme; null: the SDK's (auto).
                 * @enum {string|null}
                 */
                theme: "auto" | "light" | "dark" | null;
                /** @description `--billing-<name>` → value for the tokens the merchant set (colours, radius, radius-control, font-family). */
                tokens: {
                    [key: string]: string;
                };
            };
            products: {
                id: string;
                name: string;
                description: string | null;
                marketing_features: string[];
                image_url: string | null;
                highlighted: boolean;
                /** @description Currency → ways to pay, shortest interval first, one-time last. */
                prices: {
                    [key: string]: {
                        price: string;
                        /** @enum {string} */
                        type: "recurring" | "one_time";
                        /** @enum {string|null} */
                        interval: "day" | "week" | "month" | "year" | null;
                        interval_count: number | null;
                        unit_amount: number;
                        trial_period_days: number | null;
                        trial_requires_payment_method: boolean;
                    }[];
                };
            }[];
            /** @description Comparison-table rows: product id → granted value, null where the product does not grant the feature. */
            features: {
                key: string;
                name: string;
                /** @enum {string} */
                type: "boolean" | "metered" | "limit";
                unit_label: string | null;
                values: {
                    [key: string]: {
                        value: true | number | "unlimited";
                        overage_unit_amounts: {
                            [key: string]: number;
                        } | null;
                    } | null;
                };
            }[];
        };
        CurrencyList: {
            /** @enum {string} */
            object: "list";
            data: {
                /** @enum {string} */
                object: "currency";
                /** @description ISO 4217, lower case. */
                code: string;
                /** @description Decimals in unit_amount: 2 means cents. */
                exponent: 0 | 2 | 3;
                /** @description unit_amount must be a multiple of this (10 for three-decimal currencies, 100 for ISK). */
                amount_multiple: number;
            }[];
            /** @enum {boolean} */
            has_more: false;
            url: string;
        };
        Catalogue: {
            /** @enum {string} */
            object?: "catalogue";
            /** @description Ignored on import: the catalogue lands in the mode of the request. */
            livemode?: boolean;
            features: {
                /** @example api_calls */
                key: string;
                name: string;
                /** @enum {string} */
                type: "boolean" | "metered" | "limit";
                unit_label: string | null;
                /** @enum {string|null} */
                aggregation: "sum" | "count" | "max" | "unique" | "last" | null;
                /** @enum {string|null} */
                reset: "billing_period" | "never" | null;
            }[];
            products: {
                /** @description The product's lookup_key, or its id where it came from. */
                key: string;
                name: string;
                description: string | null;
                active: boolean;
                marketing_features: string[];
                image_url: string | null;
                visible: boolean;
                display_order: number;
                highlighted: boolean;
                grants: {
                    /** @example api_calls */
                    feature: string;
                    /**
                     * @description `true` for a boolean feature; a quota (metered) or cap (limit) as an integer; or "unlimited".
                     * @example 10000
                     */
                    value: true | number | "unlimited";
                    overage_unit_amounts: {
                        [key: string]: number;
                    } | null;
                }[];
                prices: {
                    /** @description The price's lookup_key, or its id where it came from. */
                    key: string;
                    active: boolean;
                    nickname: string | null;
                    recurring: {
                        /** @enum {string} */
                        interval: "day" | "week" | "month" | "year";
                        interval_count: number;
                    } | null;
                    /**
                     * @description One of: aed, afn, all, amd, ang, aoa, ars, aud, awg, azn, bam, bbd, bdt, bgn, bhd, bif, bmd, bnd, bob, brl, bsd, bwp, byn, bzd, cad, cdf, chf, clp, cny, cop, crc, cve, czk, djf, dkk, dop, dzd, egp, etb, eur, fjd, fkp, gbp, gel, gip, gmd, gnf, gtq, gyd, hkd, hnl, htg, huf, idr, ils, inr, isk, jmd, jod, jpy, kes, kgs, khr, kmf, krw, kwd, kyd, kzt, lak, lbp, lkr, lrd, lsl, mad, mdl, mga, mkd, mmk, mnt, mop, mur, mvr, mwk, mxn, myr, mzn, nad, ngn, nio, nok, npr, nzd, omr, pab, pen, pgk, php, pkr, pln, pyg, qar, ron, rsd, rub, rwf, sar, sbd, scr, sek, sgd, shp, sle, sos, srd, std, szl, thb, tjs, tnd, top, try, ttd, twd, tzs, uah, ugx, usd, uyu, uzs, vnd, vuv, wst, xaf, xcd, xof, xpf, yer, zar, zmw.
                     * @example usd
                     */
                    currency: string;
                    /**
                     * @description Integer in the currency's minor unit (ISO 4217 exponent, Stripe's exceptions).
                     * @example 1999
                     */
                    unit_amount: number;
                    currency_options: {
                        [key: string]: {
                            /**
                             * @description Integer in the currency's minor unit (ISO 4217 exponent, Stripe's exceptions).
                             * @example 1999
                             */
                            unit_amount: number;
                        };
                    };
                    trial_period_days: number | null;
                    trial_requires_payment_method: boolean;
                }[];
            }[];
        };
        CatalogueChanges: {
            /** @enum {string} */
            object: "catalogue_changes";
            /** @description The mode that was (or would be) changed. */
            livemode: boolean;
            dry_run: boolean;
            changes: {
                /** @enum {string} */
                action: "create" | "update" | "delete";
                /** @enum {string} */
                object: "feature" | "product" | "plan_grant" | "price";
                key: string;
            }[];
        };
        CatalogueSyncReport: {
            /** @enum {string} */
            object: "catalogue_sync";
            livemode: boolean;
            /** @description Pending or failed objects now on Stripe. */
            pushed: number;
            /** @description Synced objects that had drifted at Stripe and were put back. */
            repaired: number;
            /** @description Objects still not on Stripe, with Stripe's reason (also in their sync_error). */
            failed: {
                /** @enum {string} */
                object: "product" | "price";
                id: string;
                error: string;
            }[];
        };
        EntitlementCheck: {
            /** @enum {string} */
            object: "entitlement_check";
            allowed: boolean;
            /**
             * @description allowed: granted, unlimited, overage (past the quota, billed), grace_period (a past_due subscription in its grace); refused: customer_unknown, feature_unknown, no_subscription, not_in_plan, limit_reached.
             * @enum {string}
             */
            reason: "granted" | "unlimited" | "overage" | "grace_period" | "customer_unknown" | "feature_unknown" | "no_subscription" | "not_in_plan" | "limit_reached";
            customer: string | null;
            feature: string;
            /** @enum {string|null} */
            type: "boolean" | "metered" | "limit" | null;
            /** @description The quota or cap; null for boolean and unlimited features. */
            limit: number | null;
            /** @description Usage this period (after the consumption, with consume). */
            used: number;
            /** @description What is left before the limit (never negative); null without a limit. */
            balance: number | null;
            unlimited: boolean;
            /** @description When the usage period ends and the counter starts again; null if it never resets. */
            resets_at: number | null;
            /** @description Usage past the quota this period (billed on the next invoice when the plan prices overage). */
            overage: number;
        };
        EntitlementList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Entitlement"][];
            /** @enum {boolean} */
            has_more: false;
            url: string;
        };
        Entitlement: {
            /** @enum {string} */
            object: "entitlement";
            /** @description The feature's key. */
            feature: string;
            feature_name: string;
            /** @description What a metered feature counts ("API calls"), as the merchant named it; null otherwise. */
            unit_label: string | null;
            /** @enum {string} */
            type: "boolean" | "metered" | "limit";
            value: true | number | "unlimited";
            used: number;
            balance: number | null;
            overage_unit_amounts: {
                [key: string]: number;
            } | null;
            /**
             * @description The currencies of overage_unit_amounts → their exponents.
             * @example {
             *       "usd": 2,
             *       "jpy": 0
             *     }
             */
            currency_exponents: {
                [key: string]: number;
            } | null;
            /** @description Unix time in seconds. */
            period_start: number | null;
            /** @description Unix time in seconds. */
            resets_at: number | null;
            /** @description Set when only a past_due subscription's grace period keeps the feature. */
            grace_until: number | null;
            sources: {
                /** @enum {string} */
                type: "subscription" | "override" | "grant";
                id: string;
                value: true | number | "unlimited";
            }[];
        };
        CustomerGrant: {
            id: string;
            /** @enum {string} */
            object: "customer_grant";
            livemode: boolean;
            customer: string;
            /** @description The feature's key. */
            feature: string;
            /** @enum {string} */
            effect: "add" | "override";
            value: true | number | "unlimited";
            /** @description Unix time in seconds. */
            expires_at: number | null;
            reason: string | null;
            /** @description Unix time in seconds. */
            created: number;
        };
        CustomerGrantList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["CustomerGrant"][];
            has_more: boolean;
            url: string;
        };
        CustomerState: {
            /** @enum {string} */
            object: "customer_state";
            livemode: boolean;
            customer: string;
            entitlements: components["schemas"]["Entitlement"][];
            subscriptions: {
                id: string;
                status: string;
                /** @description The Stripe price it bills. */
                price: string | null;
                /** @description Unix time in seconds. */
                current_period_end: number | null;
                cancel_at_period_end: boolean;
                /** @description Payment collection is paused (its entitlements stop unless the merchant keeps access while paused). */
                paused: boolean;
                /** @description Our product the price belongs to (null if the Stripe price is not one of ours). */
                product: string | null;
                /** @description What it bills in, and so the currency of its overage. */
                currency: string;
            }[];
            /** @description Poll again after this (with If-None-Match); a hint for UI, never a credential. */
            expires_at: number;
        };
        UsageBatchResult: {
            /** @enum {string} */
            object: "usage_batch";
            accepted: number;
            duplicate: number;
            rejected: number;
            data: {
                /** @description The event's id (null when it had none). */
                id: string | null;
                /** @enum {string} */
                status: "accepted" | "duplicate" | "rejected";
                error?: {
                    code: string;
                    message: string;
                    param?: string;
                };
            }[];
        };
        UsageEventList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["UsageEvent"][];
            has_more: boolean;
            url: string;
        };
        UsageEvent: {
            /** @enum {string} */
            object: "usage_event";
            id: string;
            livemode: boolean;
            customer: string;
            feature: string;
            value: number;
            /** @description Unix time in seconds. */
            timestamp: number;
            properties: {
                [key: string]: unknown;
            };
            /** @description Unix time in seconds. */
            period_start: number | null;
            /** @description Unix time in seconds. */
            received: number;
        };
        UsageEventResult: {
            /** @enum {string} */
            object: "usage_event_result";
            id: string;
            /** @enum {string} */
            status: "accepted" | "duplicate";
            customer: string;
            feature: string;
            /** @description The customer's usage of the feature this period, after the event. */
            used: number;
            /** @description Unix time in seconds. */
            period_start: number | null;
        };
        UsagePeriodList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["UsagePeriod"][];
            has_more: boolean;
            url: string;
        };
        UsagePeriod: {
            /** @enum {string} */
            object: "usage_period";
            feature: string;
            /** @description Unix time in seconds. */
            period_start: number | null;
            /** @description Unix time in seconds. */
            period_end: number | null;
            used: number;
            current: boolean;
        };
        EventList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Event"][];
            has_more: boolean;
            url: string;
        };
        WebhookEndpoint: {
            id: string;
            /** @enum {string} */
            object: "webhook_endpoint";
            livemode: boolean;
            url: string;
            description: string | null;
            /** @description The event types sent; null for every type. */
            event_types: ("customer.created" | "customer.updated" | "customer.deleted" | "subscription.created" | "subscription.updated" | "subscription.trial_will_end" | "subscription.past_due" | "subscription.canceled" | "subscription.paused" | "subscription.resumed" | "subscription.plan_changed" | "invoice.paid" | "invoice.payment_failed" | "checkout.completed" | "refund.created" | "entitlements.updated" | "usage.threshold_reached" | "connect.account.updated")[] | null;
            enabled: boolean;
            /**
             * @description `failing`: every delivery failed for five days.
             * @enum {string|null}
             */
            disabled_reason: "failing" | "manual" | null;
            /** @description Start of the current run of failed deliveries; null after a success. */
            failing_since: number | null;
            /** @description After a rotation: until when the old secret also signs. */
            previous_secret_expires_at: number | null;
            /** @description The signing secret, `whsec_…`: only in the answer that creates or rotates it. */
            secret?: string;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time in seconds. */
            updated: number;
        };
        WebhookEndpointList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["WebhookEndpoint"][];
            has_more: boolean;
            url: string;
        };
        WebhookMessage: {
            /** @description The `webhook-id` header of every attempt of this message. */
            id: string;
            /** @enum {string} */
            object: "webhook_message";
            livemode: boolean;
            endpoint: string;
            /** @description The event sent; null for a test event. */
            event: string | null;
            event_type: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description Unix time in seconds. */
            next_attempt_at: number | null;
            /** @description Unix time in seconds. */
            created: number;
            /** @description Unix time in seconds. */
            updated: number;
        };
        WebhookMessageList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["WebhookMessage"][];
            has_more: boolean;
            url: string;
        };
        WebhookMessageWithAttempts: components["schemas"]["WebhookMessage"] & {
            attempt_log: components["schemas"]["WebhookAttempt"][];
        };
        WebhookAttempt: {
            id: string;
            /** @enum {string} */
            object: "webhook_attempt";
            response_status: number | null;
            latency_ms: number;
            /** @description The start of the response body, escaped (control characters and markup) and cut at 1,000 characters. */
            response_excerpt: string;
            /** @description timeout, network, redirect (not followed) or refused_address. */
            error: string | null;
            succeeded: boolean;
            /** @description Unix time in seconds. */
            created: number;
        };
        WebhookSettings: {
            /** @enum {string} */
            object: "webhook_settings";
            /** @description Test mode only: endpoints may be http://localhost or http://127.0.0.1 (for development). */
            allow_local_test_urls: boolean;
            /** @description Every event type an endpoint can subscribe to (`event_types`), grouped by object. */
            event_types: ("customer.created" | "customer.updated" | "customer.deleted" | "subscription.created" | "subscription.updated" | "subscription.trial_will_end" | "subscription.past_due" | "subscription.canceled" | "subscription.paused" | "subscription.resumed" | "subscription.plan_changed" | "invoice.paid" | "invoice.payment_failed" | "checkout.completed" | "refund.created" | "entitlements.updated" | "usage.threshold_reached" | "connect.account.updated")[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug?: string;
                    legal_name?: string | null;
                    country?: string | null;
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    support_email?: string | null;
                    website?: string | null;
                    default_currency?: string;
                    allowed_origins?: string[];
                    logo_url?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "slug_taken";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    legal_name?: string | null;
                    country?: string | null;
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    support_email?: string | null;
                    website?: string | null;
                    default_currency?: string;
                    allowed_origins?: string[];
                    logo_url?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "slug_taken";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The organization's slug, repeated to confirm. */
                    confirm: string;
                };
            };
        };
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "organization";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "confirmation_mismatch" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    onboardingOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each step and whether it is done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationOnboarding"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    leaveOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_id: string;
                        /** @enum {string} */
                        object: "member";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "last_owner";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    transferOrganizationOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description The new owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "owner_required" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "last_owner";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "owner_required" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "last_owner";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_id: string;
                        /** @enum {string} */
                        object: "member";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "owner_required" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "last_owner";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description You are now a member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "membership";
                        organization: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "member" | "viewer";
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "invitation_email_mismatch" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "invitation_invalid" | "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "already_member" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    email: string;
                    /** @enum {string} */
                    role: "owner" | "admin" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description Invited. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "owner_required" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "already_member" | "idempotency_key_in_use" | "idempotency_key_reused" | "invitation_exists";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "invitation_not_pending";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "invitation_not_pending";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "secret" | "restricted" | "publishable";
                    name?: string;
                    scopes?: {
                        /** @enum {string} */
                        organization?: "read" | "write";
                        /** @enum {string} */
                        catalogue?: "read" | "write";
                        /** @enum {string} */
                        customers?: "read" | "write";
                        /** @enum {string} */
                        subscriptions?: "read" | "write";
                        /** @enum {string} */
                        usage?: "read" | "write";
                        /** @enum {string} */
                        webhooks?: "read" | "write";
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    rollApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 0 */
                    expires_in?: number;
                };
            };
        };
        responses: {
            /** @description The replacement key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "api_key_inactive" | "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "api_key_inactive" | "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listAuditLogEntries: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                action?: string;
                actor_id?: string;
                target_id?: string;
                "created[gte]"?: number | null;
                "created[lte]"?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getConnectAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectAccount"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createConnectAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default US */
                    country?: string;
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    email?: string;
                };
            };
        };
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectAccount"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createConnectOnboardingLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    return_url: string;
                    refresh_url: string;
                };
            };
        };
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectLink"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createConnectDashboardLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectLink"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updatePayoutSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    interval: "manual" | "daily" | "weekly" | "monthly";
                    /** @enum {string} */
                    weekly_anchor?: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
                    monthly_anchor?: number;
                    delay_days?: number;
                };
            };
        };
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectAccount"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    upsertCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    email?: string | null;
                    /** @example Jenny Rosen */
                    name?: string | null;
                    /**
                     * @example {
                     *       "crm_id": "6735"
                     *     }
                     */
                    metadata?: {
                        [key: string]: string;
                    };
                    /**
                     * @description Your own id for this customer; unique per organization and mode.
                     * @example user_42
                     */
                    external_id: string;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "external_id_taken" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                /** @description Matches e-mail or name (contains, case-insensitive) or external_id (exact). */
                search?: string;
                email?: string;
                external_id?: string;
                "created[gte]"?: number | null;
                "created[lte]"?: number | null;
                /** @description Only customers with at least one subscription in this status (with product/price: that same subscription). */
                status?: "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "unpaid" | "canceled" | "paused";
                /** @description Only customers with a subscription billing one of this product's prices (any version). */
                product?: string;
                /** @description Only customers with a subscription billing this price. */
                price?: string;
                /** @description created (default), name or email; names and e-mails sort case-insensitively. */
                sort?: "created" | "name" | "email";
                /** @description desc by default for created, asc for name and email. Ties are ordered by id. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customers (JSON, one page) or every matching customer (CSV). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    email?: string | null;
                    /** @example Jenny Rosen */
                    name?: string | null;
                    /**
                     * @example {
                     *       "crm_id": "6735"
                     *     }
                     */
                    metadata?: {
                        [key: string]: string;
                    };
                    /**
                     * @description Your own id for this customer; unique per organization and mode.
                     * @example user_42
                     */
                    external_id?: string;
                    /**
                     * @description Test mode only: a clock from POST /v1/test_clocks; the customer's Stripe mirror lives on its simulated time.
                     * @example clock_1QxJ2bKq8tZ0aB3c
                     */
                    test_clock?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "livemode_not_supported" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "external_id_taken" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example jenny@example.com
                     */
                    email?: string | null;
                    /** @example Jenny Rosen */
                    name?: string | null;
                    /**
                     * @example {
                     *       "crm_id": "6735"
                     *     }
                     */
                    metadata?: {
                        [key: string]: string;
                    };
                    /**
                     * @description Your own id for this customer; unique per organization and mode.
                     * @example user_42
                     */
                    external_id?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "external_id_taken" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "customer";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    timelineCustomer: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                /** @description Only entries of this event type. */
                type?: "customer.created" | "checkout.completed" | "subscription.created" | "subscription.plan_changed" | "subscription.trial_will_end" | "subscription.past_due" | "subscription.paused" | "subscription.resumed" | "subscription.canceled" | "invoice.paid" | "invoice.payment_failed" | "refund.created" | "usage.threshold_reached";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Timeline entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerTimeline"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createCustomerSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example cus_demoAda */
                    customer: string;
                    /**
                     * @description Seconds; 60 to 3600, default 900.
                     * @default 900
                     */
                    expires_in?: number;
                };
            };
        };
        responses: {
            /** @description Minted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerSession"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    revokeCustomerSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedCustomerSession"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    revokeAllCustomerSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerSessionRevocation"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
                        /** @enum {string} */
                        outcome: "applied" | "duplicate" | "ignored";
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "body_invalid" | "body_missing" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "signature_invalid" | "signature_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                /** @description Only this customer's (a customer session always sees only its own). */
                customer?: string;
                status?: "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "unpaid" | "canceled" | "paused";
                /** @description Only subscriptions billing one of this product's prices (any version). */
                product?: string;
                /** @description Only subscriptions billing this price. */
                price?: string;
                /** @description Renews (the current period ends) at or after this Unix time. */
                "current_period_end[gte]"?: number | null;
                /** @description Renews at or before this Unix time. */
                "current_period_end[lte]"?: number | null;
                /** @description created (default) or current_period_end (renewal; subscriptions without a period come last). */
                sort?: "created" | "current_period_end";
                /** @description desc by default for created, asc (soonest first) for current_period_end. Ties are ordered by id. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Required with a secret key; a customer session buys for its own customer.
                     * @example cus_demoAda
                     */
                    customer?: string;
                    /** @example price_demoProMonthly */
                    price: string;
                    /** @default 1 */
                    quantity?: number;
                    /**
                     * @description One of the price's currencies; default the price's own.
                     * @example usd
                     */
                    currency?: string;
                    /**
                     * @description The code the customer typed (e.g. SPRING25).
                     * @example SPRING25
                     */
                    promotion_code?: string;
                };
            };
        };
        responses: {
            /** @description The session (an identical open one on a double submit). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "currency_not_available" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "price_inactive" | "price_not_synced" | "processing_error" | "promotion_code_invalid" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_not_ready" | "already_subscribed" | "customer_not_synced" | "idempotency_key_in_use" | "idempotency_key_reused" | "price_not_synced";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, as Stripe now has it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    previewSubscriptionChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A BillingOS price id: recurring, active, in the subscription's currency. */
                    price?: string;
                    quantity?: number;
                    /** @description Prorate as of this second (within the current period); use the preview's value. */
                    proration_date?: number;
                };
            };
        };
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionChangePreview"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "nothing_to_change" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "price_currency_mismatch" | "price_inactive" | "price_not_recurring" | "price_not_synced" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error" | "subscription_canceled" | "subscription_items_unsupported";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "price_not_synced";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    changeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A BillingOS price id: recurring, active, in the subscription's currency. */
                    price?: string;
                    quantity?: number;
                    /** @description Prorate as of this second (within the current period); use the preview's value. */
                    proration_date?: number;
                    /** @enum {string} */
                    timing: "now" | "period_end";
                };
            };
        };
        responses: {
            /** @description The subscription, as Stripe now has it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "nothing_to_change" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "price_currency_mismatch" | "price_inactive" | "price_not_recurring" | "price_not_synced" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error" | "subscription_canceled" | "subscription_items_unsupported";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "price_not_synced";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    at_period_end: boolean;
                    /** @enum {string} */
                    reason?: "customer_service" | "low_quality" | "missing_features" | "other" | "switched_service" | "too_complex" | "too_expensive" | "unused";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description The subscription, as Stripe now has it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error" | "subscription_canceled";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    undoCancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, as Stripe now has it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "cancellation_not_scheduled" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error" | "subscription_canceled";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    pauseSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unix time in seconds. */
                    resumes_at?: number;
                };
            };
        };
        responses: {
            /** @description The subscription, as Stripe now has it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error" | "subscription_canceled" | "subscription_paused";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    resumeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, as Stripe now has it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error" | "subscription_canceled" | "subscription_not_paused";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCustomerPaymentMethods: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createCustomerSetupIntent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirm it with Stripe.js (confirmSetup); the card is then attached to the customer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupIntentSecret"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    setDefaultPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    detachPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pm: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedPaymentMethod"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refunds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The paid invoice to refund (or payment_intent). */
                    invoice?: string;
                    /** @description The one-time payment to refund (or invoice). */
                    payment_intent?: string;
                    /** @description Minor units; default: everything not refunded yet. */
                    amount?: number;
                    /** @enum {string} */
                    reason?: "duplicate" | "fraudulent" | "requested_by_customer";
                };
            };
        };
        responses: {
            /** @description Refunded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "charge_not_found" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "invoice_not_paid" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "refund_refused" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error" | "refund_not_recorded";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createTestClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where the clock starts; default now. */
                    frozen_time?: number;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "livemode_not_supported" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getTestClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "livemode_not_supported" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    advanceTestClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Later than the current frozen_time. */
                    frozen_time: number;
                };
            };
        };
        responses: {
            /** @description Advancing (status `advancing` until Stripe has run what fell due). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "livemode_not_supported" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                /** @description Only this customer's (a customer session always sees only its own). */
                customer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice, with hosted and PDF links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    payInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A card of the invoice's customer. */
                    payment_method: string;
                };
            };
        };
        responses: {
            /** @description The invoice, with hosted and PDF links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "invoice_not_open" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getMonthlyFees: {
        parameters: {
            query?: {
                /** @description How many months back, 1-36. */
                months?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Monthly totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyFees"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listFeeLedgerEntries: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                /** @description Only payments of this month (UTC). */
                month?: string;
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeLedgerList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getFeeStatement: {
        parameters: {
            query?: {
                /** @description csv: spreadsheet rows; pdf (default): the printable statement. */
                format?: "csv" | "pdf";
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement, as a download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/pdf": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    billingSessionOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Seconds; 60 to 3600, default 900.
                     * @default 900
                     */
                    expires_in?: number;
                };
            };
        };
        responses: {
            /** @description Minted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformBillingSession"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getMrrAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Period length: a UTC day, an ISO week (from Monday) or a UTC month. */
                interval?: "day" | "week" | "month";
                /** @description Only this currency (default: one row per currency and period). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MRR per period with its movements, ARR and the trial pipeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsMrr"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getSubscriptionAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Period length: a UTC day, an ISO week (from Monday) or a UTC month. */
                interval?: "day" | "week" | "month";
                /** @description Only this currency (default: one row per currency and period). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscription growth per period: started, ended, net, and active at the period's end */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSubscriptions"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getRetentionAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Period length: a UTC day, an ISO week (from Monday) or a UTC month. */
                interval?: "day" | "week" | "month";
                /** @description Only this currency (default: one row per currency and period). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ARPU, LTV, logo and revenue churn, net revenue retention and trial conversion per period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsRetention"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getRevenueAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Period length: a UTC day, an ISO week (from Monday) or a UTC month. */
                interval?: "day" | "week" | "month";
                /** @description Only this currency (default: one row per currency and period). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revenue per period: gross from every payment, refunds, net, BillingOS fees */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsRevenue"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getRecoveryAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Period length: a UTC day, an ISO week (from Monday) or a UTC month. */
                interval?: "day" | "week" | "month";
                /** @description Only this currency (default: one row per currency and period). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Failed-payment recovery per period: failed invoices later paid ÷ failed invoices, and the amount recovered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsRecovery"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getCohortAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Cohorts are by month. */
                interval?: "month";
                /** @description Only this currency (default: one row per currency and period). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cohorts by first paid month × months since: logo and revenue retention */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsCohorts"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getUsageAnalytics: {
        parameters: {
            query?: {
                /** @description Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it. */
                from?: number | null;
                /** @description End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it. */
                to?: number | null;
                /** @description Period length: a UTC day, an ISO week (from Monday) or a UTC month. */
                interval?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage totals per feature and period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUsage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCustomersNearUsageLimits: {
        parameters: {
            query?: {
                /** @description Only this feature. */
                feature?: string;
                /** @description Rows in JSON, 1-1000 (CSV has them all). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customers at or above 80 % of a quota or cap in their current period, or over it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUsageLimits"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getBillingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings (defaults until changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettings"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateBillingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBillingSettings"];
            };
        };
        responses: {
            /** @description The updated settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettings"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getBranding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The branding; null fields use the SDK's defaults. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateBranding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string|null} */
                    theme?: "auto" | "light" | "dark" | null;
                    colors?: {
                        /** @example #0f766e */
                        accent?: string | null;
                        /** @example #0f766e */
                        background?: string | null;
                        /** @example #0f766e */
                        surface?: string | null;
                        /** @example #0f766e */
                        text?: string | null;
                        /** @example #0f766e */
                        text_muted?: string | null;
                        /** @example #0f766e */
                        border?: string | null;
                    };
                    /** @description CSS pixels, 0 to 32. */
                    radius?: number | null;
                    /** @example "Inter", system-ui, sans-serif */
                    font_family?: string | null;
                };
            };
        };
        responses: {
            /** @description The branding now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Branding"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listFeatures: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Features. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createFeature: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example api_calls */
                    key: string;
                    name: string;
                    /** @enum {string} */
                    type: "boolean" | "metered" | "limit";
                    /** @description Metered only: what one unit is called. */
                    unit_label?: string;
                    /**
                     * @description Metered only: how usage events combine (default sum).
                     * @enum {string}
                     */
                    aggregation?: "sum" | "count" | "max" | "unique" | "last";
                    /**
                     * @description Metered only: counters reset each billing period (default) or never.
                     * @enum {string}
                     */
                    reset?: "billing_period" | "never";
                    /**
                     * @description Metered and limit features: the shares of the customer's limit (percent, 1-1000) at which the customer is e-mailed and the merchant notified, once per period each (default [80, 100]; [] never alerts).
                     * @example [
                     *       80,
                     *       100
                     *     ]
                     */
                    alert_thresholds?: number[];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feature"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "feature_key_taken" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getFeature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feature. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feature"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateFeature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    unit_label?: string | null;
                    /**
                     * @description Metered and limit features: the shares of the customer's limit (percent, 1-1000) at which the customer is e-mailed and the merchant notified, once per period each (default [80, 100]; [] never alerts).
                     * @example [
                     *       80,
                     *       100
                     *     ]
                     */
                    alert_thresholds?: number[];
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feature"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "feature_key_taken" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteFeature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "feature";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "feature_in_use";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Pro */
                    name: string;
                    /** @example For growing teams that need more. */
                    description?: string | null;
                    /** @description false archives: hidden from new purchases, kept for existing subscribers. */
                    active?: boolean;
                    /**
                     * @description Bullet points for the pricing table.
                     * @example [
                     *       "Unlimited projects",
                     *       "Single sign-on"
                     *     ]
                     */
                    marketing_features?: string[];
                    /** @example https://example.com/pro.png */
                    image_url?: string | null;
                    /** @description Shown in the public pricing table (GET /v1/pricing) once it has an active price. */
                    visible?: boolean;
                    /**
                     * @description Ascending position in the pricing table.
                     * @example 2
                     */
                    display_order?: number;
                    /** @description Emphasised in the pricing table ("most popular"). */
                    highlighted?: boolean;
                    /**
                     * @description Your identifier for this object; unique in this mode, kept by copy-to-live.
                     * @example pro_monthly
                     */
                    lookup_key?: string | null;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "lookup_key_taken";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Pro */
                    name?: string;
                    /** @example For growing teams that need more. */
                    description?: string | null;
                    /** @description false archives: hidden from new purchases, kept for existing subscribers. */
                    active?: boolean;
                    /**
                     * @description Bullet points for the pricing table.
                     * @example [
                     *       "Unlimited projects",
                     *       "Single sign-on"
                     *     ]
                     */
                    marketing_features?: string[];
                    /** @example https://example.com/pro.png */
                    image_url?: string | null;
                    /** @description Shown in the public pricing table (GET /v1/pricing) once it has an active price. */
                    visible?: boolean;
                    /**
                     * @description Ascending position in the pricing table.
                     * @example 2
                     */
                    display_order?: number;
                    /** @description Emphasised in the pricing table ("most popular"). */
                    highlighted?: boolean;
                    /**
                     * @description Your identifier for this object; unique in this mode, kept by copy-to-live.
                     * @example pro_monthly
                     */
                    lookup_key?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "lookup_key_taken";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "product";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "product_has_prices";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    migrateProductSubscribers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MigrateSubscribers"];
            };
        };
        responses: {
            /** @description What moved and what did not. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriberMigration"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "body_invalid" | "body_missing" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listProductVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersionList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listProductGrants: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanGrantList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createProductGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A feature id (feat_…). */
                    feature: string;
                    /**
                     * @description `true` for a boolean feature; a quota (metered) or cap (limit) as an integer; or "unlimited".
                     * @example 10000
                     */
                    value: true | number | "unlimited";
                    /** @description Metered features with a quota: price per unit above it, in minor units per currency. */
                    overage_unit_amounts?: {
                        [key: string]: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Granted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanGrant"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "feature_already_granted" | "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateProductGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                feature: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `true` for a boolean feature; a quota (metered) or cap (limit) as an integer; or "unlimited".
                     * @example 10000
                     */
                    value: true | number | "unlimited";
                    /** @description Metered features with a quota: price per unit above it, in minor units per currency. */
                    overage_unit_amounts?: {
                        [key: string]: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanGrant"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteProductGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                feature: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        product: string;
                        feature: string;
                        /** @enum {string} */
                        object: "plan_grant";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listPrices: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                product?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createPrice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example prod_demoPro */
                    product: string;
                    /**
                     * @description One of: aed, afn, all, amd, ang, aoa, ars, aud, awg, azn, bam, bbd, bdt, bgn, bhd, bif, bmd, bnd, bob, brl, bsd, bwp, byn, bzd, cad, cdf, chf, clp, cny, cop, crc, cve, czk, djf, dkk, dop, dzd, egp, etb, eur, fjd, fkp, gbp, gel, gip, gmd, gnf, gtq, gyd, hkd, hnl, htg, huf, idr, ils, inr, isk, jmd, jod, jpy, kes, kgs, khr, kmf, krw, kwd, kyd, kzt, lak, lbp, lkr, lrd, lsl, mad, mdl, mga, mkd, mmk, mnt, mop, mur, mvr, mwk, mxn, myr, mzn, nad, ngn, nio, nok, npr, nzd, omr, pab, pen, pgk, php, pkr, pln, pyg, qar, ron, rsd, rub, rwf, sar, sbd, scr, sek, sgd, shp, sle, sos, srd, std, szl, thb, tjs, tnd, top, try, ttd, twd, tzs, uah, ugx, usd, uyu, uzs, vnd, vuv, wst, xaf, xcd, xof, xpf, yer, zar, zmw.
                     * @example usd
                     */
                    currency: string;
                    /**
                     * @description Integer in the currency's minor unit (ISO 4217 exponent, Stripe's exceptions).
                     * @example 1999
                     */
                    unit_amount: number;
                    /** @description The same price in other currencies: { eur: { unit_amount: 900 } }. */
                    currency_options?: {
                        [key: string]: {
                            /**
                             * @description Integer in the currency's minor unit (ISO 4217 exponent, Stripe's exceptions).
                             * @example 1999
                             */
                            unit_amount: number;
                        };
                    };
                    /** @description Omit for a one-time price. */
                    recurring?: {
                        /** @enum {string} */
                        interval: "day" | "week" | "month" | "year";
                        /** @default 1 */
                        interval_count?: number;
                    };
                    /** @example Pro monthly */
                    nickname?: string | null;
                    /**
                     * @description Your identifier for this object; unique in this mode, kept by copy-to-live.
                     * @example pro_monthly
                     */
                    lookup_key?: string | null;
                    /** @description true moves lookup_key from the price that holds it (same org and mode) to this one. */
                    transfer_lookup_key?: boolean;
                    /** @example 14 */
                    trial_period_days?: number | null;
                    /** @description false lets customers start the trial without a card. */
                    trial_requires_payment_method?: boolean;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Price"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "lookup_key_taken";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getPrice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The price. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Price"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updatePrice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false archives: no new purchases; existing subscribers keep it. */
                    active?: boolean;
                    nickname?: string | null;
                    /**
                     * @description Your identifier for this object; unique in this mode, kept by copy-to-live.
                     * @example pro_monthly
                     */
                    lookup_key?: string | null;
                    trial_period_days?: number | null;
                    trial_requires_payment_method?: boolean;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Price"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "lookup_key_taken";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getPricingTable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pricing table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pricing"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every supported currency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    exportCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogue"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    importCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    catalogue: components["schemas"]["Catalogue"];
                    /** @default false */
                    dry_run?: boolean;
                };
            };
        };
        responses: {
            /** @description What changed (or would change, with dry_run). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueChanges"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "duplicate_key" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "feature_key_taken" | "feature_type_conflict" | "idempotency_key_in_use" | "idempotency_key_reused" | "lookup_key_taken" | "price_conflict";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    copyCatalogueToLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    dry_run?: boolean;
                };
            };
        };
        responses: {
            /** @description What changed in live mode (or would change, with dry_run). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueChanges"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "duplicate_key" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing" | "test_mode_required";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "feature_key_taken" | "feature_type_conflict" | "idempotency_key_in_use" | "idempotency_key_reused" | "lookup_key_taken" | "price_conflict";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    syncCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was pushed, repaired and still fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueSyncReport"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "account_invalid" | "amount_too_large" | "amount_too_small" | "authentication_required" | "card_declined" | "charge_already_refunded" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "organization_required" | "parameter_invalid" | "parameter_invalid_empty" | "parameter_invalid_integer" | "parameter_missing" | "parameter_unknown" | "payment_intent_authentication_failure" | "payment_intent_unexpected_state" | "processing_error" | "resource_missing" | "setup_intent_authentication_failure" | "stolen_card" | "stripe_error";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "card_declined" | "do_not_honor" | "expired_card" | "fraudulent" | "generic_decline" | "incorrect_cvc" | "incorrect_number" | "insufficient_funds" | "invalid_expiry_month" | "invalid_expiry_year" | "lost_card" | "payment_intent_authentication_failure" | "processing_error" | "setup_intent_authentication_failure" | "stolen_card";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing" | "stripe_account_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    checkEntitlement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The customer's id or external_id; a customer session may leave it out (it checks itself). */
                    customer?: string;
                    /** @description The feature's key. */
                    feature: string;
                    /**
                     * @description Units the caller needs (default 1).
                     * @default 1
                     */
                    required?: number;
                    /**
                     * @description Deduct `required` if allowed, in the same atomic step (needs usage:write).
                     * @default false
                     */
                    consume?: boolean;
                };
            };
        };
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementCheck"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCustomerEntitlements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entitlements, by feature key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCustomerGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerGrantList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createCustomerGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The feature's key. */
                    feature: string;
                    /**
                     * @description `true` for a boolean feature; a quota (metered) or cap (limit) as an integer; or "unlimited".
                     * @example 10000
                     */
                    value: true | number | "unlimited";
                    /**
                     * @description add: on top of any plan (sum); override: replaces what the customer's plans grant, only while one does.
                     * @default add
                     * @enum {string}
                     */
                    effect?: "add" | "override";
                    /** @description When the grant stops counting; null or absent: until deleted. */
                    expires_at?: number | null;
                    /** @description Why (shown in the admin and the audit log). */
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Granted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerGrant"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteCustomerGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                grant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "customer_grant";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCustomerState: {
        parameters: {
            query?: {
                /** @description Required with an API key: the customer id. */
                customer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerState"];
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    batchUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Usage events, each as for POST /v1/usage. */
                    events: unknown[];
                };
            };
        };
        responses: {
            /** @description One result per event, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageBatchResult"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "feature_not_metered" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing" | "timestamp_in_future" | "timestamp_too_old";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "limit_reached" | "not_entitled";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    eventsUsage: {
        parameters: {
            query?: {
                limit?: number;
                /** @description An event id: the page after it. */
                starting_after?: string;
                /** @description A customer id. */
                customer?: string;
                /** @description The feature's key. */
                feature?: string;
                "timestamp[gte]"?: number | null;
                "timestamp[lt]"?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageEventList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for this event: the same id counts once (per organization and mode, for at least 35 days). */
                    id: string;
                    /** @description The customer's id or external_id. */
                    customer: string;
                    /** @description The feature's key. */
                    feature: string;
                    /** @description Usage in the feature's unit (≥ 0; ignored by count and unique aggregations). */
                    value: number;
                    /** @description When it happened (default now): at most 5 minutes ahead, at most 35 days back. */
                    timestamp?: number;
                    /** @description Free-form; `unique_key` is the value a `unique` feature counts once per period. */
                    properties?: {
                        [key: string]: string | number | boolean;
                    };
                };
            };
        };
        responses: {
            /** @description A duplicate: this id was counted before; nothing changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageEventResult"];
                };
            };
            /** @description Counted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageEventResult"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "feature_not_metered" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing" | "timestamp_in_future" | "timestamp_too_old";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused" | "limit_reached" | "not_entitled";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    usageCustomer: {
        parameters: {
            query?: {
                /** @description The feature's key. */
                feature?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage periods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsagePeriodList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                type?: string;
                /** @description Only events about this object id (cus_…, sub_…, in_…). */
                object?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description A public https URL (test mode: http://localhost or http://127.0.0.1 once the webhook settings allow them).
                     * @example https://example.com/billing/webhooks
                     */
                    url: string;
                    /** @example Production backend */
                    description?: string | null;
                    /**
                     * @description Event types to send; null (the default) for every type.
                     * @example [
                     *       "subscription.canceled",
                     *       "invoice.payment_failed"
                     *     ]
                     */
                    event_types?: ("customer.created" | "customer.updated" | "customer.deleted" | "subscription.created" | "subscription.updated" | "subscription.trial_will_end" | "subscription.past_due" | "subscription.canceled" | "subscription.paused" | "subscription.resumed" | "subscription.plan_changed" | "invoice.paid" | "invoice.payment_failed" | "checkout.completed" | "refund.created" | "entitlements.updated" | "usage.threshold_reached" | "connect.account.updated")[] | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created, with `secret`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing" | "url_credentials_in_url" | "url_https_required" | "url_internal_hostname" | "url_invalid_url" | "url_local_url_not_allowed" | "url_private_address";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description A public https URL (test mode: http://localhost or http://127.0.0.1 once the webhook settings allow them).
                     * @example https://example.com/billing/webhooks
                     */
                    url?: string;
                    /** @example Production backend */
                    description?: string | null;
                    /**
                     * @description Event types to send; null (the default) for every type.
                     * @example [
                     *       "subscription.canceled",
                     *       "invoice.payment_failed"
                     *     ]
                     */
                    event_types?: ("customer.created" | "customer.updated" | "customer.deleted" | "subscription.created" | "subscription.updated" | "subscription.trial_will_end" | "subscription.past_due" | "subscription.canceled" | "subscription.paused" | "subscription.resumed" | "subscription.plan_changed" | "invoice.paid" | "invoice.payment_failed" | "checkout.completed" | "refund.created" | "entitlements.updated" | "usage.threshold_reached" | "connect.account.updated")[] | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing" | "url_credentials_in_url" | "url_https_required" | "url_internal_hostname" | "url_invalid_url" | "url_local_url_not_allowed" | "url_private_address";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        object: "webhook_endpoint";
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With the new `secret`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message, queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessage"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    replayFailedWebhookMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Messages created at or after this time. */
                    since: number;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhook_replay";
                        queued: number;
                    };
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listWebhookEndpointMessages: {
        parameters: {
            query?: {
                /** @description 1 to 100, default 10; out-of-range values are clamped. */
                limit?: number | null;
                starting_after?: string;
                ending_before?: string;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageList"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getWebhookMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageWithAttempts"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    retryWebhookMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessage"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getWebhookSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSettings"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    updateWebhookSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allow_local_test_urls: boolean;
                };
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSettings"];
                };
            };
            /** @description Invalid request: `param` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "body_invalid" | "body_missing" | "organization_required" | "parameter_invalid" | "parameter_missing" | "parameter_unknown" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required" | "invalid_api_key" | "invalid_authorization" | "invalid_customer_session" | "invalid_token";
                        };
                    };
                };
            };
            /** @description The payment was declined: `code` and `message` say why (try another payment method). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "authentication_required";
                        };
                    };
                };
            };
            /** @description The credentials are valid but may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "insufficient_permissions" | "origin_not_allowed" | "principal_not_allowed" | "secret_key_in_browser";
                        };
                    };
                };
            };
            /** @description No such object for these credentials (another organisation's or mode's objects are also 404). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "organization_not_found" | "resource_missing";
                        };
                    };
                };
            };
            /** @description Conflict with the current state, or an Idempotency-Key reused with another body. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Request body over 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                        };
                    };
                };
            };
            /** @description The request body is not sent as JSON (`Content-Type: application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                        };
                    };
                };
            };
            /** @description A dependency is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
}
