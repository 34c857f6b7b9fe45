// A small driver-neutral page for the engine suites: the same flows (flows.mjs) run in WebKit
// (MiniBrowser over W3C WebDriver with selenium-webdriver) and Firefox (puppeteer-core over
// WebDriver BiDi). Real engines from Debian's packages (scripts/setup.sh test); nothing here
// downloads a browser.
//
// `launch(engine)` starts one browser with a fresh profile and returns a Page:
//   goto, reload, evaluate, waitFor, find, fill, type, click, press, text, value, screenshot,
//   upload, errors, close.
// Elements are named by a spec: a CSS selector string, or { label }, { button }, { testid },
// { css }, optionally { within: <css>, nth }. The spec is resolved in the page (label text →
// its control, button text → the button), so the flows read like the Playwright tests.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'node:net';

export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const VIEWPORT = { width: 390, height: 844 };

/** The path of an entry's own wasm (`page`: '' for the full app, 'deltaker.html'), as the server
 * sees it: Trunk names it after the binary, with a content hash. */
export function ownWasm(page) {
  return page === '' ? /^\/gevinstverksted-[^/]*_bg\.wasm$/ : /^\/deltaker-[^/]*_bg\.wasm$/;
}

/** Resolves a spec to a unique CSS selector (a data-eng attribute it sets), or null. Runs in the page. */
function resolveInPage(spec) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  let root = document;
  if (spec.within) {
    root = document.querySelector(spec.within);
    if (!root) return null;
  }
  let found = [];
  if (spec.css) found = [...root.querySelectorAll(spec.css)];
  else if (spec.testid) found = [...root.querySelectorAll(`[data-testid="${spec.testid}"]`)];
  else if (spec.label) {
    const labelled = [...root.querySelectorAll('label')]
      .filter((l) => norm(l.textContent) === spec.label)
      .map((l) => (l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, textarea, select')));
    const aria = [...root.querySelectorAll('[aria-label]')].filter(
      (e) => e.matches('input, textarea, select') && norm(e.getAttribute('aria-label')) === spec.label,
    );
    found = [...labelled, ...aria].filter(Boolean);
  } else if (spec.button) {
    found = [...root.querySelectorAll('button, a, summary, [role="button"]')].filter(
      (b) => norm(b.textContent) === spec.button || norm(b.getAttribute('aria-label')) === spec.button,
    );
  }
  const el = found[spec.nth ?? 0];
  if (!el) return null;
  if (!el.dataset.eng) {
    window.__engN = (window.__engN ?? 0) + 1;
    el.dataset.eng = String(window.__engN);
  }
  return `[data-eng="${el.dataset.eng}"]`;
}

/** Sets a control's value as typing or choosing would, with input and change events. Runs in the page. */
function fillInPage(selector, value) {
  const el = document.querySelector(selector);
  el.scrollIntoView({ block: 'center' });
  el.focus();
  if (el.tagName === 'SELECT') {
    const option = [...el.options].find((o) => o.textContent.trim() === value || o.value === value);
    el.value = option ? option.value : value;
  } else {
    el.value = value;
  }
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Keeps console errors, uncaught errors, CSP violations and exported files in window. Runs in the page. */
function instrumentInPage() {
  if (window.__engErrors) return;
  window.__engErrors = [];
  const error = console.error.bind(console);
  console.error = (...args) => {
    window.__engErrors.push(args.map(String).join(' '));
    error(...args);
  };
  window.addEventListener('error', (e) => window.__engErrors.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => window.__engErrors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => window.__engErrors.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  // A download is a blob URL handed to <a download>: keep the blob, so a test can read the file.
  window.__engBlobs = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    window.__engBlobs.push(blob);
    return create(blob);
  };
}

class BasePage {
  constructor() {
    this.logErrors = [];
  }
  /** `fn` evaluated in the page with `args` (JSON values); a returned promise is awaited. */
  async evaluate() { throw new Error('not implemented'); }
  async find(spec) {
    const s = typeof spec === 'string' ? { css: spec } : spec;
    return this.evaluate(resolveInPage, s);
  }
  /** Polls `fn` in the page until it returns something truthy; returns that. */
  async waitFor(fn, args = [], { timeout = 15_000, message } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e; // navigating: the page is not there yet
      }
      if (Date.now() > end) throw new Error(`timed out: ${message ?? fn.toString().slice(0, 200)} (last: ${last})`);
      await sleep(100);
    }
  }
  async must(spec) {
    const end = Date.now() + 15_000;
    for (;;) {
      const sel = await this.find(spec).catch(() => null);
      if (sel) return sel;
      if (Date.now() > end) throw new Error(`not found: ${JSON.stringify(spec)}`);
      await sleep(100);
    }
  }
  async fill(spec, value) {
    const sel = await this.must(spec);
    await this.evaluate(fillInPage, sel, value);
  }
  async text(spec) {
    const sel = await this.must(spec);
    return this.evaluate((s) => document.querySelector(s).textContent.replace(/[ \t\r\n]+/g, ' ').trim(), sel);
  }
  async value(spec) {
    const sel = await this.must(spec);
    return this.evaluate((s) => document.querySelector(s).value, sel);
  }
  /** Waits until the element's text (whitespace collapsed) satisfies `want` (string = equal, RegExp = match). */
  async waitText(spec, want, timeout = 15_000) {
    const end = Date.now() + timeout;
    let got;
    for (;;) {
      got = await this.text(spec).catch(() => undefined);
      if (typeof want === 'string' ? got === want : want.test(got ?? '')) return got;
      if (Date.now() > end) throw new Error(`${JSON.stringify(spec)}: wanted ${want}, got ${JSON.stringify(got)}`);
      await sleep(100);
    }
  }
  /** Waits for the app to mount and instruments the page (errors, downloads). */
  async ready() {
    await this.waitFor(() => !!document.querySelector('header.app-header'), [], { message: 'app header' });
    // index.html's loading screen is gone once the app has mounted (issue 19).
    await this.waitFor(() => !document.getElementById('loading'), [], { message: 'loading screen removed' });
    await this.evaluate(instrumentInPage);
  }
  /** Console errors so far: the engine's own log and the page's, since the last goto/reload. */
  async errors() {
    const inPage = await this.evaluate(() => window.__engErrors ?? []).catch(() => []);
    return [...this.logErrors, ...inPage];
  }
  /** The files the page offered for download (blob contents as text), in order. */
  async downloads() {
    return this.evaluate(() => Promise.all((window.__engBlobs ?? []).map((b) => b.text())));
  }
  async serviceWorkerControls() {
    return this.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return true;
    });
  }
}

