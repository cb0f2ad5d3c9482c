import { describe, expect, it } from 'vitest';
import { PathSet } from './pmatch';

const set = (...ps: string[]) => {
  const s = new PathSet();
  for (const p of ps) s.add(p);
  return s;
};

describe('pmatch (prefix_search)', () => {
  const v = '/opt/dir/subdir/file.txt';
  it.each(['/opt/dir', '/opt/dir/subdir', '/opt/*', '/opt/*/subdir', '/opt/di?/subdir', '/opt/*/*', 'opt/dir/', '//opt//dir'])(
    '%s matches',
    (p) => expect(set(p).match(v)).toBe(true),
  );
  it.each(['/opt/dir2', '/opt/di/subdir', '/opt/*/subdir2', '/opt/*/*/subsubdir'])('%s does not match', (p) => {
    expect(set(p).match(v)).toBe(false);
  });
  it('compares whole components', () => {
    expect(set('/tmp/hello').match('/tmp/hello_world')).toBe(false);
  });
  it('an empty set never matches; "/" matches everything', () => {
    expect(set().match('/x')).toBe(false);
    expect(set('/').match('/x/y')).toBe(true);
  });
  it('reports the matched depth', () => {
    expect(set('/opt/dir').matchDepth(v)).toBe(2);
  });
});
