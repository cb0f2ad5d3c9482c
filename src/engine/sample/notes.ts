/**
 * What else happens after the event a sample shows. A sample is one execve, but many commands
 * start another program right away; saying so keeps people from expecting the second program's
 * fields on this event (spec §4, "Worked cases").
 */

/** Programs whose job is to execute the command given in their arguments. */
const WRAPPERS = new Set(['sudo', 'doas', 'env', 'nohup', 'timeout', 'nice', 'ionice', 'xargs', 'chroot', 'setsid', 'stdbuf', 'time', 'watch', 'strace', 'ltrace', 'unshare', 'nsenter', 'runuser', 'flock', 'chrt', 'taskset']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'busybox']);

export function followUpNote(comm: string, args: string[]): string | undefined {
  if (SHELLS.has(comm)) {
    const c = args.indexOf('-c');
    if (c >= 0 && args[c + 1] !== undefined) {
      return `\`${comm} -c\` runs \`${args[c + 1]}\` itself: each program in it is a further execve with this shell as parent (bash execs a single simple command in place, so that one gets this shell's pid and parent).`;
    }
    return undefined;
  }
  if (WRAPPERS.has(comm) || comm === 'su' && args.includes('-c')) {
    const rest = args.filter((a) => !a.startsWith('-'));
    const target = rest.length > 0 ? rest.join(' ') : 'the program in its arguments';
    const how = comm === 'sudo' || comm === 'su' || comm === 'doas' || comm === 'runuser' ? 'as a child' : 'in its place (same pid) or as a child';
    return `\`${comm}\` then executes ${target === 'the program in its arguments' ? target : `\`${target}\``} ${how}: a second execve, which is its own sample.`;
  }
  return undefined;
}
