import { BRIDGE_REPLY, BRIDGE_REQUEST, type BridgeReply, type BridgeRequest } from '../lib/browser/test-bridge';

// Test builds only (wxt.config.ts leaves it out of every other build): relays a 127.0.0.1 test page's
// window messages to the background, as the popup and the tracker send them, and posts the reply back.
// Firefox's automation cannot open moz-extension:// pages, so its tests speak to the background this way.
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  main() {
    window.addEventListener('message', (event: MessageEvent<BridgeRequest>) => {
      if (event.source !== window || event.data?.kind !== BRIDGE_REQUEST) return;
      const { id, message } = event.data;
      const answer = (reply: unknown) => window.postMessage({ kind: BRIDGE_REPLY, id, reply } satisfies BridgeReply, location.origin);
      browser.runtime.sendMessage(message).then(answer, (error: unknown) => answer({ ok: false, error: String(error) }));
    });
  },
});
