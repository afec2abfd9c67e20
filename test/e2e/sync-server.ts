/**
 * The stand-in for the user's CouchDB: pouchdb-server (npm) in memory on 127.0.0.1, behind a small TCP
 * relay the tests can cut and restore, so that "the server goes away" keeps its data, as a real one does.
 * The relay can also stall after a number of bytes from the server: a sync caught in the middle of a
 * transfer, at a point the test chooses by size rather than by time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface SyncServer {
  /** The address the extension is given: the relay's. */
  url: string;
  /** The server itself, for what a test does behind the extensions' back. */
  directUrl: string;
  /** Cuts every connection and refuses new ones, as a server that went away. */
  cut(): Promise<void>;
  /**
   * From now on, lets `bytes` more bytes of the server's answers through, then holds the rest (the
   * connections stay open, nothing more arrives) until cut().
   */
  stallAfter(bytes: number): void;
  /** Whether the relay holds the server's answers, its budget spent. */
  stalled(): boolean;
  /** How many bytes the server's answer to `path` weighs on the wire, compressed as browsers receive it (pouchdb-server gzips). */
  wireBytes(path: string): Promise<number>;
  restore(): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export async function startSyncServer(): Promise<SyncServer> {
  const serverPort = await freePort();
  // pouchdb-server writes its config and log into its working folder: a temporary one.
  const workDir = mkdtempSync(join(tmpdir(), 'vacancy-clipper-couch-'));
  const child: ChildProcess = spawn(process.execPath, [resolve('node_modules/pouchdb-server/bin/pouchdb-server'), '--in-memory', '--host', '127.0.0.1', '--port', String(serverPort)], {
    cwd: workDir,
    stdio: 'ignore',
  });
  const directUrl = `http://127.0.0.1:${serverPort}`;
  const started = Date.now();
  while (!(await answers(directUrl))) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    if (Date.now() - started > 60_000) throw new Error('pouchdb-server did not answer within a minute');
    await new Promise((next) => setTimeout(next, 100));
  }

  const relayPort = await freePort();
  const sockets = new Set<Socket>();
  let relay: Server | null = null;
  // Bytes of the server's answers still let through; Infinity when not stalling.
  let budget = Infinity;
  /** Forwards a chunk of the server's answer within the budget; what is over it is never sent. */
  const forward = (chunk: Buffer, to: Socket) => {
    const allowed = Math.min(chunk.length, budget);
    if (allowed > 0) to.write(chunk.subarray(0, allowed));
    budget -= allowed;
  };
  const open = () =>
    new Promise<void>((done) => {
      relay = createServer((incoming) => {
        const outgoing = connect(serverPort, '127.0.0.1');
        for (const socket of [incoming, outgoing]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        incoming.pipe(outgoing);
        outgoing.on('data', (chunk: Buffer) => forward(chunk, incoming));
        outgoing.on('end', () => incoming.end());
      });
      relay.listen(relayPort, '127.0.0.1', () => done());
    });
  const close = () =>
    new Promise<void>((done) => {
      budget = Infinity;
      for (const socket of sockets) socket.destroy();
      if (relay) relay.close(() => done());
      else done();
      relay = null;
    });
  await open();

  return {
    url: `http://127.0.0.1:${relayPort}`,
    directUrl,
    cut: close,
    restore: open,
    stallAfter: (bytes) => {
      budget = bytes;
    },
    stalled: () => budget === 0,
    wireBytes: (path) =>
      new Promise<number>((done, fail) => {
        get(`${directUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => done(bytes));
          response.on('error', fail);
        }).on('error', fail);
      }),
    async stop() {
      await close();
      child.kill();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
