import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The admin panel's page carries AdminJS's inline scripts (its state, its start-up) and styled-components'
 * inline styles: 'unsafe-inline' for both is what it works under; everything else is its own origin (the Roboto
 * font from Google is allowed, and absent offline). Checked in Chromium (test/e2e/admin/csp-browser.test.ts).
 */
const PANEL_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-inline'"],
  styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
  fontSrc: ["'self'", 'data:', 'https://fonts.gstatic.com'],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Apollo's page at GET /graphql (development) embeds the Sandbox from Apollo's CDN. */
const APOLLO_SANDBOX = [
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://sandbox.embed.apollographql.com',
  'https://apollo-server-landing-page.cdn.apollographql.com',
];

/** helmet's headers everywhere: a CSP the panel works under, and HTTPS upgrades where the site is served over TLS. */
export function securityHeaders(production: boolean): RequestHandler {
  const common = { upgradeInsecureRequests: production ? [] : null };
  const panel = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...PANEL_DIRECTIVES, ...common } },
  });
  const graphql = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...PANEL_DIRECTIVES,
        ...common,
        scriptSrc: ["'self'", "'unsafe-inline'", ...APOLLO_SANDBOX],
        styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com', ...APOLLO_SANDBOX],
        imgSrc: ["'self'", 'data:', ...APOLLO_SANDBOX],
        frameSrc: APOLLO_SANDBOX,
        connectSrc: ["'self'", ...APOLLO_SANDBOX],
        manifestSrc: APOLLO_SANDBOX,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => (req.path.startsWith('/graphql') ? graphql : panel)(req, res, next);
}
