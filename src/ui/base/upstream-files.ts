/**
 * Upstream base files: the falcosecurity/rules release files load in a fixed order (the default
 * ruleset first, then incubating, then sandbox: each builds on the ones before, as in the Falco
 * config's rules_files list); any other file follows in the order it was given.
 */
export const UPSTREAM_ORDER = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'];

export interface BaseFile {
  name: string;
  content: string;
}

/** Names in load order: the known upstream files first (in their order), then the rest as given. */
export function orderUpstreamNames(names: readonly string[]): string[] {
  const unique = [...new Set(names)];
  const rank = (n: string) => {
    const i = UPSTREAM_ORDER.indexOf(n);
    return i < 0 ? UPSTREAM_ORDER.length : i;
  };
  return unique
    .map((name, at) => ({ name, at }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.at - b.at)
    .map((x) => x.name);
}

/** `library` with `added` put in (a file of the same name is replaced). */
export function mergeFiles(library: readonly BaseFile[], added: readonly BaseFile[]): BaseFile[] {
  const names = new Set(added.map((f) => f.name));
  return [...library.filter((f) => !names.has(f.name)), ...added];
}

/** The file name a URL ends with (`.../rules/falco_rules.yaml?x` → falco_rules.yaml). */
export function fileNameFromUrl(url: string): string {
  try {
    const path = new URL(url).pathname;
    const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    return last || 'rules.yaml';
  } catch {
    return 'rules.yaml';
  }
}

/** Checks what the person typed before any request: an http(s) address. */
export function checkUrl(text: string): { ok: true; url: string } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Enter the address of a rules file.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'That is not a web address (it should start with https://).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'Only http and https addresses can be fetched.' };
  return { ok: true, url: url.toString() };
}

/**
 * A GitHub page address of a file (github.com/<owner>/<repo>/blob/<ref>/<path>) is HTML; the
 * raw address serves the file itself, so it is rewritten.
 */
export function rawGithubUrl(url: string): string {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url);
  return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}` : url;
}

/** What a fetched text must look like to be taken as a rules file (not an HTML error page). */
export function looksLikeRulesFile(text: string): boolean {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  return !(head.startsWith('<!doctype') || head.startsWith('<html'));
}
