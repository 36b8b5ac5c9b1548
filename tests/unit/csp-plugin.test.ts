import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  policyFor,
} from '../../scripts/vite-plugin-csp';

const transform = (html: string): string => {
  const hook = contentSecurityPolicy().transformIndexHtml as {
    handler: (html: string) => string;
  };
  return hook.handler(html);
};

describe('the CSP plugin', () => {
  it('applies to the production build only (the dev server needs an inline preamble)', () => {
    expect(contentSecurityPolicy().apply).toBe('build');
  });

  it('puts the policy right after the charset, before any script', () => {
    const html = '<head>\n<meta charset="UTF-8" />\n<script type="module" src="/a.js"></script>';
    const out = transform(html);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
  });

  it('allows scripts from the app itself only: no inline code, no eval', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('allows an inline stylesheet by its hash only, never by unsafe-inline', () => {
    const css = 'body{margin:0}';
    const hash = createHash('sha256').update(css).digest('base64');
    const policy = policyFor(`<head><style>${css}</style></head>`);
    expect(policy).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policyFor('<head></head>')).toBe(CONTENT_SECURITY_POLICY);
  });
});
