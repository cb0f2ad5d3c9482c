import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELDS, lookupField, type FieldInfo } from './catalog';
import { OPERATOR_TABLE } from './catalog-data';

/**
 * The generated catalog (catalog-data.ts, by scripts/gen-fields.mjs) against its source,
 * ../shared/spec/fields.json, field by field: a stale or hand-edited table fails here naming the
 * field and the property. The spec is required: without it there is nothing to check against.
 */
const specPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/spec/fields.json');

interface SpecField {
  class: string; name: string; type: string; args: FieldInfo['args']; arg_required?: boolean; arg_syntax?: string[];
  bare_name_ok?: boolean; list?: boolean; flags?: string[]; operators?: string[] | null; deprecated?: boolean; print_format?: string;
}
interface Spec {
  libsinsp: { classes: { class: string; order: number; class_flags: string[]; nfields: number }[]; operator_table: Record<string, string[]>; fields: SpecField[] };
  container_plugin: { fields: SpecField[] };
}

function readSpec(): Spec {
  if (!existsSync(specPath)) throw new Error(`${specPath} is missing: the field catalog is checked against ../shared/spec/fields.json next to the repo`);
  return JSON.parse(readFileSync(specPath, 'utf8')) as Spec;
}

/** What the catalog must say of a spec field (catalog.ts names; PT_ and EPF_ prefixes dropped). */
function expected(f: SpecField, plugin: boolean): FieldInfo {
  return {
    name: f.name, cls: f.class, type: f.type.replace(/^PT_/, ''), args: f.args, argSyntax: f.arg_syntax ?? [],
    argRequired: f.arg_required === true, bareNameOk: f.bare_name_ok !== false, list: f.list === true,
    flags: (f.flags ?? []).map((x) => x.replace(/^EPF_/, '')), operators: f.operators ?? null,
    deprecated: f.deprecated === true, plugin, printFormat: f.print_format ?? '',
  };
}

describe('the field catalog is ../shared/spec/fields.json', () => {
  const spec = readSpec();
  const want = [...spec.libsinsp.fields.map((f) => expected(f, false)), ...spec.container_plugin.fields.map((f) => expected(f, true))];

  it('has the same fields in the same order (the order is libsinsp\'s lookup order)', () => {
    expect(FIELDS.map((f) => f.name)).toEqual(want.map((f) => f.name));
  });

  it.each(want.map((w, i) => [w.name, w, i] as const))('%s: type, argument form, list flag, flags, operators, ...', (_name, w, i) => {
    expect(FIELDS[i]).toEqual(w);
  });

  it('groups the libsinsp fields by class as the spec does (catalog.ts takes the first 18 as the generic evt class)', () => {
    expect(spec.libsinsp.classes[0]).toMatchObject({ class: 'evt', order: 0, class_flags: ['FL_GENERIC'], nfields: 18 });
    let at = 0;
    for (const c of spec.libsinsp.classes) {
      expect(FIELDS.slice(at, at + c.nfields).map((f) => f.cls), `class ${c.class} #${c.order}`).toEqual(Array(c.nfields).fill(c.class));
      at += c.nfields;
    }
    expect(at).toBe(spec.libsinsp.fields.length);
  });

  it("has flt_is_comparable's operator table", () => {
    expect(OPERATOR_TABLE).toEqual(Object.fromEntries(Object.entries(spec.libsinsp.operator_table).map(([k, v]) => [k.replace(/^PT_/, ''), v])));
  });
});

const resolve = (name: string, arg?: string, plugins?: 'none' | 'container') => {
  const r = lookupField(name, arg, { plugins });
  return r.ok ? { text: r.field.text, field: r.field.info.name, index: r.field.index, key: r.field.key } : r.message;
};

describe('lookupField', () => {
  it('holds every libsinsp and container-plugin field', () => {
    expect(FIELDS.length).toBe(294);
    expect(FIELDS.filter((f) => f.plugin).length).toBe(61);
  });
  it('resolves plain fields and rejects near misses with libsinsp\'s text', () => {
    expect(resolve('proc.name')).toMatchObject({ field: 'proc.name' });
    expect(resolve('proc.name2')).toBe('filter_check called with nonexistent field proc.name2');
    expect(resolve('proc.NAME')).toBe('filter_check called with nonexistent field proc.NAME');
    expect(resolve('proc.name', '1')).toBe('filter_check called with nonexistent field proc.name[1]');
    expect(resolve('proc.exe_ino.ctime')).toMatchObject({ field: 'proc.exe_ino.ctime' });
  });
  it('parses integer indexes like sscanf (sign, leading zeros) and rejects others', () => {
    expect(resolve('proc.aname', '02')).toMatchObject({ index: 2 });
    expect(resolve('proc.aname', '-1')).toMatchObject({ index: -1 });
    expect(resolve('proc.aname', 'x')).toBe('filter_check called with nonexistent field proc.aname[x]');
    expect(resolve('proc.aname', '1.5')).toBe('filter_check called with nonexistent field proc.aname[1.5]');
  });
  it('keys: env in brackets, event parameters after a dot', () => {
    expect(resolve('proc.env', 'HOME')).toMatchObject({ key: 'HOME' });
    expect(resolve('proc.env', '')).toMatchObject({ key: '' });
    expect(resolve('evt.arg.flags')).toMatchObject({ field: 'evt.arg', key: 'flags' });
    expect(resolve('evt.arg', '99')).toMatchObject({ field: 'evt.arg', index: 99 });
    expect(resolve('evt.arg.nosuchparam')).toBe('unknown event argument nosuchparam');
    expect(resolve('evt.arg')).toBe('filter syntax error: evt.arg');
    expect(resolve('thread.cgroup.cpu')).toMatchObject({ field: 'thread.cgroup', key: 'cpu' });
  });
  it('custom argument parsers of the event and fd classes (sinsp_filtercheck_event.cpp, _fd.cpp)', () => {
    // extract_arg is given evt.rawarg's parameter info and refuses an index with this text.
    expect(resolve('evt.rawarg', '0')).toBe('evt.arg fields must be expressed explicitly');
    // PT_DYN compiles with the type of the first parameter of that name in the event table.
    const uid = lookupField('evt.rawarg.uid');
    expect(uid.ok && uid.field.info.type).toBe('UINT32');
    const args = lookupField('evt.rawarg.args');
    expect(args.ok && args.field.info.type).toBe('BYTEBUF');
    // extract_type consumes nothing for a name no event_table.c entry has.
    expect(resolve('evt.type.is.nosuch')).toBe('filter_check called with nonexistent field evt.type.is.nosuch');
    expect(resolve('evt.type.is.execve')).toMatchObject({ field: 'evt.type.is', key: 'execve' });
    // parseu64 / parsed64 throw out of parse_field_name.
    expect(resolve('evt.around', 'abc')).toBe('abc is not a valid number');
    expect(resolve('fd.types', 'x')).toBe('x is not a valid number');
    expect(resolve('fd.types', '2')).toMatchObject({ field: 'fd.types', index: 2 });
  });
  it('plugin fields: only with the plugin, arguments only in brackets', () => {
    expect(resolve('container.id', undefined, 'none')).toBe('filter_check called with nonexistent field container.id');
    expect(resolve('container.id')).toMatchObject({ field: 'container.id' });
    expect(resolve('container.label', 'app')).toMatchObject({ key: 'app' });
    expect(resolve('container.label.app')).toBe('filter_check called with nonexistent field container.label.app');
  });
});
