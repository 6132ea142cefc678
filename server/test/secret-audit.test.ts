import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRun } from './secret-audit';

// The run's log audit finds a credential in a log line, whatever its kind, and nothing else.
describe('auditRun', () => {
  const session = `tls_${'A'.repeat(43)}`;
  const link = 'b'.repeat(43);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-audit-test-'));
    fs.writeFileSync(path.join(dir, 'secrets-1.txt'), [session, link, 'a-password-2026'].map((s) => JSON.stringify(s)).join('\n'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds a session token, a link token and a password in the log', () => {
    fs.writeFileSync(path.join(dir, 'log-1.txt'), [`{"msg":"signed in ${session}"}`, `{"msg":"GET /t/${link}"}`, '{"msg":"login a-password-2026"}', '{"msg":"fine"}'].join('\n'));
    expect(auditRun(dir).leaks.map((l) => l.secret)).toEqual([session, link, 'a-password-2026']);
  });

  it('finds nothing in a clean log', () => {
    fs.writeFileSync(path.join(dir, 'log-2.txt'), `{"msg":"request answered","route":"/t/:token","requestId":"${'c'.repeat(36)}"}\n`);
    expect(auditRun(dir)).toEqual({ leaks: [], lines: 1, secrets: 3 });
  });
});
