/** A CLI subcommand: one-line summary, full help text, and the runner (returns the exit code). */
export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}
