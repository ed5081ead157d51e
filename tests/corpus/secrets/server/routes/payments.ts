import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-06-20" });
const restricted = new Stripe("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");
const idempotencyKey = crypto.randomUUID();
export const webhookSecret = process.env["STRIPE_WEBHOOK_SECRET"];
export const shopifyAdminToken = "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";
export const shopifySharedSecret = "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";
export const discordHook = "https://discord.com/api/webhooks/7327727808080636375/GJERLMmM4YKOaoj9u1-m7j2yP9xCiNcbFehwVX3MJVMa93yDM6BBwwjVJzmJYDSSP4jZ";