// ---- WebKit: MiniBrowser driven by WebKitWebDriver over W3C WebDriver -------------------------

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

let xvfb = null;
/** One Xvfb screen of 390x844 for every WebKit profile of this process (a window cannot be narrower than 447 px). */
async function display() {
  if (process.env.ENGINES_DISPLAY) return process.env.ENGINES_DISPLAY;
  if (xvfb) return xvfb.display;
  for (let n = 90 + (process.pid % 50); n < 200; n++) {
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', `${VIEWPORT.width}x${VIEWPORT.height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
    const died = await Promise.race([new Promise((r) => proc.once('exit', () => r(true))), sleep(700).then(() => false)]);
    if (!died) {
      xvfb = { proc, display: `:${n}` };
      process.once('exit', () => proc.kill());
      return xvfb.display;
    }
  }
  throw new Error('no free X display for Xvfb');
}

class WebKitPage extends BasePage {
  /** A WebKit page. Starting MiniBrowser sometimes never answers on a loaded machine (seen in
   *  CI: WebKitWebDriver up, no browser, the session request waiting for ever), so a start that
   *  takes longer than a minute is abandoned and tried again, twice at most. */
  static async launch() {
    for (let attempt = 1; ; attempt++) {
      try {
        return await WebKitPage.start();
      } catch (e) {
        if (attempt >= 3) throw e;
        console.log(`# webkit: start ${attempt} failed (${e.message}); trying again`);
      }
    }
  }
  static async start() {
    const { Builder, By, Key } = await import('selenium-webdriver');
    const home = await mkdtemp(join(tmpdir(), 'engines-webkit-'));
    await mkdir(join(home, '.config'), { recursive: true });
    await mkdir(join(home, 'Downloads'));
    await writeFile(join(home, '.config', 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/Downloads"\n');
    const port = await freePort();
    const env = { ...process.env, HOME: home, DISPLAY: await display(), XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache') };
    const proc = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const page = new WebKitPage();
    page.proc = proc;
    page.home = home;
    page.By = By;
    page.Key = Key;
    // MiniBrowser writes the console (the engine's own messages too, such as a viewport key it
    // does not know) to stdout; WebKitWebDriver passes it on.
    let pending = '';
    const onLog = (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        if (process.env.ENGINES_LOG) console.log(`[webkit] ${line}`);
        if (/CONSOLE .*ERROR/.test(line)) page.logErrors.push(line.trim());
      }
    };
    proc.stdout.setEncoding('utf8').on('data', onLog);
    proc.stderr.setEncoding('utf8').on('data', onLog);
    // A start given up is cleaned away before the next try: its driver and its profile.
    const abandon = async (error) => {
      proc.kill('SIGKILL');
      await rm(home, { recursive: true, force: true }).catch(() => {});
      throw error;
    };
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/status`);
        if (r.ok) break;
      } catch {}
      if (i > 100) await abandon(new Error('WebKitWebDriver did not start'));
      await sleep(100);
    }
    const session = new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', '--full-screen', '--enable-write-console-messages-to-stdout=true'],
        },
      })
      .build();
    let timer;
    const stalled = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('no WebKit session after 60 s')), 60_000);
    });
    try {
      page.driver = await Promise.race([session, stalled]);
    } catch (e) {
      session.catch(() => {});
      await abandon(e);
    } finally {
      clearTimeout(timer);
    }
    await page.driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    // Without a window manager --full-screen is not applied: size the window to the screen.
    await page.driver.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT });
    return page;
  }
  async evaluate(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  }
  async goto(url) {
    this.logErrors = [];
    await this.driver.get(url);
  }
  async reload() {
    this.logErrors = [];
    await this.driver.navigate().refresh();
  }
  async el(spec) {
    return this.driver.findElement(this.By.css(await this.must(spec)));
  }
  async click(spec) {
    // As Playwright does, wait (up to 5 s) for the element to become interactable: one
    // that is found but still hidden or animating in is retried, not failed at once.
    const end = Date.now() + 5_000;
    for (;;) {
      const el = await this.el(spec);
      await this.driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
      try {
        return await el.click();
      } catch (e) {
        if (e.name !== 'ElementNotInteractableError' || Date.now() > end) throw e;
        await sleep(100);
      }
    }
  }
  async type(spec, text) {
    await (await this.el(spec)).sendKeys(text);
  }
  async press(spec, key) {
    await (await this.el(spec)).sendKeys(this.Key[key.toUpperCase()] ?? key);
  }
  async screenshot(spec) {
    // WebKitWebDriver's element screenshot comes back black here: take the viewport and crop
    // it to the element's box (in view, so the pixels are what is on screen).
    const sel = await this.must(spec);
    const box = await this.evaluate((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { x: Math.round(r.left), y: Math.round(r.top), w: Math.round(r.width), h: Math.round(r.height) };
    }, sel);
    const { PNG } = (await import('pngjs')).default ?? (await import('pngjs'));
    const full = PNG.sync.read(Buffer.from(await this.driver.takeScreenshot(), 'base64'));
    const x = Math.max(0, box.x), y = Math.max(0, box.y);
    const w = Math.min(box.w, full.width - x), h = Math.min(box.h, full.height - y);
    const out = new PNG({ width: w, height: h });
    PNG.bitblt(full, out, x, y, w, h, 0, 0);
    return PNG.sync.write(out);
  }
  async upload(spec, path) {
    const sel = await this.must(spec);
    await this.driver.findElement(this.By.css(sel)).sendKeys(path);
  }
  async close() {
    await this.driver?.quit().catch(() => {});
    this.proc.kill();
    await rm(this.home, { recursive: true, force: true }).catch(() => {});
  }
}

// ---- Firefox: firefox-esr driven by puppeteer-core over WebDriver BiDi ------------------------

class FirefoxPage extends BasePage {
  static async launch() {
    const puppeteer = (await import('puppeteer-core')).default;
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: {
        'intl.accept_languages': 'nb-NO, nb, no',
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.update.enabled': false,
      },
    });
    const page = new FirefoxPage();
    page.browser = browser;
    page.page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.page.setViewport(VIEWPORT);
    page.page.on('console', (msg) => {
      if (msg.type() === 'error') page.logErrors.push(msg.text());
    });
    page.page.on('pageerror', (err) => page.logErrors.push(String(err)));
    return page;
  }
  async evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }
  async goto(url) {
    this.logErrors = [];
    await this.page.goto(url);
  }
  async reload() {
    this.logErrors = [];
    await this.page.reload();
  }
  async click(spec) {
    const sel = await this.must(spec);
    await this.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center' }), sel);
    await this.page.click(sel);
  }
  async type(spec, text) {
    const sel = await this.must(spec);
    await this.page.type(sel, text);
  }
  async press(spec, key) {
    const sel = await this.must(spec);
    await this.page.focus(sel);
    await this.page.keyboard.press(key);
  }
  async screenshot(spec) {
    const sel = await this.must(spec);
    return Buffer.from(await (await this.page.$(sel)).screenshot());
  }
  async upload(spec, path) {
    const sel = await this.must(spec);
    await (await this.page.$(sel)).uploadFile(path);
  }
  async close() {
    await this.browser.close().catch(() => {});
  }
}

/**
 * The console of a plain MiniBrowser (not under automation, which does not pass the console
 * on) that opens `url` in a fresh profile for `ms`: every line it printed. WebKit's own
 * messages are there too, such as a viewport key it does not know or a preload never used.
 */
export async function webkitConsole(url, ms = 6000) {
  const home = await mkdtemp(join(tmpdir(), 'engines-webkit-plain-'));
  const env = { ...process.env, HOME: home, DISPLAY: await display(), XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache') };
  const proc = spawn(MINIBROWSER, ['--enable-write-console-messages-to-stdout=true', `--geometry=${VIEWPORT.width}x${VIEWPORT.height}`, url], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.setEncoding('utf8').on('data', (c) => { out += c; });
  proc.stderr.setEncoding('utf8').on('data', (c) => { out += c; });
  await sleep(ms);
  proc.kill();
  await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
  await rm(home, { recursive: true, force: true }).catch(() => {});
  return out.split('\n').filter((l) => l.includes('CONSOLE'));
}

/** Stops what this module started for every profile (the Xvfb screen). */
export function shutdown() {
  xvfb?.proc.kill();
  xvfb = null;
}

/** A browser with a fresh profile, as one Page. `engine` is 'webkit' or 'firefox'. */
export async function launch(engine) {
  if (engine === 'webkit') return WebKitPage.launch();
  if (engine === 'firefox') return FirefoxPage.launch();
  throw new Error(`unknown engine ${engine}`);
}
