/**
 * Varied sample command lines for benchmarks: the command lines of the oracle's events (real
 * programs, arguments and ancestries), then generated ones to reach the count. Deterministic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quoteWord, type Sample } from '../src/engine/sample';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PROGRAMS = ['iptables', 'systemctl', 'service', 'bash', 'sh', 'curl', 'wget', 'nc', 'python3', 'cat',
  'ls', 'chmod', 'mount', 'useradd', 'crontab', 'ssh', 'tar', 'find', 'kubectl', 'docker', 'apt-get', 'rm'];
const ARGS = ['-F', 'stop falco', '--flush', '/etc/shadow', '-la /root', 'restart nginx', '-c "id"', 'http://x/y.sh',
  '-e /bin/sh 10.0.0.1 4444', '+x run.sh', '-rf /tmp/x', 'reload falco-helper-stopwatch.service', '-X', 'status'];

export function benchCommands(count: number): string[] {
  const out = new Set<string>();
  for (const file of ['seed.jsonl', 'fields.jsonl']) {
    const text = readFileSync(path.resolve(repoRoot, '../shared/oracle', file), 'utf8');
    for (const line of text.split('\n')) {
      if (!line) continue;
      const ev = (JSON.parse(line) as { event?: { exe?: string; args?: string[] } }).event;
      if (!ev?.exe || !Array.isArray(ev.args)) continue;
      out.add([ev.exe, ...ev.args].map((w) => quoteWord(w)).join(' '));
      if (out.size >= count) break;
    }
  }
  let i = 0;
  while (out.size < count) {
    const p = PROGRAMS[i % PROGRAMS.length];
    const a = ARGS[Math.floor(i / PROGRAMS.length) % ARGS.length];
    out.add(`${p} ${a}${i >= PROGRAMS.length * ARGS.length ? ` #${i}` : ''}`);
    i++;
  }
  return [...out].slice(0, count);
}

export function benchSamples(count: number): Sample[] {
  return benchCommands(count).map((command, i) => ({ id: `b${i + 1}`, command }));
}
