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

/**
 * helmet's headers everywhere: a CSP the panel works under, and HTTPS upgrades where the site is served over TLS.
 * GraphiQL at GET /graphql (development) comes from this origin too (explorer.ts), so the same policy fits it.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const common = { upgradeInsecureRequests: production ? [] : null };
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...PANEL_DIRECTIVES, ...common } },
  });
}
