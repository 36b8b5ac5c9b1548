import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { inlineEntryCss } from './scripts/vite-plugin-inline-css.ts';
import { precompress } from './scripts/vite-plugin-precompress.ts';
import { serverPathsDenylist } from './scripts/server-paths.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  plugins: [
    // Preact runs the app's React components (react and react-dom resolve to preact/compat):
    // the same code at a tenth of react-dom's size, which a phone on a slow network downloads
    // and runs before Today can show (issue 20: react-dom was half of the first screen's JS).
    preact(),
    // In this order: the CSP hashes the inline stylesheet.
    inlineEntryCss(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits until the user chooses "Reload to update" (src/app/
      // register-service-worker.ts); it never reloads a tab on its own, which could cut an edit.
      registerType: 'prompt',
      // Registered from our own code, lazily: no inline script (CSP) and nothing in the first
      // bundle.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Goals First',
        short_name: 'Goals First',
        description: 'A to-do list that keeps your personal goals above the chore pile.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f4ef',
        theme_color: '#f6f4ef',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The whole app, every lazily loaded view included, so it starts with the network off.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Deep links (/settings) are the app's own routes: answer them with the app shell.
        navigateFallback: '/index.html',
        // …but never the server's own paths: /sync, /api and /healthz reach the server.
        navigateFallbackDenylist: serverPathsDenylist(),
        cleanupOutdatedCaches: true,
      },
    }),
    // Last: compresses every file the others wrote, the service worker included.
    precompress(),
  ],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    // Everything the first screen imports statically goes into one chunk with the entry. Left
    // to itself, Rolldown split it into 16 files (most under 2 KB: modules shared with lazy
    // views), and a slow phone pays round trips for them before Today can show its list
    // (Lighthouse mobile: largest contentful paint about 0.4 s later, issue 20). Lazy views
    // keep their own chunks and import what they share from this one.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'first-screen', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
