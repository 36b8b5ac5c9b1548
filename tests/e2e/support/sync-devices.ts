// Devices for the sync journeys: the Goals First server as its own process (the compiled server
// on dist/, SQLite in a temporary folder), one per Playwright worker, on a fixed port so the
// app's origin survives a restart; each device a browser context of its own (its own IndexedDB)
// whose sync socket goes through a switch: "offline" closes it and refuses new ones (Playwright's
// setOffline leaves an open WebSocket alone), "silent" keeps it open but lets nothing through.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type WebSocketRoute,
} from '@playwright/test';
import { freePort } from '../../../scripts/free-port';

export class SyncServer {
  private child: ChildProcess | undefined;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'goals-first-e2e-'));
  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['dist-server/server/main.js'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DIST_DIR: 'dist',
        STORAGE: 'sqlite',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"event":"listening"')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
    });
  }

  /** Stops the process: SIGTERM stores everything first; SIGKILL is a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (child?.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

type Mode = 'online' | 'offline';

export class Device {
  private mode: Mode = 'online';
  private readonly routes = new Set<WebSocketRoute>();
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, server: SyncServer, name: string): Promise<Device> {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const device = new Device(name, context, page);
    await context.routeWebSocket(/\/sync(\?|$)/, (ws) => device.route(ws));
    await page.goto('/');
    await page.getByRole('main').waitFor();
    return device;
  }

  private route(ws: WebSocketRoute): void {
    if (this.mode === 'offline') {
      void ws.close({ code: 1006, reason: 'offline' }).catch(() => undefined);
      return;
    }
    const server = ws.connectToServer();
    this.routes.add(ws);
    const passes = () => this.mode === 'online' && !this.silenced.has(ws);
    ws.onMessage((message) => {
      if (passes()) server.send(message);
    });
    server.onMessage((message) => {
      if (passes()) ws.send(message);
    });
    ws.onClose(() => this.routes.delete(ws));
  }

  /** The network goes: the socket closes, no new one gets through, HTTP fails. */
  async goOffline(): Promise<void> {
    this.mode = 'offline';
    await this.context.setOffline(true);
    for (const ws of this.routes)
      await ws.close({ code: 1006, reason: 'offline' }).catch(() => undefined);
    this.routes.clear();
  }

  async goOnline(): Promise<void> {
    this.mode = 'online';
    await this.context.setOffline(false);
  }

  /**
   * The open socket stays open but carries nothing more, as a connection that died without a
   * word (a lid closed, a Wi-Fi hand-over); sockets opened after it work.
   */
  goSilent(): void {
    for (const ws of this.routes) this.silenced.add(ws);
  }

  private readonly silenced = new WeakSet<WebSocketRoute>();

  settings() {
    return this.page.getByRole('region', { name: 'Sync' });
  }

  status() {
    return this.settings().getByRole('status').first();
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(this.settings()).toBeVisible();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export const test = base.extend<
  { devices: (name: string) => Promise<Device> },
  { syncServer: SyncServer }
>({
  syncServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from it
    async ({}, use) => {
      const server = new SyncServer(await freePort());
      await server.start();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],
  devices: async ({ browser, syncServer }, use) => {
    const opened: Device[] = [];
    await use(async (name) => {
      const device = await Device.open(browser, syncServer, name);
      opened.push(device);
      return device;
    });
    for (const device of opened) await device.close();
  },
});

export { expect };
