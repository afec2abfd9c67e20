/**
 * Browser glue. The first-run page opens once per installation: a flag in the extension's local storage
 * (cleared with the extension when it is removed) keeps it from opening again when the browser reports
 * a later start of the same installation as an install (Chromium does for an unpacked extension whose
 * version changed).
 */
const WELCOMED = 'welcomed';

export async function welcomeOnce(): Promise<void> {
  if ((await browser.storage.local.get(WELCOMED))[WELCOMED]) return;
  await browser.storage.local.set({ [WELCOMED]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
