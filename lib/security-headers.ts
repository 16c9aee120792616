/**
 * Pages get a nonce-based CSP (no inline script without the nonce); API answers
 * get a CSP that allows nothing. No page may be framed, the wall included: a TV
 * opens it directly.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Tailwind ships a stylesheet, but React sets style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// The headers every response gets are in next.config.js (it cannot import TypeScript).
