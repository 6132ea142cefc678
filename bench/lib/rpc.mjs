/**
 * Child processes driven over IPC: the parent forks a module and calls named handlers in it;
 * the child answers each call. Servers under test, floors and client swarms all run this way,
 * so every one is its own process with its own event loop, memory and file-descriptor limit.
 */
import { fork } from 'node:child_process';

/** Forks `file`; resolves once the child says it is ready (with its `info`). */
export function startChild(file, { env = {}, execArgv = [], name = file, readyTimeoutMs = 60_000, stdout = 'inherit' } = {}) {
  const child = fork(file, [], {
    env: { ...process.env, ...env },
    execArgv,
    // `stdout`: a file descriptor for a process whose log lines are part of what is measured.
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const pending = new Map();
  let nextId = 1;
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    for (const { reject } of pending.values()) reject(new Error(`${name} exited (${signal ?? code}) during a call`));
    pending.clear();
    resolve({ code, signal });
  }));

  child.on('message', (message) => {
    const waiter = pending.get(message?.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${name}: ${message.error}`));
    else waiter.resolve(message.result);
  });

  const call = (cmd, args = {}, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`${name} is not running`));
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${name}: "${cmd}" took over ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      child.send({ id, cmd, args });
    });

  const stop = async (graceMs = 15_000) => {
    if (exited) return;
    const closed = await call('close', {}, graceMs).then(() => true, () => false);
    // A child that closed exits by itself (and writes its CPU profile on the way out).
    if (closed) await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (!exited) child.kill('SIGTERM');
    const timer = setTimeout(() => !exited && child.kill('SIGKILL'), 3_000);
    await exit;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} was not ready within ${readyTimeoutMs} ms`));
    }, readyTimeoutMs);
    const onMessage = (message) => {
      if (message?.type === 'ready') {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve({ pid: child.pid, info: message.info, call, stop, exit });
      } else if (message?.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${name} failed to start: ${message.error}`));
      }
    };
    child.on('message', onMessage);
    exit.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready`));
    });
  });
}

/**
 * The child side: `init` starts whatever the child runs and returns `{ info, handlers }`.
 * A `close` handler, if any, runs before the child exits on the parent's request.
 */
export async function serveParent(init) {
  let handlers;
  try {
    const started = await init();
    handlers = started.handlers;
    process.send({ type: 'ready', info: started.info ?? {} });
  } catch (error) {
    process.send({ type: 'failed', error: error?.stack ?? String(error) }, () => process.exit(1));
    return;
  }
  process.on('message', async ({ id, cmd, args }) => {
    try {
      const handler = handlers[cmd];
      if (!handler && cmd !== 'close') throw new Error(`no handler "${cmd}"`);
      const result = handler ? await handler(args) : undefined;
      process.send({ id, result });
      if (cmd === 'close') setImmediate(() => process.exit(0));
    } catch (error) {
      process.send({ id, error: error?.message ?? String(error) });
    }
  });
  // The parent went away (crash, Ctrl-C): do not linger.
  process.on('disconnect', () => process.exit(0));
}
