import { startPreview } from './bench/browser/preview-server';
import { benchListImportBrowser } from './bench/browser/list-import.bench';
const server = await startPreview(4184);
try { await benchListImportBrowser(server.url); } finally { server.stop(); }
