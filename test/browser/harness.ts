/**
 * Shared plumbing for the browser suite: build dist/ when sources changed, serve it on a free
 * localhost port, and drive Debian's Chromium through playwright-core. A missing Chromium fails
 * the suite with a plain message: browser tests are never skipped.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize, resolve, sep } from 'path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
/** Building with webpack takes a minute or more on two cores. */
export const BUILD_TIMEOUT_MS = 15 * 60_000;

const BUILD_INPUTS = [
  'src',
  'webpack.config.js',
  'scripts/hosting.js',
  'tsconfig.json',
  'tsconfig.build.json',
  'manifest.xml',
];
const BUILD_OUTPUTS = ['index.html', 'taskpane.html', 'playground.js', 'taskpane.js'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds dist/ with `webpack --mode development` unless it is already newer than every source.
 * `RUDDER_NO_BUILD=1` uses dist/ as it is (a build you just made yourself), but it must exist.
 */
export function ensureBuilt(): void {
  const outputs = BUILD_OUTPUTS.map((f) => join(DIST, f));
  if (process.env.RUDDER_NO_BUILD === '1') {
    const missing = outputs.filter((f) => !existsSync(f));
    if (missing.length > 0)
      throw new Error(
        `RUDDER_NO_BUILD=1 but dist/ lacks ${missing.join(', ')}: build first with npx webpack --mode development.`,
      );
    return;
  }
  if (outputs.every(existsSync)) {
    const oldestOutput = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
    const newestInput = Math.max(
      ...BUILD_INPUTS.map((p) => join(ROOT, p))
        .filter(existsSync)
        .map(newestMtime),
    );
    if (oldestOutput >= newestInput) return;
  }
  const result = spawnSync('npx', ['webpack', '--mode', 'development', '--stats', 'errors-warnings'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`The webpack build could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`The webpack build failed (exit ${result.status}), so the browser tests cannot run:\n${output}`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at a free port; anything outside dist/ is a 404. */
export async function serveDist(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
  };
}

const NAVIGATION_TIMEOUT_MS = 120_000;

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROME_PATH}. Install it with "apt-get install -y chromium", ` +
        'or set CHROME_PATH to a Chromium or Chrome binary. The browser tests need it and are not skipped.',
    );
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Console errors, uncaught page errors and failed or 4xx/5xx requests seen by a page. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
}

/** Opens `url` in a fresh context; `prepare` runs before navigation (e.g. to block a URL). */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (req) =>
    problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  // The development bundles are tens of megabytes and the machine is shared: be patient.
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, problems };
}

/** Saves a screenshot CI keeps as an artefact; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The playground open in Chromium for one test file. */
export interface PlaygroundSession {
  readonly page: Page;
  readonly problems: PageProblems;
  /** The task pane beside the grid. */
  readonly pane: Locator;
  /** Opens another page of the same playground, e.g. at another window size. */
  openAnother(options?: BrowserContextOptions): Promise<{ page: Page; problems: PageProblems }>;
}

/**
 * Registers the file's beforeAll/afterAll: build if needed, serve dist/, open the playground and
 * wait for it; close everything afterwards. Read the session's fields inside tests only.
 */
export function openPlaygroundForFile(
  waitUntilReady: (page: Page) => Promise<void>,
  options?: BrowserContextOptions,
): PlaygroundSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let opened: { page: Page; problems: PageProblems } | undefined;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDist();
    browser = await launchChromium();
    opened = await openPage(browser, `${server.url}/index.html`, options);
    await waitUntilReady(opened.page);
  }, BUILD_TIMEOUT_MS + 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = (): { page: Page; problems: PageProblems } => {
    if (!opened) throw new Error('The playground is not open yet: use the session inside tests.');
    return opened;
  };
  return {
    get page() {
      return ready().page;
    },
    get problems() {
      return ready().problems;
    },
    get pane() {
      return ready().page.getByTestId('task-pane');
    },
    openAnother: (options) => {
      if (!browser || !server) throw new Error('The playground is not open yet: use the session inside tests.');
      return openPage(browser, `${server.url}/index.html`, options);
    },
  };
}
