/**
 * One scenario, two browsers: the flows the popup and the tracker drive, spoken to the background
 * through the e2e builds' test bridge (lib/browser/test-bridge.ts) from a 127.0.0.1 tab. Each browser
 * gives a way to open a tab (Chromium through Playwright, Firefox through puppeteer's WebDriver BiDi).
 */
import type { MessageType, Protocol, Result } from '../../lib/messages';
import { BRIDGE_REPLY, BRIDGE_REQUEST, type TestProtocol } from '../../lib/browser/test-bridge';

/** What the suites need of a tab, which both Playwright's and puppeteer's pages give: run the bridge's script in it. */
export interface ScriptedTab {
  evaluate(script: typeof postThroughBridge, argument: BridgeCall): Promise<unknown>;
  close(): Promise<void>;
}

interface BridgeCall {
  message: unknown;
  kinds: { request: string; reply: string };
  resendEveryMs: number;
}

export interface BridgedBrowser {
  /** Opens `url` in a new tab, once it has loaded. */
  open(url: string): Promise<ScriptedTab>;
  /** The profile: launching again with it is a browser restart. */
  profileDir: string;
  close(): Promise<void>;
}

export type LaunchBridged = (options?: { profileDir?: string }) => Promise<BridgedBrowser>;

type AnyProtocol = Protocol & TestProtocol;
type AnyType = MessageType | keyof TestProtocol;

export interface Bridge {
  /** The id of the tab the bridge speaks from, as the extension sees it. */
  tabId: number;
  /** Sends a message as the popup or the tracker does, and gives the background's Result. */
  ask<K extends AnyType>(type: K, request: AnyProtocol[K]['request']): Promise<Result<AnyProtocol[K]['reply']>>;
  /** The same, for a message that must succeed. */
  send<K extends AnyType>(type: K, request: AnyProtocol[K]['request']): Promise<AnyProtocol[K]['reply']>;
}

/** Posts one message through the bridge content script and resolves with the background's reply. */
function postThroughBridge({ message, kinds, resendEveryMs }: BridgeCall): Promise<unknown> {
  return new Promise((resolve) => {
    const id = Math.random();
    const post = () => window.postMessage({ kind: kinds.request, id, message }, location.origin);
    // Only a question without effect is asked again: the bridge may not be listening yet when the tab has loaded.
    const timer = resendEveryMs > 0 ? setInterval(post, resendEveryMs) : undefined;
    window.addEventListener('message', function onReply(event: MessageEvent) {
      if (event.source !== window || event.data?.kind !== kinds.reply || event.data.id !== id) return;
      clearInterval(timer);
      window.removeEventListener('message', onReply);
      resolve(event.data.reply);
    });
    post();
  });
}

/** The bridge of a 127.0.0.1 tab, once its content script answers. */
export async function bridgeOf(tab: ScriptedTab, url: string): Promise<Bridge> {
  const kinds = { request: BRIDGE_REQUEST, reply: BRIDGE_REPLY };
  const ask = <K extends AnyType>(type: K, request: AnyProtocol[K]['request'], resendEveryMs = 0) =>
    tab.evaluate(postThroughBridge, { message: { type, ...request }, kinds, resendEveryMs }) as Promise<Result<AnyProtocol[K]['reply']>>;
  const send = async <K extends AnyType>(type: K, request: AnyProtocol[K]['request']) => {
    const result = await ask(type, request);
    if (!result.ok) throw new Error(`${type}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const own = await ask('test:tabOf', { url }, 100);
  if (!own.ok || own.value === null) throw new Error(`The extension cannot see the tab of ${url}`);
  return { tabId: own.value, ask: (type, request) => ask(type, request), send };
}

/** Opens `url` (a 127.0.0.1 page) in a new tab and gives its bridge. */
export async function openBridged(browser: BridgedBrowser, url: string): Promise<Bridge & { tab: ScriptedTab }> {
  const tab = await browser.open(url);
  return { tab, ...(await bridgeOf(tab, url)) };
}
