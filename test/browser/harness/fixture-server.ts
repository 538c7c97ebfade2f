/**
 * Serves the fixture pages under real news hostnames. The browsers use this server as their
 * HTTP proxy, so every request any context of the browser makes, to any host, arrives here and
 * is recorded: a page request is answered from test/fixtures/pages, anything else is refused
 * and shows up in `requests` for the privacy assertions.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURE_ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

export interface RecordedRequest {
  method: string;
  url: string;
  host: string;
}

export interface FixtureServer {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/** The file at `path` in the first of `roots` that holds it. */
async function readFromRoots(roots: string[], path: string): Promise<Buffer> {
  for (const root of roots) {
    const body = await readFile(join(root, path)).catch(() => null);
    if (body) return body;
  }
  throw new Error(`no fixture ${path}`);
}

/** `root`: the folder of pages to serve, or several, looked in in order (the fixtures, then pages a test generated). */
export async function startFixtureServer(root: string | string[] = FIXTURE_ROOT): Promise<FixtureServer> {
  const roots = typeof root === 'string' ? [root] : root;
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push({ method: req.method ?? 'GET', url: url.href, host: url.hostname });
    // Browsers ask every site for an icon; an empty answer keeps 404s out of the console.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path.endsWith('/') ? `${path}index.html` : path.includes('.') ? path : `${path}.html`;
    try {
      const body = await readFromRoots(roots, file);
      res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a fixture');
    }
  });
  // HTTPS goes through CONNECT; nothing here needs it, so it is recorded and refused.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', host: (req.url ?? '').split(':')[0] });
    // The browser may reset the refused tunnel before reading the answer: that is no failure of
    // a test, but an 'error' with no listener is thrown out of the run (a full run saw one ECONNRESET).
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
