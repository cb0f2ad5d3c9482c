import { loadRules } from '../src/engine/rules';
import { parseCondition } from '../src/engine/condition';
import { parseSamplesYaml } from '../src/engine/sample/yaml';
const rule = (cond: string) => `- rule: r\n  desc: d\n  condition: ${cond}\n  output: o\n  priority: WARNING\n`;
for (const d of [99, 100, 101, 999, 1000, 1001, 5000]) {
  const c = '('.repeat(d) + 'proc.name=a' + ')'.repeat(d);
  const p = parseCondition(c);
  const r = loadRules([{ name: 'x.yaml', content: rule(c) }]);
  console.log('depth', d, 'parse:', p.ok ? 'ok' : p.error.message.slice(0, 80), '| load:', r.errors.map((e) => `${e.message.slice(0, 80)} ${JSON.stringify(e.range)}`).join(' ; ') || 'ok');
}
for (const d of [500, 1000, 1001]) {
  const c = 'not '.repeat(d) + 'proc.name=a';
  const r = loadRules([{ name: 'x.yaml', content: rule(c) }]);
  console.log('not-depth', d, r.errors.map((e) => e.message.slice(0, 80)).join(' ; ') || 'ok');
}
{
  const c = Array.from({ length: 40000 }, (_, i) => `proc.name=a${i}`).join(' or ');
  const t = performance.now();
  const r = loadRules([{ name: 'x.yaml', content: rule(c) }]);
  console.log('cond chars', c.length, (performance.now() - t).toFixed(0), 'ms', r.errors.map((e) => e.message.slice(0, 80)).join(';') || 'ok');
}
{
  let y = '';
  let i = 0;
  while (y.length < 5_000_000) { y += `- macro: m${i}\n  condition: proc.name = a${i} and proc.args contains "x${i}"\n`; i++; }
  y += rule('m0');
  const t = performance.now();
  const r = loadRules([{ name: 'x.yaml', content: y }], { lenient: true } as never);
  console.log('5MB file', (performance.now() - t).toFixed(0), 'ms', r.errors.length, r.warnings.length, r.errors.slice(0, 2).map((e) => e.message.slice(0, 100)));
}
{
  const y = Array.from({ length: 20000 }, (_, i) => `- ls ${i}`).join('\n');
  const t = performance.now();
  const r = parseSamplesYaml(y);
  console.log('samples 20000', (performance.now() - t).toFixed(0), 'ms', r.samples.length, r.diagnostics.slice(0, 2).map((d) => d.message));
}
