// Security headers of every page and file the server sends (DESIGN.md §6). The Content-
// Security-Policy is the one the build wrote into index.html's <meta> (scripts/vite-plugin-
// csp.ts), hash of the inline stylesheet included, so the header and the tag never disagree;
// as a header it can also forbid framing (frame-ancestors is ignored in a <meta>).
const META_CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i;

/** Used when a build carries no policy: nothing inline, everything from this origin. */
const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'";

export function contentSecurityPolicy(indexHtml: string): string {
  const fromBuild = META_CSP.exec(indexHtml)?.[1] ?? FALLBACK_CSP;
  return `${fromBuild}; frame-ancestors 'none'`;
}

export function securityHeaders(indexHtml: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(indexHtml),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
