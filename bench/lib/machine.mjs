/** What the figures were measured on, recorded with them. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return null;
  }
};

export function describeMachine(root, db) {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: db.settings.server_version ?? null,
    postgresSettings: { synchronous_commit: db.settings.synchronous_commit, fsync: db.settings.fsync, shared_buffers: db.settings.shared_buffers },
    postgresEmbedded: db.embedded,
    chromium: run('/usr/bin/chromium', ['--version']),
    commit: run('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
    workTreeDirty: Boolean(run('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'])),
  };
}
