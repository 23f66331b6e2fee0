import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { logger } from '../common/logger.js';
import { unitsFallenOverdue } from './live.queries.js';

/** What a trigger announced on `congvu_live` (migrations/…-live-updates.ts); null lists mean "any". */
export interface LiveEvent {
  topic: 'evaluation' | 'feedback' | 'finding' | 'initiative';
  unitIds: string[] | null;
  periodIds: string[] | null;
  evaluationIds: string[] | null;
}

const CHANNEL = 'congvu_live';
const RECONNECT_MS = 1_000;
/** How often the clock is checked for 1022 items falling overdue (nothing is written then, so no trigger fires). */
export const DEADLINE_CHECK_MS = 30_000;

export interface LiveOptions {
  /** Reads for the deadline check (the primary: a replica may lag behind the moment). */
  em: EntityManager;
  /** The app's clock. */
  clock: () => Date;
  deadlineCheckMs?: number;
}

/**
 * The LISTEN connection, closed once whoever asks first (an error on it, or stop()) — never pooled again: its
 * listeners stay on it, and a connection cut by the server may report more than one error. Closing it ends its
 * LISTEN.
 */
class ListenConnection {
  released = false;

  constructor(readonly client: pg.PoolClient) {}

  release(): void {
    if (this.released) return;
    this.released = true;
    this.client.release(true);
  }
}

/**
 * One LISTEN connection per process, fanned out to this process's subscriptions. No state of its own: what a
 * subscriber receives is decided from the database at each notification, so any number of instances behind a
 * balancer stay consistent — a change committed through one is heard by all.
 *
 * A 1022 item that falls overdue changes nothing in the database, so no trigger announces it: every instance
 * checks its clock for cycles that fell due since its last check and tells its own subscribers, which reach
 * every subscriber once whatever the number of instances. Without subscribers the check reads nothing.
 */
export class LiveUpdates {
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private connection: ListenConnection | null = null;
  private stopped = false;
  private deadlineTimer: NodeJS.Timeout | undefined;
  private checkedUntil: Date;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: LiveOptions,
  ) {
    this.checkedUntil = options.clock();
  }

  async start(): Promise<void> {
    if (this.connection) return;
    const connection = new ListenConnection(await this.pool.connect());
    const { client } = connection;
    client.on('notification', (message) => {
      if (connection.released || message.channel !== CHANNEL || !message.payload) return;
      this.announce(JSON.parse(message.payload) as LiveEvent);
    });
    client.on('error', (error) => {
      if (connection.released) return;
      logger.warn({ err: error }, 'live updates: the LISTEN connection failed; reconnecting');
      connection.release();
      if (this.connection === connection) this.connection = null;
      if (!this.stopped)
        setTimeout(
          () =>
            void this.start().catch((err: unknown) => {
              logger.warn({ err }, 'live updates: reconnect failed');
            }),
          RECONNECT_MS,
        ).unref();
    });
    try {
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      connection.release();
      throw error;
    }
    if (this.stopped || connection.released) {
      connection.release();
      return;
    }
    this.connection = connection;
    this.deadlineTimer ??= setInterval(() => {
      this.checkDeadlines().catch((err: unknown) => {
        logger.warn({ err }, 'live updates: the deadline check failed');
      });
    }, this.options.deadlineCheckMs ?? DEADLINE_CHECK_MS).unref();
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
   * Tells this process's subscribers of 1022 cycles that fell due, still open, between the last check and the
   * clock's now. One check at a time; a clock moved back starts again from its new now.
   */
  checkDeadlines(): Promise<void> {
    this.checking ??= (async () => {
      const now = this.options.clock();
      const since = this.checkedUntil;
      this.checkedUntil = now;
      if (now <= since || this.listeners.size === 0) return;
      const unitIds = await unitsFallenOverdue(this.options.em, since, now);
      if (unitIds.length > 0) this.announce({ topic: 'feedback', unitIds, periodIds: null, evaluationIds: null });
    })().finally(() => (this.checking = null));
    return this.checking;
  }

  private announce(event: LiveEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Events as an async iterator of batches: what arrived while the consumer worked comes together in the next
   * batch (a bulk change announces itself in many notifications; a dashboard is read once for all of them).
   * `return()` (a client unsubscribing, the socket closing) ends it at once, even while it waits.
   */
  subscribe(): AsyncIterableIterator<LiveEvent[]> {
    let queue: LiveEvent[] = [];
    let waiting: ((result: IteratorResult<LiveEvent[]>) => void) | null = null;
    let done = false;
    const stop = this.listen((event) => {
      if (waiting) {
        waiting({ value: [event], done: false });
        waiting = null;
      } else queue.push(event);
    });
    const finish = (): Promise<IteratorResult<LiveEvent[]>> => {
      done = true;
      stop();
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (done) return Promise.resolve({ value: undefined, done: true });
        if (queue.length > 0) {
          const batch = queue;
          queue = [];
          return Promise.resolve({ value: batch, done: false });
        }
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
    clearInterval(this.deadlineTimer);
    this.listeners.clear();
    await this.checking;
    this.connection?.release();
    this.connection = null;
  }
}
