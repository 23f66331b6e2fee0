import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { LiveUpdates } from '../../src/live/live-updates.js';

/** A pool client as pg-pool hands it out: releasing it twice throws, as pg-pool does. */
class FakeClient extends EventEmitter {
  readonly releases: Array<boolean | undefined> = [];
  readonly queries: string[] = [];

  query(sql: string): Promise<void> {
    this.queries.push(sql);
    return Promise.resolve();
  }

  release(destroy?: boolean): void {
    if (this.releases.length > 0)
      throw new Error('Release called on client which has already been released to the pool.');
    this.releases.push(destroy);
  }
}

function liveOver(clients: FakeClient[]): LiveUpdates {
  let next = 0;
  const pool = { connect: () => Promise.resolve(clients[next++]) } as unknown as pg.Pool;
  return new LiveUpdates(pool, { em: {} as EntityManager, clock: () => new Date('2026-12-01T09:00:00Z') });
}

/**
 * The LISTEN connection's lifecycle. A connection the server cuts may report more than one error (the server's
 * message, then a later one), and one closed by stop() may still hear the server's last word when its database
 * is dropped: each is let go exactly once, and never handed back to the pool with the listener on it.
 */
describe('live updates: the LISTEN connection', () => {
  it('listens on start, and stop closes the connection rather than pooling it', async () => {
    const client = new FakeClient();
    const live = liveOver([client]);
    await live.start();
    expect(client.queries).toEqual(['LISTEN congvu_live']);
    await live.stop();
    expect(client.releases).toEqual([true]);
  });

  it('a connection that errs twice is released once; one that errs after stop is not released again', async () => {
    const cut = new FakeClient();
    const stopped = new FakeClient();
    const live = liveOver([cut, stopped]);
    await live.start();
    expect(() => {
      cut.emit('error', new Error('terminating connection due to administrator command'));
      cut.emit('error', new Error('Connection terminated unexpectedly'));
    }).not.toThrow();
    expect(cut.releases).toEqual([true]);

    await live.start();
    await live.stop();
    expect(() => stopped.emit('error', new Error('terminating connection due to administrator command'))).not.toThrow();
    expect(stopped.releases).toEqual([true]);
  });

  it('hands notifications on the channel to the listeners, and none once the connection is let go', async () => {
    const client = new FakeClient();
    const live = liveOver([client]);
    await live.start();
    const heard: unknown[] = [];
    live.listen((event) => heard.push(event));
    const event = { topic: 'evaluation', unitIds: ['u'], periodIds: null, evaluationIds: null };
    client.emit('notification', { channel: 'congvu_live', payload: JSON.stringify(event) });
    client.emit('notification', { channel: 'another', payload: JSON.stringify(event) });
    client.emit('error', new Error('cut'));
    client.emit('notification', { channel: 'congvu_live', payload: JSON.stringify(event) });
    expect(heard).toEqual([event]);
    await live.stop();
  });
});
