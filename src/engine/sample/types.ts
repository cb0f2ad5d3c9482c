/**
 * A sample is "a command a person typed", plus the context it ran in. sampleToEvent() turns it into
 * the execve event Falco would see (spec §4). Everything here is plain data: it is what the samples
 * YAML, share links and the CLI carry.
 */

/** The expected verdict of one rule on one sample. */
export type Expectation = 'alert' | 'no_alert';

/** A user as a name (looked up in the fixed passwd), a numeric string, or explicit ids. */
export type SampleUser = string | { name?: string; uid?: number; loginuid?: number };

/** Container context: `host`, an image reference, or the plugin's fields one by one. */
export type SampleContainer =
  | 'host'
  | string
  | {
      image?: string;
      id?: string;
      name?: string;
      type?: string;
      k8sNamespace?: string;
      k8sPod?: string;
    };

/** How to treat programs that are `#!` scripts (Debian's `service`, `egrep`, `./x.sh` ...). */
export type ScriptMode = 'auto' | 'on' | 'off';

export interface Sample {
  id: string;
  /** The command line as typed at a shell prompt. */
  command: string;
  /** The parent's command line as `ps` shows it (`-bash`, `sshd: root@pts/0`, `sh -c ...`). */
  parent?: string;
  /** No parent at all: Falco cannot extract proc.pname & co. */
  parentMissing?: boolean;
  /** Processes above the parent, nearest first. */
  ancestors?: string[];
  user?: SampleUser;
  container?: SampleContainer;
  cwd?: string;
  /** `pts/0`, `tty1`, `none`, or the kernel's encoded device number. */
  tty?: string | number;
  env?: Record<string, string>;
  /** Explicit field values, keyed as written in a condition; they win over derived values. */
  fields?: Record<string, string | null>;
  script?: ScriptMode;
  /** The shebang to use when the program is treated as a script (`/bin/bash`, `/usr/bin/env python3`). */
  interpreter?: string;
  /** Override of the resolved executable (proc.exepath). */
  exepath?: string;
  /** Expected verdict per rule name. */
  expect?: Record<string, Expectation>;
  note?: string;
}

/** The context every sample inherits unless it says otherwise. */
export interface SampleDefaults {
  parent: string;
  ancestors: string[];
  user: { name: string; uid: number; loginuid: number };
  container: SampleContainer;
  cwd: string;
  tty: string | number;
  env: Record<string, string>;
}
