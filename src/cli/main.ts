/**
 * The command-line entry point: a table of subcommands. Adding one is one line in COMMANDS.
 */
// `regex` conditions compile synchronously here, as in Falco (the page loads RE2 lazily instead).
import '../engine/eval/re2-install';
import { evalCommand } from './eval';
import { linkCommand } from './link';
import { testCommand } from './test';
import type { Command } from './command';

const COMMANDS: Record<string, Command> = {
  eval: evalCommand,
  test: testCommand,
  link: linkCommand,
};

function usage(): string {
  const lines = ['usage: falco-rule-playground <command> [options]', '', 'commands:'];
  for (const [name, cmd] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${cmd.summary}`);
  lines.push('', 'Run `falco-rule-playground <command> --help` for details.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help);
    return 0;
  }
  return cmd.run(rest);
}
