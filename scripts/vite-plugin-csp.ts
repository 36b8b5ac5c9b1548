// Adds the Content-Security-Policy <meta> of DESIGN.md §6 to the production build only. Static
// hosting sends no headers, so the policy travels in the page; the development server is left
// alone because plugin-react's refresh preamble is an inline script.
//
// Scripts, styles, workers and the manifest come from this origin only; no inline script and
// no eval anywhere. React's `style` props are set through the CSSOM, which style-src does not
// govern, so no 'unsafe-inline' is needed for styles either. Images allow data: and blob:
// (the app's own icons and any future generated image); object and base are locked down.
// (frame-ancestors is ignored in a <meta> and would only log a warning, so it is left out.)
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

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'goals-first:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        // Right after the charset (which must come first), before any script or stylesheet.
        const charset = /<meta charset="[^"]*" \/>/i;
        if (!charset.test(html))
          throw new Error('index.html lacks <meta charset>; the CSP goes after it');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
