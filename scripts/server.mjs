// `npm run server`: starts the compiled server (dist-server/, made by `npm run build`) on an
// existing build of the app, or says what to run first.
import { existsSync } from 'node:fs';

const main = new URL('../dist-server/server/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error(
    'No server build in dist-server/: run `npm run build` first (or `npm start`, which builds, then starts).',
  );
  process.exit(1);
}
await import(main.href);
