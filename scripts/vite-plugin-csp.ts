// Adds the Content-Security-Policy <meta> of DESIGN.md §6 to the production build only. Static
// hosting sends no headers, so the policy travels in the page; the development server is left
// alone because plugin-react's refresh preamble is an inline script.
//
// Scripts, styles, workers and the manifest come from this origin only; no inline script and
// no eval anywhere. The one inline stylesheet (the first screen's, see ./vite-plugin-inline-
// css.ts) is allowed by its hash, computed here from the final page. React's `style` props are
// set through the CSSOM, which style-src does not govern, so no 'unsafe-inline' is needed. Images allow data: and blob:
// (the app's own icons and any future generated image); object and base are locked down.
// (frame-ancestors is ignored in a <meta> and would only log a warning, so it is left out.)
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The policy for a page: style-src also names the hash of each inline <style> block. */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css = '']) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  return CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'",
    ["style-src 'self'", ...hashes].join(' '),
  );
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'goals-first:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
        // Right after the charset (which must come first), before any script or stylesheet.
        const charset = /<meta charset="[^"]*" \/>/i;
        if (!charset.test(html))
          throw new Error('index.html lacks <meta charset>; the CSP goes after it');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
