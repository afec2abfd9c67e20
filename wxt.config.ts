import { defineConfig } from 'wxt';

// The e2e build is the shipped extension plus host access to 127.0.0.1 (automation cannot give the
// user gesture that grants activeTab) and the test bridge: a content script on 127.0.0.1 that relays a test
// page's messages to the background, since Firefox's automation cannot open extension pages. It goes to
// its own folder (chrome-mv3-e2e, firefox-mv2-e2e) so that it never ships. It is built with
// NODE_ENV=production (package.json, bench/run.ts): a mode other than "production" would otherwise bring
// React's development build, and tests and the benchmark would not run what users run.
const TEST_BRIDGE = 'e2e-bridge';
/** The servers sync may be granted: any https origin, or this computer over http (lib/sync/config.ts). */
export const SYNC_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.mode === 'e2e') return;
      const bridge = infos.findIndex((info) => info.name === TEST_BRIDGE);
      if (bridge >= 0) infos.splice(bridge, 1);
    },
  },
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chrome reads PDF and Word files in an offscreen document; Firefox's background page has a DOM.
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    // Sync asks for its server's origin alone, when the user sets it (components/tracker/SyncSettings.tsx).
    ...(browser === 'firefox' ? { optional_permissions: SYNC_ORIGINS } : { optional_host_permissions: SYNC_ORIGINS }),
    commands: {
      'save-posting': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'vacancy-clipper@vacancy-clipper.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
