// Stripe.js stand-in served by the BillingOS Stripe emulator at /v3/stripe.js. It implements the calls
// BillingOS makes (Stripe(), elements(), create('payment'), mount, submit, confirmPayment, confirmSetup)
// against the emulator. Card data is typed into an iframe served by the emulator and only ever sent from
// that iframe to the emulator; this page sees PaymentMethod ids. No innerHTML, no eval (strict CSP).
(() => {
  const script = document.currentScript;
  const EMULATOR = new URL(script ? script.src : location.href).origin;
  const SOURCE = "billingos-stripe";
  let frameCounter = 0;

  class IntegrationError extends Error {
    constructor(message) {
      super(message);
      this.name = "IntegrationError";
    }
  }

  function intentPath(clientSecret) {
    const id = String(clientSecret || "").split("_secret_")[0];
    if (id.startsWith("pi_")) return { id, kind: "payment_intent", path: `/v1/payment_intents/${id}` };
    if (id.startsWith("seti_")) return { id, kind: "setup_intent", path: `/v1/setup_intents/${id}` };
    throw new IntegrationError("Invalid value for clientSecret: it should be a PaymentIntent or SetupIntent client secret.");
  }

  function api(key, account) {
    return async (method, path, params) => {
      const headers = { authorization: `Bearer ${key}` };
      if (account) headers["stripe-account"] = account;
      const init = { method, headers };
      let url = `${EMULATOR}${path}`;
      const body = new URLSearchParams(params || {});
      if (method === "GET") url += `?${body}`;
      else {
        headers["content-type"] = "application/x-www-form-urlencoded";
        init.body = body;
      }
      const response = await fetch(url, init);
      const json = await response.json();
      return response.ok ? { ok: true, value: json } : { ok: false, error: json.error };
    };
  }

  function resolveTarget(target) {
    const node = typeof target === "string" ? document.querySelector(target) : target;
    if (!node || !(node instanceof Element))
      throw new IntegrationError(
        `The selector you specified (${String(target)}) applies to no DOM elements that are currently on the page.`,
      );
    if (!node.isConnected)
      throw new IntegrationError("The element you specified is not attached to the document; mount it after it is inserted.");
    if (node.getRootNode() instanceof ShadowRoot)
      throw new IntegrationError("Elements cannot be mounted in a ShadowRoot. Please mount in the Light DOM.");
    return node;
  }

  class PaymentElement {
    constructor(group, type, options) {
      this.group = group;
      this.type = type;
      this.options = options || {};
      this.handlers = {};
      this.iframe = null;
      this.pending = new Map();
      this.onMessage = (event) => this.receive(event);
    }

    on(name, handler) {
      this.handlers[name] = [...(this.handlers[name] || []), handler];
      return this;
    }

    emit(name, payload) {
      for (const handler of this.handlers[name] || []) handler(payload);
    }

    mount(target) {
      const node = resolveTarget(target);
      if (this.iframe) throw new IntegrationError("This Element is already mounted. Call unmount() first.");
      const query = new URLSearchParams({
        pk: this.group.stripe.key,
        parent: location.origin,
        appearance: JSON.stringify(this.group.options.appearance?.variables || {}),
        theme: this.group.options.appearance?.theme || "stripe",
      });
      if (this.group.stripe.account) query.set("account", this.group.stripe.account);
      const iframe = document.createElement("iframe");
      iframe.name = `__privateStripeFrame${++frameCounter}`;
      iframe.title = "Secure payment input frame";
      iframe.src = `${EMULATOR}/v3/elements/${encodeURIComponent(this.type)}?${query}`;
      iframe.setAttribute("frameborder", "0");
      iframe.setAttribute("allowtransparency", "true");
      iframe.style.cssText = "border:0;width:100%;height:190px;display:block;background:transparent";
      window.addEventListener("message", this.onMessage);
      node.appendChild(iframe);
      this.iframe = iframe;
      return this;
    }

    unmount() {
      window.removeEventListener("message", this.onMessage);
      if (this.iframe) this.iframe.remove();
      this.iframe = null;
    }

    destroy() {
      this.unmount();
      this.group.elements.delete(this.type);
    }

    receive(event) {
      if (event.origin !== EMULATOR || !this.iframe || event.source !== this.iframe.contentWindow) return;
      const message = event.data || {};
      if (message.source !== SOURCE) return;
      if (message.type === "ready") this.emit("ready", { elementType: this.type });
      else if (message.type === "change") this.emit("change", { elementType: this.type, complete: message.complete, empty: message.empty });
      else if (message.type === "submitted") {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (resolve) resolve(message);
      }
    }

    /** Asks the frame to check the card and create a PaymentMethod with the emulator. */
    collect() {
      if (!this.iframe?.contentWindow) return Promise.reject(new IntegrationError("The Payment Element is not mounted."));
      const id = `${Date.now()}-${Math.random()}`;
      return new Promise((resolve) => {
        this.pending.set(id, resolve);
        this.iframe.contentWindow.postMessage({ source: SOURCE, type: "submit", id }, EMULATOR);
      });
    }
  }

  class Elements {
    constructor(stripe, options) {
      this.stripe = stripe;
      this.options = options || {};
      this.elements = new Map();
      this.paymentMethod = null;
    }

    create(type, options) {
      if (type !== "payment" && type !== "card") throw new IntegrationError(`Element type ${type} is not supported by the emulator.`);
      if (this.elements.has(type)) throw new IntegrationError(`Can only create one Element of type ${type}.`);
      const element = new PaymentElement(this, type, options);
      this.elements.set(type, element);
      return element;
    }

    getElement(type) {
      return this.elements.get(type) || null;
    }

    update(options) {
      this.options = { ...this.options, ...options };
    }

    async submit() {
      const element = this.elements.get("payment") || this.elements.get("card");
      if (!element) return { error: { type: "validation_error", message: "No Payment Element is mounted." } };
      const result = await element.collect();
      if (result.error) return { error: result.error };
      this.paymentMethod = result.paymentMethod;
      return {};
    }
  }

  function showChallenge(url) {
    const overlay = document.createElement("div");
    overlay.setAttribute("data-stripe-challenge", "");
    overlay.style.cssText =
      "position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center;z-index:2147483647";
    const frame = document.createElement("iframe");
    frame.name = "stripe-challenge";
    frame.title = "3D Secure challenge";
    frame.src = `${url}&mode=modal`;
    frame.style.cssText = "width:420px;height:420px;border:0;border-radius:8px;background:#fff";
    overlay.appendChild(frame);
    document.body.appendChild(overlay);
    return overlay;
  }

  function StripeInstance(key, options) {
    if (!(this instanceof StripeInstance)) return new StripeInstance(key, options);
    if (typeof key !== "string" || !/^pk_(test|live)_/.test(key))
      throw new IntegrationError("Invalid API Key provided: a publishable key (pk_test_… or pk_live_…) is required.");
    this.key = key;
    this.account = options?.stripeAccount || null;
    this.request = api(key, this.account);
  }

  StripeInstance.prototype.elements = function elements(options) {
    return new Elements(this, options);
  };

  StripeInstance.prototype.confirm = async function confirm(kind, args) {
    const elements = args.elements;
    const clientSecret = args.clientSecret || elements?.options.clientSecret;
    const intent = intentPath(clientSecret);
    if (intent.kind !== kind)
      throw new IntegrationError(`confirm${kind === "payment_intent" ? "Payment" : "Setup"} needs a ${kind} client secret.`);
    let paymentMethod = args.confirmParams?.payment_method;
    if (!paymentMethod && elements) {
      if (!elements.paymentMethod) {
        const submitted = await elements.submit();
        if (submitted.error) return { error: submitted.error };
      }
      paymentMethod = elements.paymentMethod;
    }
    const returnUrl = args.confirmParams?.return_url;
    if (args.redirect !== "if_required" && !returnUrl)
      throw new IntegrationError(
        "stripe.confirmPayment(): the `confirmParams.return_url` argument is required unless passing `redirect: 'if_required'`.",
      );
    const params = { client_secret: clientSecret, payment_method: paymentMethod };
    if (returnUrl) params.return_url = returnUrl;
    const confirmed = await this.request("POST", `${intent.path}/confirm`, params);
    if (!confirmed.ok) return { error: confirmed.error };
    let current = confirmed.value;
    if (current.status === "requires_action" && current.next_action && current.next_action.redirect_to_url) {
      const overlay = showChallenge(current.next_action.redirect_to_url.url);
      while (current.status === "requires_action") {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const polled = await this.request("GET", intent.path, { client_secret: clientSecret });
        if (polled.ok) current = polled.value;
      }
      overlay.remove();
      const error = kind === "payment_intent" ? current.last_payment_error : current.last_setup_error;
      if (current.status !== "succeeded" && current.status !== "processing" && current.status !== "requires_capture")
        return { error: { ...(error || {}), type: error?.type || "invalid_request_error", [kind]: current } };
    }
    if (args.redirect !== "if_required" && returnUrl) {
      const target = new URL(returnUrl);
      target.searchParams.set(kind, current.id);
      target.searchParams.set(`${kind}_client_secret`, clientSecret);
      target.searchParams.set("redirect_status", current.status === "succeeded" ? "succeeded" : current.status);
      location.assign(target.toString());
    }
    return { [kind === "payment_intent" ? "paymentIntent" : "setupIntent"]: current };
  };

  StripeInstance.prototype.confirmPayment = function confirmPayment(args) {
    return this.confirm("payment_intent", args || {});
  };

  StripeInstance.prototype.confirmSetup = function confirmSetup(args) {
    return this.confirm("setup_intent", args || {});
  };

  StripeInstance.prototype.retrievePaymentIntent = async function retrievePaymentIntent(clientSecret) {
    const result = await this.request("GET", intentPath(clientSecret).path, { client_secret: clientSecret });
    return result.ok ? { paymentIntent: result.value } : { error: result.error };
  };

  StripeInstance.prototype.retrieveSetupIntent = async function retrieveSetupIntent(clientSecret) {
    const result = await this.request("GET", intentPath(clientSecret).path, { client_secret: clientSecret });
    return result.ok ? { setupIntent: result.value } : { error: result.error };
  };

  StripeInstance.version = 3;
  window.Stripe = StripeInstance;
  window.Stripe.IntegrationError = IntegrationError;
})();
