import { startPreview } from './bench/browser/preview-server';
import { benchPersistence } from './bench/browser/persistence.bench';
const server = await startPreview(4186);
try { await benchPersistence(server.url); } finally { server.stop(); }
