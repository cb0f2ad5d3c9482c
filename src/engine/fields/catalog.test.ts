import { describe, expect, it } from 'vitest';
import { FIELDS, lookupField } from './catalog';

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
