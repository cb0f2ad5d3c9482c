import { describe, expect, it } from 'vitest';
import { checkUrl, fileNameFromUrl, looksLikeRulesFile, mergeFiles, orderUpstreamNames, rawGithubUrl } from './upstream-files';

describe('upstream base files', () => {
  it('orders the release files as Falco loads them, other files after, in the order given', () => {
    expect(orderUpstreamNames(['mine.yaml', 'falco-sandbox_rules.yaml', 'falco_rules.yaml', 'other.yaml', 'falco-incubating_rules.yaml']))
      .toEqual(['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml', 'mine.yaml', 'other.yaml']);
    expect(orderUpstreamNames(['falco_rules.yaml', 'falco_rules.yaml'])).toEqual(['falco_rules.yaml']);
  });

  it('replaces a file of the same name when it is loaded again', () => {
    const merged = mergeFiles([{ name: 'a', content: '1' }, { name: 'b', content: '2' }], [{ name: 'a', content: '3' }]);
    expect(merged).toEqual([{ name: 'b', content: '2' }, { name: 'a', content: '3' }]);
  });

  it('takes the file name from a URL', () => {
    expect(fileNameFromUrl('https://raw.githubusercontent.com/falcosecurity/rules/falco-rules-4.0.0/rules/falco_rules.yaml?token=1'))
      .toBe('falco_rules.yaml');
    expect(fileNameFromUrl('not a url')).toBe('rules.yaml');
  });

  it('accepts only http(s) addresses and rewrites GitHub file pages to their raw address', () => {
    expect(checkUrl('  ')).toMatchObject({ ok: false });
    expect(checkUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkUrl('falco_rules.yaml')).toMatchObject({ ok: false });
    expect(checkUrl('https://example.com/r.yaml')).toEqual({ ok: true, url: 'https://example.com/r.yaml' });
    expect(rawGithubUrl('https://github.com/falcosecurity/rules/blob/main/rules/falco_rules.yaml'))
      .toBe('https://raw.githubusercontent.com/falcosecurity/rules/main/rules/falco_rules.yaml');
  });

  it('refuses an HTML page as a rules file', () => {
    expect(looksLikeRulesFile('<!DOCTYPE html><html>')).toBe(false);
    expect(looksLikeRulesFile('- rule: x\n')).toBe(true);
  });
});
