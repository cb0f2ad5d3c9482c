import { describe, expect, it } from 'vitest';
import { containerImage, envToText, fieldsToText, textToEnv, textToFields, userToText } from './context-text';

describe('sample context as text', () => {
  it('round-trips env lines and ignores blank or nameless lines', () => {
    const env = { HOME: '/root', X: 'a=b' };
    expect(textToEnv(envToText(env))).toEqual(env);
    expect(textToEnv('\n=oops\nA=1\n')).toEqual({ A: '1' });
    expect(textToEnv('  ')).toBeUndefined();
  });

  it('reads field overrides, keeping `=` inside a field argument', () => {
    expect(textToFields('fd.name=/etc/shadow\nproc.env[A=B]=x\ncontainer.id')).toEqual({
      'fd.name': '/etc/shadow', 'proc.env[A=B]': 'x', 'container.id': null,
    });
    expect(fieldsToText({ 'fd.name': '/x', 'container.id': null })).toBe('fd.name=/x\ncontainer.id');
  });

  it('shows users and container images as plain text', () => {
    expect(userToText({ name: 'www-data', uid: 33 })).toBe('www-data');
    expect(userToText({ uid: 1000 })).toBe('1000');
    expect(containerImage('host')).toBe('');
    expect(containerImage({ image: 'nginx:1.25' })).toBe('nginx:1.25');
  });
});
