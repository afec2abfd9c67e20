import { describe, expect, it } from 'vitest';
import { SyncConfigSchema, databaseUrl, explainSyncError, originPattern, serverUrlProblem } from '../../lib/sync/config';

describe('the sync server the user enters', () => {
  it('takes https anywhere and http only on this computer', () => {
    for (const url of ['https://couch.example.org', 'https://couch.example.org:6984/', 'http://127.0.0.1:5984', 'http://localhost:5984', 'http://[::1]:5984']) expect(serverUrlProblem(url), url).toBeNull();
    expect(serverUrlProblem('http://couch.example.org:5984')).toBe('syncUrlNotHttps');
    expect(serverUrlProblem('http://192.168.1.10:5984')).toBe('syncUrlNotHttps');
    expect(serverUrlProblem('ftp://couch.example.org')).toBe('syncUrlNotHttps');
    expect(serverUrlProblem('couch.example.org')).toBe('syncUrlNotAnAddress');
    expect(serverUrlProblem('https://admin:secret@couch.example.org')).toBe('syncUrlHasCredentials');
  });

  it('asks for the origin of that server alone, and keeps the credentials out of the address', () => {
    expect(originPattern('https://couch.example.org:6984/')).toBe('https://couch.example.org/*');
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
    const config = SyncConfigSchema.parse({ url: 'https://couch.example.org/', database: 'vacancies', user: 'ana', password: 's3cret' });
    expect(databaseUrl(config)).toBe('https://couch.example.org/vacancies');
    expect(SyncConfigSchema.safeParse({ ...config, database: 'Bad Name' }).success).toBe(false);
  });

  it('explains failures in words', () => {
    expect(explainSyncError({ status: 401 })).toBe('syncErrorCredentials');
    expect(explainSyncError(new TypeError('Failed to fetch'))).toBe('syncErrorUnreachable');
  });
});
