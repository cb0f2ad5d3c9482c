/**
 * What Export writes: the rules file as edited, the samples as the YAML test file the CLI's `test`
 * subcommand reads (src/engine/sample/yaml.ts format, expectations included), and the command that
 * runs one against the other.
 */
import type { Sample, SampleDefaults } from '../../engine/sample';
import { serializeSamplesYaml } from '../../engine/sample/yaml';

export const SAMPLES_FILE_NAME = 'samples.yaml';

export function samplesFileText(samples: readonly Sample[], defaults: SampleDefaults | undefined): string {
  return serializeSamplesYaml(samples, defaults);
}

export interface CliChoice {
  rulesFile: string;
  samplesFile: string;
  base: 'stock' | 'none';
  /** Upstream base file names in load order (then loaded as files before the rules, with --base none). */
  upstream: readonly string[] | null;
  plugins: 'container' | 'none';
}

/** Quotes a word for a POSIX shell only when it needs it. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `node bin/falco-rule-playground.mjs test ...` (from a checkout of the playground) for these files and choices (defaults left out). */
export function cliTestCommand(c: CliChoice): string {
  const words = ['node', 'bin/falco-rule-playground.mjs', 'test'];
  if (c.upstream && c.upstream.length) words.push(...c.upstream);
  words.push(c.rulesFile, '--samples', c.samplesFile);
  // The CLI's base is built-in only; an upstream base is given as files in front of the rules.
  if (c.upstream && c.upstream.length) words.push('--base', 'none');
  else if (c.base === 'none') words.push('--base', 'none');
  if (c.plugins === 'none') words.push('--plugins', 'none');
  return words.map(shellWord).join(' ');
}

/** Starts a download of `text` as `name` (a Blob URL: nothing leaves the browser). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
