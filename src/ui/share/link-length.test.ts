import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_CHARS } from '../../share/codec';
import { CHAT_LIMIT, FORM_LIMIT, linkAdvice } from './link-length';

describe('linkAdvice', () => {
  it('is quiet up to the chat limit, warns above it, and is firmer above the forms limit', () => {
    expect(linkAdvice(CHAT_LIMIT).level).toBe('ok');
    expect(linkAdvice(CHAT_LIMIT + 1).level).toBe('long');
    expect(linkAdvice(FORM_LIMIT).level).toBe('long');
    expect(linkAdvice(FORM_LIMIT + 1).level).toBe('too-long');
  });

  it('says the length with thousands separators', () => {
    expect(linkAdvice(2345).message).toMatch(/^2,345 characters/);
    expect(linkAdvice(9001).message).toContain('8,000');
  });

  it('past the decoder\'s limit it says plainly that no one can open the link, and points to the files', () => {
    const url = 'http://localhost:5173/#'.length;
    expect(linkAdvice(url + MAX_FRAGMENT_CHARS, MAX_FRAGMENT_CHARS).level).toBe('too-long');
    const advice = linkAdvice(url + MAX_FRAGMENT_CHARS + 1, MAX_FRAGMENT_CHARS + 1);
    expect(advice.level).toBe('unopenable');
    expect(advice.message).toContain('no one can open this link');
    expect(advice.message).toContain('refuses links longer than 200,000 characters');
    expect(advice.message).toContain('Share the rules and samples files instead');
    // The 5 MB rules file of the audit: a 1.77 M-character link.
    expect(linkAdvice(1_770_000, 1_769_970).message).toMatch(/^1,770,000 characters: no one can open this link/);
  });
});
