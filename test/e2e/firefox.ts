/**
 * Firefox ESR (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, with the Firefox e2e
 * build installed as a user's add-on stays installed: sideloaded into the profile as an .xpi (ESR accepts
 * unsigned add-ons with xpinstall.signatures.required off), so that a restart with the same profile keeps
 * it with its data, as for a user. BiDi's own webExtension.install would make a temporary add-on, which
 * Firefox removes at shutdown. puppeteer-core downloads no browser.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import type { BridgedBrowser } from './bridge';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'vacancy-clipper@vacancy-clipper.org';

export function newProfileWithAddon(): string {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox e2e build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:test" first.`);
  const profileDir = mkdtempSync(join(tmpdir(), 'vacancy-clipper-firefox-'));
  mkdirSync(join(profileDir, 'extensions'));
  const files = readdirSync(FIREFOX_EXTENSION_DIR, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const archive = Object.fromEntries(files.map((entry) => [relative(FIREFOX_EXTENSION_DIR, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]));
  writeFileSync(join(profileDir, 'extensions', `${ADDON_ID}.xpi`), zipSync(archive));
  return profileDir;
}

export async function launchFirefox(options: { profileDir?: string } = {}): Promise<BridgedBrowser> {
  const profileDir = options.profileDir ?? newProfileWithAddon();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // Add-ons found in the profile's folder are enabled without asking.
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
    },
  });
  return {
    profileDir,
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return { evaluate: (script, argument) => page.evaluate(script, argument), close: () => page.close() };
    },
    close: () => browser.close(),
  };
}
