import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** The first message of a connection carries no type byte: a startup packet, or a request for TLS/GSS first. */
const STARTUP_PROTOCOL = 196_608;

/**
 * Counts what one connection's client asks PostgreSQL to run: a simple query ('Q') or an execute of the extended
 * protocol ('E'), one each per statement as node-postgres sends them. The stream is read as it passes; nothing
 * is changed or held back.
 */
class ClientStream {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;

  constructor(private readonly onStatement: () => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        if (this.buffer.readInt32BE(4) === STARTUP_PROTOCOL) this.started = true;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < length + 1) return;
      const type = String.fromCharCode(this.buffer[0]);
      if (type === 'Q' || type === 'E') this.onStatement();
      this.buffer = this.buffer.subarray(length + 1);
    }
  }
}

export interface StatementProxy {
  /** Statements sent through the proxy so far, by every connection. */
  readonly count: number;
  /** postgres://… with the proxy's host and port in place of the server's. */
  url: string;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL on loopback that counts SQL statements: the same yardstick for congvu,
 * PostGraphile and the hand-written server (which share no logger), read before and after each request.
 */
export async function startStatementProxy(databaseUrl: string): Promise<StatementProxy> {
  const target = new URL(databaseUrl);
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const stream = new ClientStream(() => (count += 1));
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      stream.push(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as AddressInfo).port);
  return {
    get count() {
      return count;
    },
    url: proxied.toString(),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
