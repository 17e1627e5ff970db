/**
 * The HTTP security headers every host of the production build sends, in one
 * place: `vite preview` (vite.config.ts), the browser tests' static server
 * (tests/e2e/support/staticServer.ts) and the documented nginx deployment
 * (docs/deployment.md, checked against this file by tests/security).
 *
 * The policy allows no inline script, no eval and no plugin content; the app
 * may only talk to itself and to its configured data API.
 */

/** The directives of the Content-Security-Policy, without connect-src's extra origins. */
export function contentSecurityPolicy(connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers that do not depend on where the data API lives; safe for the dev server too. */
export const staticSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Every security header of a production response; `connectOrigins` are the API origins the page may fetch from. */
export function securityHeaders(connectOrigins: readonly string[] = []): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(connectOrigins), ...staticSecurityHeaders };
}

/**
 * The origin of a configured VITE_API_URL, for connect-src; none when unset
 * (the embedded mock makes no request) or malformed (the app then refuses to
 * start and shows the configuration error).
 */
export function apiConnectOrigins(apiUrl: string | undefined): string[] {
  if (apiUrl === undefined || apiUrl.trim() === '') return [];
  try {
    const url = new URL(apiUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
  } catch {
    return [];
  }
}
