export const config = {
  apiUrl: process.env.NEXT_PUBLIC_API_URL ?? "http://localhost:8000",
  stripeSecret: process.env.STRIPE_SECRET_KEY!,
  stripePublishable: "pk_live_EJLPVo3NS91XgHJr5fcQQm0qhB2y2EcXzE5IfVDNDCegCtYPeMaQkNWbVdffA1f8QhTyxg1JCjnAXkPoBxrROGK1DbMlhJMDN6M",
  slackWebhook: "https://hooks.slack.com/services/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",
  githubToken: "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",
  geminiApiKey: "AIzaT-RDXDkKVagLPFE9PMVENFSoeubuiz8at4l",
  sentryDsn: import.meta.env.VITE_SENTRY_DSN,
  buildId: "606780a9ec05d3efed6ed38a3278a975345f01a6",
  passwordPolicy: { minLength: 12, requireSymbol: true },
  tokenStorageKey: "orders.auth.token",
};
