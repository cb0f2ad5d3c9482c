/** Generators shared by the fuzz tests: text built from the grammar's own pieces plus noise. */
import fc from 'fast-check';

export const CONDITION_PIECES = ['proc.name', 'proc.args', 'proc.cmdline', 'evt.type', 'fd.name', 'proc.aname[2]', 'user.name',
  'container.id', 'evt.arg.res', 'proc.env[HOME]', ' = ', ' != ', ' in ', ' contains ', ' startswith ', ' glob ', ' regex ',
  ' pmatch ', ' exists', ' and ', ' or ', 'not ', '(', ')', '(a, b)', '"q"', "'s'", 'execve', '/bin/sh', '-F', '1', '-1',
  '0x10', 'tolower(', 'b64(', 'val(', ' icontains ', ' intersects ', ',', '\\', '"', "'", ' ', '\n', '\t', 'm1', 'l1',
  '(((', ')))', 'constructor', '__proto__', 'toString', 'proc.env[constructor]', 'x'.repeat(50), '[', ']', '%', '\u00e9', '\u{1F600}', '\u0000'];

export const conditionText = fc.oneof(
  fc.array(fc.constantFrom(...CONDITION_PIECES), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

export const COMMAND_PIECES = ['iptables', 'systemctl', 'sh', 'bash -c', ' ', '-F', '"', "'", '\\', '$HOME', '${X', '$(', '`', '|', ';',
  '&&', '>', '<', '*', '~', '#', '\n', '\t', 'env A=1', 'sudo', 'nohup', 'a'.repeat(40), '\u00e9', '\u{1F600}', '=', '{a,b}', 'toString', 'constructor', '__proto__', 'hasOwnProperty'];

export const commandText = fc.oneof(
  fc.array(fc.constantFrom(...COMMAND_PIECES), { maxLength: 25 }).map((p) => p.join('')),
  fc.string({ maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

export const YAML_PIECES = ['- rule: R\n', '- macro: m1\n', '- list: l1\n', '  condition: ', '  items: [', ']\n', '  desc: d\n',
  '  output: o %proc.name %\n', '  priority: WARNING\n', '  exceptions:\n    - name: e\n      fields: [proc.name]\n      values: [[a]]\n',
  '  override:\n    condition: append\n', '  enabled: false\n', '  append: true\n', '- required_engine_version: 0.1\n',
  'proc.name = a\n', 'm1 and proc.name in (l1)\n', '>\n    a and\n', '"unterminated\n', ': :', '{', '*a', '&a x\n', '\t', '\r\n',
  '\uFEFF', '---\n', '...\n', '!!binary x\n', '[[[[', '? k\n', '- ', '#c\n', '- macro: constructor\n', '- list: __proto__\n', 'toString and constructor\n', '- rule: __proto__\n'];

export const rulesYaml = fc.oneof(
  fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ maxLength: 200 }),
);

export const SAMPLES_PIECES = ['- ', 'iptables -F\n', 'samples:\n', 'defaults:\n', '  user: root\n', '  command: ls\n', '  cwd: /\n',
  '  parent: bash\n', '  tty: 1\n', '  container: {id: abc}\n', '  env: [A=1]\n', '  expect: {R: match}\n', '  script: true\n',
  '"', "'", '{', '[', ':', '\n', '  ', '- command: ', '  pid: -1\n', '  uid: 99999999999999999999\n', '  ancestors: [a, b]\n'];

export const samplesYaml = fc.oneof(
  fc.array(fc.constantFrom(...SAMPLES_PIECES), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ maxLength: 200 }),
);

/** Asserts a range lies inside a text of `length` UTF-16 units. */
export function validRange(r: { start: number; end: number } | undefined, length: number): boolean {
  return !!r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length;
}
