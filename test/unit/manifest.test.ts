import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestOf = (env: { mode: string; browser: string; manifestVersion: number; command: string }) => Record<string, unknown>;
const manifest = config.manifest as ManifestOf;

describe('the shipped manifest', () => {
  for (const [browser, manifestVersion, optionalKey] of [['chrome', 3, 'optional_host_permissions'], ['firefox', 2, 'optional_permissions']] as const) {
    it(`(${browser}) holds no host permission: sync asks for its server's origin alone, at run time`, () => {
      const shipped = manifest({ mode: 'production', browser, manifestVersion, command: 'build' });
      expect(shipped.host_permissions).toEqual([]);
      expect(JSON.stringify(shipped.permissions)).not.toMatch(/:\/\//);
      expect(shipped[optionalKey]).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*']);
    });
  }
});
