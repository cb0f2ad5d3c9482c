import { describe, expect, it } from 'vitest';
import { lineColumnAt } from './position';

describe('lineColumnAt', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\nbc', 1, 1, 2],
    ['a\n\nb', 3, 3, 1],
    ['ab', 99, 1, 3],
    ['ab', -4, 1, 1],
  ])('%j at %i is line %i column %i', (text, offset, line, column) => {
    expect(lineColumnAt(text, offset)).toEqual({ line, column });
  });
});
