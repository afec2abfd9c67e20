/**
 * Firefox's extension pages (the popup, the tracker) driven through Marionette, Firefox's own remote
 * protocol: WebDriver BiDi refuses moz-extension:// pages and leaves them out of what it drives, and
 * Firefox holds one WebDriver session, so puppeteer's BiDi and Marionette cannot share a browser. No npm
 * Marionette client runs without downloading geckodriver, hence this small one: its framing is
 * "<length>:<JSON>", a command is [0, id, name, parameters], a reply [1, id, error, result].
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { ADDON_ID, FIREFOX, newProfileWithAddon } from './firefox';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** The moz-extension:// host is random per profile unless fixed by this preference. */
const ADDON_UUID = '5c0c5e1e-4a1b-4d6e-9b3f-7a1e2d3c4b5a';
type ElementReference = { [ELEMENT]: string };

class MarionetteConnection {
  #buffer = Buffer.alloc(0);
  #nextId = 0;
  #pending = new Map<number, (reply: [number, number, { message: string } | null, unknown]) => void>();
  readonly greeted: Promise<void>;

  constructor(private readonly socket: Socket) {
    let greet: () => void;
    this.greeted = new Promise((done) => (greet = done));
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      for (;;) {
        const colon = this.#buffer.indexOf(':');
        if (colon < 0) return;
        const end = colon + 1 + Number(this.#buffer.subarray(0, colon).toString());
        if (this.#buffer.length < end) return;
        const packet: unknown = JSON.parse(this.#buffer.subarray(colon + 1, end).toString('utf8'));
        this.#buffer = this.#buffer.subarray(end);
        // The first packet is Firefox's greeting; the others answer commands.
        if (Array.isArray(packet)) this.#pending.get(packet[1])?.(packet as never);
        else greet();
      }
    });
  }

  command<T>(name: string, parameters: object = {}): Promise<T> {
    const id = ++this.#nextId;
    const text = JSON.stringify([0, id, name, parameters]);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, ([, , error, result]) => {
        this.#pending.delete(id);
        if (error) reject(new Error(`${name}: ${error.message}`));
        else resolve(result as T);
      });
      this.socket.write(`${Buffer.byteLength(text)}:${text}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

export interface FirefoxPages {
  profileDir: string;
  downloadDir: string;
  /** The extension page's address: moz-extension://…/popup.html and so on. */
  extensionUrl(path: string): string;
  /** Opens `url` in a new tab and drives it; gives the tab's handle. */
  openTab(url: string): Promise<string>;
  switchTo(handle: string): Promise<void>;
  navigate(url: string): Promise<void>;
  /** Runs a script in the current tab (`arguments` holds `args`); with `async`, it calls its last argument. */
  run<T>(script: string, args?: unknown[], options?: { async?: boolean }): Promise<T>;
  /** Polls the script until it returns `expected`: a wait for a state of the page. */
  waitFor(script: string, args: unknown[], expected: unknown): Promise<void>;
  find(css: string): Promise<ElementReference>;
  click(css: string): Promise<void>;
  /** Replaces a field's text by typing, as a user does. */
  type(css: string, text: string): Promise<void>;
  close(): Promise<void>;
}

async function connectTo(profileDir: string): Promise<MarionetteConnection> {
  const portFile = join(profileDir, 'MarionetteActivePort');
  await vi.waitFor(
    () => {
      if (!existsSync(portFile)) throw new Error('Firefox has not opened Marionette yet');
    },
    { timeout: 60_000, interval: 100 },
  );
  const marionette = new MarionetteConnection(connect(Number(readFileSync(portFile, 'utf8')), '127.0.0.1'));
  await marionette.greeted;
  await marionette.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { timeouts: { script: 30_000 } } } });
  return marionette;
}

export async function launchFirefoxPages(): Promise<FirefoxPages> {
  const profileDir = newProfileWithAddon();
  const downloadDir = join(profileDir, 'downloads');
  const prefs: Record<string, string | number | boolean> = {
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // A free port, written to MarionetteActivePort in the profile.
    'marionette.port': 0,
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
  };
  writeFileSync(join(profileDir, 'user.js'), Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`).join(''));
  // System access lets Marionette open moz-extension:// pages.
  const firefox: ChildProcess = spawn(FIREFOX, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profileDir], { stdio: 'ignore' });
  const marionette = await connectTo(profileDir).catch((error: unknown) => {
    firefox.kill();
    throw error;
  });
  const find = async (css: string) => (await marionette.command<{ value: ElementReference }>('WebDriver:FindElement', { using: 'css selector', value: css })).value;
  const run = async <T>(script: string, args: unknown[] = [], options: { async?: boolean } = {}) =>
    (await marionette.command<{ value: T }>(options.async ? 'WebDriver:ExecuteAsyncScript' : 'WebDriver:ExecuteScript', { script, args })).value;
  const switchTo = (handle: string) => marionette.command<void>('WebDriver:SwitchToWindow', { handle, focus: true });
  const navigate = (url: string) => marionette.command<void>('WebDriver:Navigate', { url });
  return {
    profileDir,
    downloadDir,
    extensionUrl: (path) => `moz-extension://${ADDON_UUID}/${path}`,
    openTab: async (url) => {
      const { handle } = await marionette.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
      await switchTo(handle);
      await navigate(url);
      return handle;
    },
    switchTo,
    navigate,
    run,
    waitFor: (script, args, expected) => expect.poll(() => run(script, args), { timeout: 30_000 }).toEqual(expected),
    find,
    click: async (css) => {
      await marionette.command('WebDriver:ElementClick', { id: (await find(css))[ELEMENT] });
    },
    type: async (css, text) => {
      const id = (await find(css))[ELEMENT];
      await marionette.command('WebDriver:ElementClear', { id });
      await marionette.command('WebDriver:ElementSendKeys', { id, text });
    },
    close: async () => {
      const exited = new Promise((done) => firefox.once('exit', done));
      await marionette.command('Marionette:Quit').catch(() => undefined);
      marionette.close();
      await exited;
    },
  };
}
