import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteWord, splitCommand } from './shell-words';

const env = (vars: Record<string, string> = { HOME: '/root', USER: 'root' }) => (name: string) => vars[name];
const argv = (command: string) => {
  const r = splitCommand(command, env());
  if (!r.ok) throw new Error(r.error.message);
  return r.words.map((w) => w.text);
};

describe('splitCommand', () => {
  it.each([
    ['ls -la /tmp', ['ls', '-la', '/tmp']],
    ['  ls\t-la  ', ['ls', '-la']],
    [`bash -c "echo a b"`, ['bash', '-c', 'echo a b']],
    [`echo 'single quoted' "double quoted"`, ['echo', 'single quoted', 'double quoted']],
    [`echo "it's"`, ['echo', "it's"]],
    [`echo it\\'s`, ['echo', "it's"]],
    [`echo 'a'"b"c`, ['echo', 'abc']],
    [`echo '' a`, ['echo', '', 'a']],
    [`echo "back\\\\slash" 'back\\slash'`, ['echo', 'back\\slash', 'back\\slash']],
    [`echo "say \\"hi\\""`, ['echo', 'say "hi"']],
    [`echo a\\ b`, ['echo', 'a b']],
    [`awk -F: '$3 == 0 {print $1}' /etc/passwd`, ['awk', '-F:', '$3 == 0 {print $1}', '/etc/passwd']],
    [`echo "$HOME" $USER \${HOME}x`, ['echo', '/root', 'root', '/rootx']],
    [`echo $NOPE`, ['echo', '$NOPE']],
    [`rm ~/.bash_history`, ['rm', '/root/.bash_history']],
    [`echo a~b`, ['echo', 'a~b']],
    [`find / -name x 2>/dev/null`, ['find', '/', '-name', 'x']],
    [`cat < /etc/passwd > /tmp/x`, ['cat']],
    [`curl x 2>&1`, ['curl', 'x']],
    [`ls # a comment`, ['ls']],
    [`echo ünïcödé ✓`, ['echo', 'ünïcödé', '✓']],
    [`grep -r 'a\\|b' /var/log`, ['grep', '-r', 'a\\|b', '/var/log']],
  ])('%s', (command, expected) => {
    expect(argv(command)).toEqual(expected);
  });

  it.each([
    ['curl x | sh', '|', 'sh'],
    ['id; uname -a', ';', 'uname -a'],
    ['make && make install', '&&', 'make install'],
    ['false || true', '||', 'true'],
    ['sleep 10 &', '&', ''],
  ])('stops at the control operator in %s', (command, operator, rest) => {
    const r = splitCommand(command, env());
    expect(r.ok && r.rest).toMatchObject({ operator, text: rest });
  });

  it('keeps operators inside quotes', () => {
    expect(argv(`sh -c 'curl x | sh; id'`)).toEqual(['sh', '-c', 'curl x | sh; id']);
  });

  it('moves NAME=value prefixes to assignments, not argv', () => {
    const r = splitCommand('LD_PRELOAD=/tmp/x.so FOO="a b" ls FOO=1', env());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.assignments.map((a) => [a.name, a.value])).toEqual([
      ['LD_PRELOAD', '/tmp/x.so'],
      ['FOO', 'a b'],
    ]);
    expect(r.words.map((w) => w.text)).toEqual(['ls', 'FOO=1']);
    expect(r.assignments[0].range).toEqual({ start: 0, end: 20 });
  });

  it('does not treat a quoted name as an assignment', () => {
    expect(argv(`"FOO=1" ls`)).toEqual(['FOO=1', 'ls']);
  });

  it.each([
    [`echo 'abc`, 'Unterminated single quote', 5],
    [`echo "abc`, 'Unterminated double quote', 5],
    [`ls "a" 'b`, 'Unterminated single quote', 7],
  ])('reports %s with the position of the quote', (command, message, start) => {
    const r = splitCommand(command, env());
    expect(r).toEqual({ ok: false, error: { message, range: { start, end: command.length } } });
  });

  it('gives word ranges in the command text', () => {
    const r = splitCommand(`ls  "a b"`, env());
    expect(r.ok && r.words.map((w) => w.range)).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 9 },
    ]);
  });

  it('reads ps lines without shell operators', () => {
    const r = splitCommand('sh -c dpkg -l; apt-get install -y nmap', env(), 'psLine');
    expect(r.ok && r.words.map((w) => w.text).join(' ')).toBe('sh -c dpkg -l; apt-get install -y nmap');
  });

  it('quoteWord round-trips any argument', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (words) => {
        const command = ['prog', ...words].map(quoteWord).join(' ');
        const r = splitCommand(command, () => undefined);
        expect(r.ok && r.words.map((w) => w.text)).toEqual(['prog', ...words]);
      }),
    );
  });
});
