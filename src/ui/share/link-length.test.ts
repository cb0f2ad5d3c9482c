import { describe, expect, it } from 'vitest';
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
});
