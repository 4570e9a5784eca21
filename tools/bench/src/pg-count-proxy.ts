import net from 'node:net';

/**
 * A loopback TCP proxy between the API and PostgreSQL that counts round trips from the wire protocol, so the
 * API runs unchanged (nothing loaded into it): every Sync (extended protocol, what pg sends for a parameterised
 * query) or simple Query message the API sends is one round trip, answered by one ReadyForQuery. Each round
 * trip is labelled by its statement's text (the Parse message before the Sync) and timed from the Sync to the
 * ReadyForQuery (PostgreSQL's time plus loopback, as the API waits for it). No SSL (the bench's server is local).
 */
export interface StatementStats {
  label: string;
  count: number;
  totalMs: number;
}

export interface CountingProxy {
  port: number;
  /** Round trips since the last reset, by label, most frequent first. */
  snapshot(): { roundTrips: number; statements: StatementStats[] };
  reset(): void;
  close(): Promise<void>;
}

/** Short names for the statements a request sends (first match wins), else the statement's first words. */
export type Labeller = (text: string) => string;

export const defaultLabel: Labeller = (text) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
};

/** Splits a stream into protocol messages (type byte + int32 length); the first frontend one has no type. */
function framer(startup: boolean, onMessage: (type: number, body: Buffer) => void) {
  let buf: Buffer = Buffer.alloc(0);
  let first = startup;
  return (chunk: Buffer) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    for (;;) {
      if (first) {
        if (buf.length < 4) return;
        const len = buf.readInt32BE(0);
        if (buf.length < len) return;
        buf = buf.subarray(len);
        first = false;
        continue;
      }
      if (buf.length < 5) return;
      const len = buf.readInt32BE(1);
      if (buf.length < 1 + len) return;
      onMessage(buf[0] ?? 0, buf.subarray(5, 1 + len));
      buf = buf.subarray(1 + len);
    }
  };
}

const P = 'P'.charCodeAt(0);
const Q = 'Q'.charCodeAt(0);
const S = 'S'.charCodeAt(0);
const Z = 'Z'.charCodeAt(0);

export async function startCountingProxy(
  target: { host: string; port: number },
  label: Labeller = defaultLabel,
): Promise<CountingProxy> {
  let stats = new Map<string, StatementStats>();
  let roundTrips = 0;
  const sockets = new Set<net.Socket>();
  const record = (l: string, ms: number) => {
    const s = stats.get(l) ?? { label: l, count: 0, totalMs: 0 };
    s.count++;
    s.totalMs += ms;
    stats.set(l, s);
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const pending: { label: string; t0: number }[] = [];
    let lastParse = '(no Parse: a prepared statement)';
    const fromClient = framer(true, (type, body) => {
      if (type === P) {
        const nameEnd = body.indexOf(0);
        lastParse = label(body.toString('utf8', nameEnd + 1, body.indexOf(0, nameEnd + 1)));
      } else if (type === S || type === Q) {
        roundTrips++;
        const l = type === Q ? label(body.toString('utf8', 0, body.indexOf(0))) : lastParse;
        pending.push({ label: l, t0: performance.now() });
      }
    });
    const fromServer = framer(false, (type) => {
      if (type !== Z) return;
      const p = pending.shift(); // the ReadyForQuery after start-up answers no round trip
      if (p) record(p.label, performance.now() - p.t0);
    });
    client.on('data', (d: Buffer) => {
      fromClient(d);
      upstream.write(d);
    });
    upstream.on('data', (d: Buffer) => {
      fromServer(d);
      client.write(d);
    });
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
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    snapshot: () => ({
      roundTrips,
      statements: [...stats.values()].sort((a, b) => b.count - a.count),
    }),
    reset: () => {
      stats = new Map();
      roundTrips = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
