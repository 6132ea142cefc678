import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually';

/** A message as the SMTP server received it, with its MIME parts decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

/** What the server answers to a message: null accepts it (250). */
export type SmtpReply = { code: number; message: string } | null;

export interface SmtpCatcher {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Messages accepted, in order. */
  received: ReceivedMail[];
  /** Every message offered, accepted or not. */
  offered: ReceivedMail[];
  /** Decides the answer to each message; default: accept. */
  reply: (mail: ReceivedMail) => SmtpReply;
  /** Until release() is called, messages are held before the server answers. Resolves at the first one held. */
  hold(): { firstHeld: Promise<void>; release: () => void };
  /** Waits until `check` holds (polling), or fails after `ms`. */
  until(check: () => boolean, ms?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback, on a free port, that keeps what it receives. */
export async function startSmtp(): Promise<SmtpCatcher> {
  let gate: Promise<void> | null = null;
  let onHeld: (() => void) | null = null;
  const catcher: SmtpCatcher = {
    url: '',
    received: [],
    offered: [],
    reply: () => null,
    hold() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      const firstHeld = new Promise<void>((resolve) => (onHeld = resolve));
      return {
        firstHeld,
        release: () => {
          gate = null;
          release();
        },
      };
    },
    async until(check, ms = 5000, what = 'condition') {
      await eventually(
        () => {
          if (!check()) throw new Error(`received ${catcher.received.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ')}`);
        },
        { timeoutMs: ms, intervalMs: 20, what },
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail = parseMail(
          raw,
          session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          session.envelope.rcptTo.map((r) => r.address),
        );
        catcher.offered.push(mail);
        if (gate) {
          onHeld?.();
          onHeld = null;
          await gate;
        }
        const answer = catcher.reply(mail);
        if (answer) {
          const error = Object.assign(new Error(answer.message), { responseCode: answer.code });
          callback(error);
          return;
        }
        catcher.received.push(mail);
        callback(null, 'Queued');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  catcher.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return catcher;
}

// ---- just enough MIME to read what nodemailer sends ----

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function bytesOfQuotedPrintable(text: string): Buffer {
  const source = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(source[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return bytesOfQuotedPrintable(body).toString('utf8');
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : bytesOfQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

function leaves(raw: string): Array<{ type: string; content: string }> {
  const { headers, body } = splitHead(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => leaves(part.replace(/^\r?\n/, '')));
  }
  return [{ type: type.split(';')[0].trim().toLowerCase(), content: decodeBody(body, headers.get('content-transfer-encoding')) }];
}

export function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const { headers } = splitHead(raw);
  const parts = leaves(raw);
  return {
    from,
    to,
    messageId: headers.get('message-id') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type === 'text/plain')?.content.replace(/\r\n/g, '\n').trimEnd() ?? '',
    html: parts.find((p) => p.type === 'text/html')?.content.replace(/\r\n/g, '\n') ?? '',
    raw,
  };
}

/** The tracking URLs in a text. */
export const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"<>]+\/t\/[A-Za-z0-9_-]+/g)].map((m) => m[0]);
