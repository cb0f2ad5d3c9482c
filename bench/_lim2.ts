import { loadRules } from '../src/engine/rules';
const rule = (cond: string) => `- rule: r\n  desc: d\n  condition: ${cond}\n  output: o\n  priority: WARNING\n`;
for (const size of [5_000_000]) {
  let y = '';
  let i = 0;
  while (y.length < size) { y += `- macro: m${i}\n  condition: proc.name = a${i} and proc.args contains "x${i}"\n`; i++; }
  y += rule('m0');
  const t = performance.now();
  const r = loadRules([{ name: 'x.yaml', content: y }], { lenient: true } as never);
  console.log(size, i, 'macros', (performance.now() - t).toFixed(0), 'ms', r.errors.length, r.warnings.length);
}
