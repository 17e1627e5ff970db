/**
 * node:http adapter for a fetch-style handler, so the API contract can be served
 * over real HTTP (tests, or a local server to point VITE_API_URL at).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Lets a dashboard served from another origin (vite dev/preview) call this server. */
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
};

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const method = incoming.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks),
  });
}

async function writeResponse(response: Response, outgoing: ServerResponse) {
  const headers: Record<string, string> = { ...corsHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

export async function startNodeApiServer(handle: FetchHandler, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server = createServer((incoming, outgoing) => {
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204, corsHeaders).end();
      return;
    }
    const origin = `http://${incoming.headers.host ?? host}`;
    toRequest(incoming, origin)
      .then(handle)
      .then((response) => writeResponse(response, outgoing))
      .catch((error: unknown) => {
        if (outgoing.headersSent) {
          outgoing.destroy();
          return;
        }
        outgoing.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', ...corsHeaders });
        outgoing.end(JSON.stringify({ error: { code: 'internal', message: String(error) } }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${host}:${boundPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging-response tests leave sockets open that would keep close() waiting.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
