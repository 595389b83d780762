/** A card decline as Stripe reports it (`code`, `decline_code`, message). */
export interface Decline {
  code: string;
  decline_code?: string;
  message: string;
}

/**
 * How a test card behaves: `declineOnAttach` refuses attaching/setup; `declineOnCharge` refuses payments;
 * `authentication` says when 3-D Secure is required: `always` (every payment, and off-session payments
 * fail with `authentication_required`) or `setup` (once when set up; later off-session payments pass).
 */
export interface TestCard {
  number: string;
  brand: "visa" | "mastercard" | "amex";
  funding: "credit" | "debit";
  declineOnAttach?: Decline;
  declineOnCharge?: Decline;
  authentication?: "always" | "setup";
}

const declined = (decline_code: string, message = "Your card was declined."): Decline => ({ code: "card_declined", decline_code, message });

export const DECLINES = {
  generic: declined("generic_decline"),
  insufficientFunds: declined("insufficient_funds", "Your card has insufficient funds."),
  lostCard: declined("lost_card"),
  fraudulent: declined("fraudulent"),
  expired: { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." },
  incorrectCvc: { code: "incorrect_cvc", decline_code: "incorrect_cvc", message: "Your card's security code is incorrect." },
  processing: {
    code: "processing_error",
    decline_code: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
  },
  authenticationRequired: {
    code: "authentication_required",
    decline_code: "authentication_required",
    message: "Your card was declined. This transaction requires authentication.",
  },
} satisfies Record<string, Decline>;

/** Stripe's documented test card numbers, by number. */
const CARDS: TestCard[] = [
  { number: "4242424242424242", brand: "visa", funding: "credit" },
  { number: "4000056655665556", brand: "visa", funding: "debit" },
  { number: "5555555555554444", brand: "mastercard", funding: "credit" },
  { number: "5200828282828210", brand: "mastercard", funding: "debit" },
  { number: "378282246310005", brand: "amex", funding: "credit" },
  { number: "4000000000000002", brand: "visa", funding: "credit", declineOnAttach: DECLINES.generic, declineOnCharge: DECLINES.generic },
  {
    number: "4000000000009995",
    brand: "visa",
    funding: "credit",
    declineOnAttach: DECLINES.insufficientFunds,
    declineOnCharge: DECLINES.insufficientFunds,
  },
  { number: "4000000000009987", brand: "visa", funding: "credit", declineOnAttach: DECLINES.lostCard, declineOnCharge: DECLINES.lostCard },
  { number: "4000000000000069", brand: "visa", funding: "credit", declineOnAttach: DECLINES.expired, declineOnCharge: DECLINES.expired },
  {
    number: "4000000000000127",
    brand: "visa",
    funding: "credit",
    declineOnAttach: DECLINES.incorrectCvc,
    declineOnCharge: DECLINES.incorrectCvc,
  },
  {
    number: "4000000000000119",
    brand: "visa",
    funding: "credit",
    declineOnAttach: DECLINES.processing,
    declineOnCharge: DECLINES.processing,
  },
  {
    number: "4100000000000019",
    brand: "visa",
    funding: "credit",
    declineOnAttach: DECLINES.fraudulent,
    declineOnCharge: DECLINES.fraudulent,
  },
  { number: "4000000000000341", brand: "visa", funding: "credit", declineOnCharge: DECLINES.generic },
  { number: "4000002760003184", brand: "visa", funding: "credit", authentication: "always" },
  { number: "4000000000003220", brand: "visa", funding: "credit", authentication: "always" },
  { number: "4000002500003155", brand: "visa", funding: "credit", authentication: "setup" },
];

/** Stripe's test PaymentMethod ids and the card each stands for. */
const TOKENS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_visa_debit: "4000056655665556",
  pm_card_mastercard: "5555555555554444",
  pm_card_mastercard_debit: "5200828282828210",
  pm_card_amex: "378282246310005",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_chargeDeclinedLostCard: "4000000000009987",
  pm_card_chargeDeclinedExpiredCard: "4000000000000069",
  pm_card_chargeDeclinedIncorrectCvc: "4000000000000127",
  pm_card_chargeDeclinedProcessingError: "4000000000000119",
  pm_card_chargeDeclinedFraudulent: "4100000000000019",
  pm_card_chargeCustomerFail: "4000000000000341",
  pm_card_authenticationRequired: "4000002760003184",
  pm_card_threeDSecure2Required: "4000000000003220",
  pm_card_authenticationRequiredOnSetup: "4000002500003155",
};

export function cardByNumber(number: string): TestCard | undefined {
  return CARDS.find((card) => card.number === number.replace(/\s+/g, ""));
}

export function cardByToken(token: string): TestCard | undefined {
  const number = TOKENS[token];
  return number ? cardByNumber(number) : undefined;
}

/** Luhn check, so a mistyped number in the card form is refused like Stripe.js does (`incorrect_number`). */
export function passesLuhn(number: string): boolean {
  const digits = number.replace(/\s+/g, "");
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
