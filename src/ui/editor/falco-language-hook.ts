/**
 * Optional Falco language support, provided by src/ui/editor/falco-language/ (a teammate's module).
 * `import.meta.glob` lets the build succeed whether or not that module exists yet: when it is absent
 * the editor falls back to plain YAML highlighting.
 */
import type * as Monaco from 'monaco-editor';

type Register = (monaco: typeof Monaco, ctx?: unknown) => unknown;

const modules = import.meta.glob<{ registerFalcoLanguage?: Register }>('./falco-language/index.ts');

let registered: Promise<string> | null = null;

/** Registers the Falco language once; resolves to the language id the model should use. */
export function ensureFalcoLanguage(monaco: typeof Monaco): Promise<string> {
  registered ??= (async () => {
    const load = Object.values(modules)[0];
    if (!load) return 'yaml';
    try {
      const mod = await load();
      if (typeof mod.registerFalcoLanguage !== 'function') return 'yaml';
      const result = mod.registerFalcoLanguage(monaco, {});
      return languageIdFrom(result) ?? 'falco-rules';
    } catch (e) {
      console.error('Falco language support failed to load; using YAML highlighting', e);
      return 'yaml';
    }
  })();
  return registered;
}

function languageIdFrom(result: unknown): string | undefined {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'languageId' in result) {
    const id = (result as { languageId: unknown }).languageId;
    if (typeof id === 'string') return id;
  }
  return undefined;
}
