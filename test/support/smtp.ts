import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  notificationId: string;
}

export interface LocalSmtp {
  url: string;
  received: ReceivedMail[];
  /** The next `count` messages are refused with a temporary error (451). */
  refuseNext(count: number): void;
  /** Holds the next message until released; resolves `arrived` when it is being delivered. */
  holdNext(): { arrived: Promise<void>; release: () => void };
  close(): Promise<void>;
}

/** A local SMTP server on a free loopback port, keeping what arrives (decoded) for the test to read. */
export async function startSmtp(): Promise<LocalSmtp> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let hold: { arrived: () => void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const held = hold;
      hold = null;
      simpleParser(stream)
        .then(async (mail) => {
          if (refusals > 0) {
            refusals -= 1;
            callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
            return;
          }
          if (held) {
            held.arrived();
            await held.released;
          }
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            notificationId: String(mail.headers.get('x-congvu-notification') ?? ''),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    holdNext: () => {
      let arrived!: () => void;
      let release!: () => void;
      const arrivedPromise = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      hold = { arrived, released };
      return { arrived: arrivedPromise, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
