import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fieldDescriptions } from '../../src/engine/fields/descriptions';

const repoRoot = path.resolve(__dirname, '../..');
const fieldsJson = path.resolve(repoRoot, '../shared/spec/fields.json');

interface SpecField { name: string }
function specFieldNames(): string[] {
  if (!fs.existsSync(fieldsJson)) {
    throw new Error(`field spec not found at ${fieldsJson}: the shared spec directory must sit beside the repo`);
  }
  const spec = JSON.parse(fs.readFileSync(fieldsJson, 'utf8')) as {
    libsinsp: { fields: SpecField[] };
    container_plugin: { fields: SpecField[] };
  };
  return [...spec.libsinsp.fields, ...spec.container_plugin.fields].map((f) => f.name);
}

describe('fieldDescriptions', () => {
  const names = specFieldNames();

  it('covers every libsinsp and container plugin field (294)', () => {
    expect(names.length).toBe(294);
    const missing = names.filter((n) => !(n in fieldDescriptions));
    expect(missing).toEqual([]);
  });

  it('has no entries for unknown fields', () => {
    const known = new Set(names);
    expect(Object.keys(fieldDescriptions).filter((k) => !known.has(k))).toEqual([]);
  });

  it('gives one-line, non-trivial descriptions', () => {
    for (const [name, text] of Object.entries(fieldDescriptions)) {
      expect(text.includes('\n'), name).toBe(false);
      expect(text.length, name).toBeGreaterThan(15);
      expect(text.length, name).toBeLessThan(160);
    }
  });
});
