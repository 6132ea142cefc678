import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A PostgreSQL cluster of a test's own, on a port of its own, that the test may stop and start. */
export interface ThrowawayPostgres {
  /** URL of its `tracklink` database. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its files. */
  remove(): Promise<void>;
}

type Reply = { ready?: string; done?: string; error?: string };

function next(child: ChildProcess): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the PostgreSQL process exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (reply: Reply) => {
      child.off('exit', onExit);
      resolve(reply);
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const child = fork(path.join(__dirname, 'throwaway-postgres-child.mjs'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const { ready, error } = await next(child);
  if (!ready) throw new Error(`the PostgreSQL process did not start: ${error}`);
  const command = async (name: 'stop' | 'start' | 'remove') => {
    child.send(name);
    const reply = await next(child);
    if (reply.error) throw new Error(`PostgreSQL ${name}: ${reply.error}`);
  };
  return { url: ready, stop: () => command('stop'), start: () => command('start'), remove: () => command('remove') };
}
