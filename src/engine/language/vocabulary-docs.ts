/**
 * Short explanations of the rules language's words, written for hovers and completion details.
 * They state the exact semantics (spec §2) and the traps people fall into.
 */

export const operatorDocs: Record<string, string> = {
  '=': 'Equal: exact, case-sensitive comparison with the value (numbers compare as numbers).',
  '==': 'Same as `=`: exact, case-sensitive equality.',
  '!=': 'Not equal. Like every operator it is false when the field has no value; write `not x = v` to also match "no value".',
  '<': 'Less than. On numeric fields a number; on strings a byte-wise (strcmp) order, not a numeric one.',
  '<=': 'Less than or equal (numbers; byte-wise order on strings).',
  '>': 'Greater than (numbers; byte-wise order on strings: `proc.name > 5` is true for `bash`).',
  '>=': 'Greater than or equal (numbers; byte-wise order on strings).',
  contains: 'Substring test, case-sensitive: `proc.cmdline contains rm` also matches `firmware`. `contains ""` is always true.',
  icontains: 'Substring test ignoring ASCII case only (no Unicode folding).',
  bcontains: 'Byte-buffer substring; the value is written as hex text (`bcontains 48545450`). Byte-buffer fields only.',
  startswith: 'Prefix test, case-sensitive. `startswith /tmp` also matches `/tmpfoo`; add the slash.',
  bstartswith: 'Byte-buffer prefix; the value is hex text. Byte-buffer fields only.',
  endswith: 'Suffix test, case-sensitive.',
  glob: 'Shell-style pattern (`*`, `?`, `[...]`) over the whole value. Trap: `*` and `?` also match `/`, so `/etc/*` matches `/etc/a/b`.',
  iglob: 'Like `glob`, ignoring ASCII case.',
  regex: 'RE2 regular expression in POSIX (egrep) syntax that must match the WHOLE value (implicitly anchored). No `\\d`, `\\w`, backreferences.',
  in: 'Value equals one of the list items (exact bytes). `in (a, b)` or `in my_list`; without parentheses only a single list name is allowed.',
  intersects: 'For list-valued fields: true if any element is in the list; on a single value, same as `in`.',
  pmatch: 'Path prefix match: true if the value is one of the listed paths or lies below one (`/etc` matches `/etc/passwd`, not `/etcd`).',
  exists: 'True when the field has a value for this event. Unlike an empty string, "no value" makes every other operator false.',
};

export const modifierDocs: Record<string, string> = {
  oneof: 'Operator modifier (Falco 0.44+): true if exactly one list item satisfies the operator.',
  anyof: 'Operator modifier (Falco 0.44+): true if at least one list item satisfies the operator.',
  allof: 'Operator modifier (Falco 0.44+): true if every list item satisfies the operator.',
};

export const transformerDocs: Record<string, { signature: string; doc: string }> = {
  tolower: { signature: 'tolower(field)', doc: 'Lower-cases ASCII letters (A-Z only).' },
  toupper: { signature: 'toupper(field)', doc: 'Upper-cases ASCII letters (a-z only).' },
  b64: { signature: 'b64(field)', doc: 'Base64-DECODES the value; if it is not valid base64 the field has no value (check false).' },
  basename: { signature: 'basename(field)', doc: 'Text after the last `/` (empty if the value ends with `/`).' },
  len: { signature: 'len(field)', doc: 'Length: characters of a string, bytes of a buffer, elements of a list. Gives a number.' },
  join: { signature: 'join(sep, list)', doc: 'Joins the elements of a list field or `( ... )` list with the separator.' },
  concat: { signature: 'concat(a, b, ...)', doc: 'Concatenates two or more strings or fields.' },
  getopt: { signature: 'getopt(list, optstring)[c]', doc: 'Parses short options like getopt(3); `[c]` gives the value of option c.' },
  val: { signature: 'val(field)', doc: 'Right-hand side only: compare with another field\'s value instead of a literal.' },
};

export const keywordDocs: Record<string, string> = {
  and: 'Logical AND (binds tighter than `or`). Both sides must be true.',
  or: 'Logical OR. `a or b and c` means `a or (b and c)`.',
  not: 'Negates the next check, macro or parenthesised group: `not a and b` is `(not a) and b`.',
};

/** Falco's priorities, most severe first (falco_common.cpp priority names). */
export const PRIORITIES = ['EMERGENCY', 'ALERT', 'CRITICAL', 'ERROR', 'WARNING', 'NOTICE', 'INFORMATIONAL', 'DEBUG'];

export const priorityDocs: Record<string, string> = {
  EMERGENCY: 'Most severe: the system is unusable.',
  ALERT: 'Action must be taken immediately.',
  CRITICAL: 'Critical condition.',
  ERROR: 'Error condition.',
  WARNING: 'Warning condition; the usual level for suspicious activity.',
  NOTICE: 'Normal but significant condition.',
  INFORMATIONAL: 'Informational (alias `INFO`).',
  DEBUG: 'Debug-level message; the least severe.',
};

/** Keys each item kind accepts, with a one-line meaning (spec §5.2). */
export const itemKeyDocs: Record<'rule' | 'macro' | 'list', Record<string, string>> = {
  rule: {
    rule: 'Unique name of the rule.',
    desc: 'What the rule detects (required for a new rule).',
    condition: 'Filter expression over event fields; when true the rule fires.',
    output: 'Alert message template; `%field` tokens are replaced by the event\'s values.',
    priority: 'Severity: EMERGENCY, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFORMATIONAL, DEBUG.',
    exceptions: 'Named tuples of fields and values that suppress the rule.',
    enabled: 'false loads the rule but never fires it.',
    tags: 'Labels for selecting rules (e.g. mitre_execution, container).',
    source: 'Event source (default syscall).',
    append: 'Deprecated: append to an existing rule (use override instead).',
    override: 'Extends (append) or replaces (replace) keys of an existing rule.',
    warn_evttypes: 'false silences the "no event type restriction" warning.',
    'skip-if-unknown-filter': 'true skips the rule instead of failing when a field is unknown.',
    capture: 'Start a capture when the rule fires.',
    capture_duration: 'Capture length in milliseconds.',
  },
  macro: {
    macro: 'Name of the macro; use it in conditions as a bare identifier.',
    condition: 'Condition the macro stands for (inserted as a parenthesised expression).',
    append: 'Deprecated: append to an existing macro (use override instead).',
    override: 'Extends (append) or replaces (replace) the macro\'s condition.',
  },
  list: {
    list: 'Name of the list; use it as `in (name)` or inside another list.',
    items: 'The list\'s items; substituted textually where the list is used.',
    append: 'Deprecated: append items to an existing list (use override instead).',
    override: 'Extends (append) or replaces (replace) the list\'s items.',
  },
};
