/**
 * The description at the top of /docs: what a newcomer needs before the first call, with one
 * example each. Markdown, rendered by Swagger UI.
 */
export const API_GUIDE = `Embeddable billing for SaaS. Stripe-like conventions: snake_case JSON, prefixed ids, cursor pagination, one error envelope, Idempotency-Key on every POST.

## Credentials

Every call carries one credential in \`Authorization: Bearer …\`; each route lists the ones it accepts (the padlock), and **Authorize** above takes them. Locally, \`npm start\` prints the demo merchant's test secret key: paste it under *secretKey*.

| credential | looks like | for |
|---|---|---|
| secret key | \`sk_test_…\` | your backend: the whole API of one organisation in one mode |
| restricted key | \`rk_test_…\` | a backend limited to the key's scopes |
| publishable key | \`pk_test_…\` | browsers on your allowed origins: the public pricing table |
| customer session | \`bcs_test_…\` | a browser acting for one customer (mint it with \`POST /v1/customer_sessions\`) |
| merchant user | a Supabase access token + \`BillingOS-Organization: org_…\` | people in the admin, by role |

\`\`\`sh
curl https://api.example.com/v1/products -H "Authorization: Bearer sk_test_…"
\`\`\`

## Errors

Every error has one shape and a stable \`code\`; \`param\` names the offending field of a 400; quote \`request_id\` when asking for help.

\`\`\`json
{ "error": { "type": "invalid_request_error", "code": "parameter_invalid", "message": "Invalid unit_amount: must be an integer in the currency's minor unit (e.g. 1999 for $19.99)", "param": "unit_amount", "request_id": "req_…" } }
\`\`\`

## Idempotency

Send \`Idempotency-Key\` with any POST: the same key and body within 24 hours replays the first answer instead of acting twice; the same key with another body is a 409 \`idempotency_error\`.

\`\`\`sh
curl -X POST https://api.example.com/v1/customers -H "Authorization: Bearer sk_test_…" -H "Idempotency-Key: signup-42" -H "content-type: application/json" -d '{"email": "jenny@example.com"}'
\`\`\`

## Pagination

Lists answer \`{ "object": "list", "data": [...], "has_more": true }\`, newest first. Pass the last id as \`starting_after\` for the next page (\`ending_before\` goes back); \`limit\` is 1 to 100, default 10.

\`\`\`sh
curl "https://api.example.com/v1/customers?limit=2&starting_after=cus_…" -H "Authorization: Bearer sk_test_…"
\`\`\`

Money is always an integer in the currency's minor unit with a lower-case ISO code: \`{ "unit_amount": 2000, "currency": "usd" }\` is $20.00.`;
