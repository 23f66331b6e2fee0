import type pg from 'pg';
import { logger } from '../common/logger.js';

/** What a trigger announced on `congvu_live` (migrations/…-live-updates.ts); null lists mean "any". */
export interface LiveEvent {
  topic: 'evaluation' | 'feedback' | 'finding' | 'initiative';
  unitIds: string[] | null;
  periodIds: string[] | null;
  evaluationIds: string[] | null;
}

const CHANNEL = 'congvu_live';
const RECONNECT_MS = 1_000;

/**
 * One LISTEN connection per process, fanned out to this process's subscriptions. No state of its own: what a
 * subscriber receives is decided from the database at each notification, so any number of instances behind a
 * balancer stay consistent — a change committed through one is heard by all.
 */
export class LiveUpdates {
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private client: pg.PoolClient | null = null;
  private stopped = false;

  constructor(private readonly pool: pg.Pool) {}

  async start(): Promise<void> {
    if (this.stopped || this.client) return;
    const client = await this.pool.connect();
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const event = JSON.parse(message.payload) as LiveEvent;
      for (const listener of this.listeners) listener(event);
    });
    client.on('error', (error) => {
      logger.warn({ err: error }, 'live updates: the LISTEN connection failed; reconnecting');
      client.release(true);
      this.client = null;
      if (!this.stopped)
        setTimeout(
          () => void this.start().catch((err: unknown) => logger.warn({ err }, 'live updates: reconnect failed')),
          RECONNECT_MS,
        ).unref();
    });
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  /** How many subscriptions of this process listen now. */
  get listening(): number {
    return this.listeners.size;
  }

  /** Calls `listener` for every event until the returned function is called. */
  listen(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Events as an async iterator; those arriving while the consumer works are queued. `return()` (a client
   * unsubscribing, the socket closing) ends it at once, even while it waits.
   */
  subscribe(): AsyncIterableIterator<LiveEvent> {
    const queue: LiveEvent[] = [];
    let waiting: ((result: IteratorResult<LiveEvent>) => void) | null = null;
    let done = false;
    const stop = this.listen((event) => {
      if (waiting) {
        waiting({ value: event, done: false });
        waiting = null;
      } else queue.push(event);
    });
    const finish = (): Promise<IteratorResult<LiveEvent>> => {
      done = true;
      stop();
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (done) return Promise.resolve({ value: undefined, done: true });
        const event = queue.shift();
        if (event) return Promise.resolve({ value: event, done: false });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    if (client) {
      await client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      client.release();
    }
  }
}
