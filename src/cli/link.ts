/**
 * `link`: prints the share link that opens a rules file and a samples file in the playground.
 */
import { encodeState } from '../share/codec';
import type { ShareState } from '../share/types';
import type { Command } from './command';
import { parseCliArgs, readSamples, readText } from './test';

/** Where `npm run dev` serves the playground; pass --base-url for a deployed copy. */
export const DEFAULT_BASE_URL = 'http://localhost:5173/';

const HELP = `usage: falco-rule-playground link RULES.yaml --samples SAMPLES.yaml
                                  [--base stock|none] [--plugins container|none]
                                  [--rule NAME] [--base-url URL]

Prints a share link (URL + #v1.<data>) that opens RULES.yaml and SAMPLES.yaml in the playground.
The data is in the fragment, so it never reaches a server. Default URL: ${DEFAULT_BASE_URL}
Exit status: 0, or 2 on bad input.
`;

export const linkCommand: Command = {
  summary: 'print a share link for a rules file and a samples file',
  help: HELP,
  async run(args) {
    const bad = (message: string) => {
      process.stderr.write(`link: ${message}\n`);
      return 2;
    };
    const parsed = parseCliArgs(args, ['samples', 'base', 'plugins', 'rule', 'base-url']);
    if (!parsed.ok) return bad(`${parsed.message}\n\n${HELP}`);
    const { files, flags } = parsed.value;
    if (files.length !== 1) return bad(`give exactly one rules file (a link carries one)\n\n${HELP}`);
    const base = flags.get('base') ?? 'stock';
    if (base !== 'stock' && base !== 'none') return bad(`--base must be stock or none, not ${base}`);
    const plugins = flags.get('plugins');
    if (plugins !== undefined && plugins !== 'container' && plugins !== 'none') return bad(`--plugins must be container or none, not ${plugins}`);
    const rules = readText(files[0]);
    if (!rules.ok) return bad(rules.message);
    let samplesYaml = '';
    const samplesPath = flags.get('samples');
    if (samplesPath !== undefined) {
      const samples = readSamples(samplesPath);
      if (!samples.ok) return bad(`the samples file has errors:\n${samples.message}`);
      samplesYaml = samples.text; // verbatim: comments and layout survive the trip
    }
    const state: ShareState = { v: 1, rules: rules.text, base, samplesYaml };
    const rule = flags.get('rule');
    if (rule !== undefined) state.selectedRule = rule;
    if (plugins !== undefined) state.plugins = plugins;
    const baseUrl = flags.get('base-url') ?? DEFAULT_BASE_URL;
    process.stdout.write(`${baseUrl.replace(/#.*$/, '')}#${encodeState(state)}\n`);
    return 0;
  },
};
