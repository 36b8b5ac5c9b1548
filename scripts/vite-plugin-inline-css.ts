// Puts the first screen's stylesheet into index.html as a <style> block (build only). As a file
// it blocks the first paint for one more request: on a slow phone network the static header in
// index.html then waits for it; inline, it paints with the page (Lighthouse mobile, DESIGN.md
// §8). The CSP plugin allows each inline block by its hash, so style-src stays 'self'.
// Lazily loaded views keep their own stylesheet files; the entry's stays as an empty file.
import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g;

export function inlineEntryCss(): Plugin {
  return {
    name: 'goals-first:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return link;
          const css =
            typeof asset.source === 'string'
              ? asset.source
              : new TextDecoder().decode(asset.source);
          // The file stays, emptied: a lazy chunk that imports a module of the entry chunk lists
          // the entry's stylesheet among what to preload (Vite does so for CSS whatever
          // build.modulePreload says), and a missing file would fail that dynamic import.
          asset.source = '/* inlined into index.html */\n';
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
