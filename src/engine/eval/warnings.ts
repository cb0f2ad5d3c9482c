import { lookupField, type PluginMode } from '../fields/catalog';

/**
 * Compile-time warnings of sinsp_filter_compiler::check_value_and_add_warnings (filter.cpp), texts
 * verbatim. They never change whether a condition compiles.
 */
const TRANSFORMER_NAMES = ['tolower', 'toupper', 'b64', 'basename', 'len', 'join', 'concat', 'getopt', 'val'];
const RGX_SPECIAL = '.+*?^$()[]{}|\\';
const BLANK = /[ \t\n\v\f\r]/;
const BLANKS = /[ \t\n\v\f\r]/g;
const RGX_OCCURRENCE = '+*?';

export function valueWarnings(op: string, value: string, plugins: PluginMode): string[] {
  const out: string[] = [];
  const nospaces = BLANK.test(value) ? value.replace(BLANKS, '') : value;
  if (op === 'regex') {
    const w = regexWarning(value);
    if (w) out.push(w);
  }
  // A value that is itself a valid field name (the user probably forgot val()).
  if (nospaces !== '' && lookupField(nospaces, undefined, { plugins }).ok) {
    out.push(`'${value}' may be a valid field misused as a const string value`);
  }
  if (nospaces.endsWith(')')) {
    for (const t of TRANSFORMER_NAMES) {
      if (nospaces.length >= t.length + 2 && nospaces.startsWith(t) && nospaces[t.length] === '(') {
        out.push(`'${value}' may be a valid field transformer misused as a const string value`);
      }
    }
  }
  return out;
}

/** check_warnings_regex_value: a pattern with no special characters except anchors/edge wildcards. */
function regexWarning(v: string): string | null {
  const len = v.length;
  for (let i = 0; i < len; i++) {
    if ((i === 0 && v[i] === '^') || (i === len - 1 && v[i] === '$')) continue;
    if (((i === 0 && len > 1) || i === len - 2) && v[i] === '.' && RGX_OCCURRENCE.includes(v[i + 1] ?? '\0')) {
      i++;
      continue;
    }
    if (RGX_SPECIAL.includes(v[i])) return null;
  }
  return `regex check with '${v}' may be optimized with simpler operators such as '=', 'contains', 'startswith', 'endswith'`;
}
