/**
 * A forgiving scanner for conditions as they are being typed, for highlighting and completion.
 * It follows libsinsp's token rules (filter/parser.cpp: blanks, identifiers, field names, bare and
 * quoted strings, word operators that need a trailing blank) but never fails: unexpected text
 * becomes an `invalid` token and scanning goes on. The real parser (src/engine/condition) decides
 * validity; this scanner only says what each piece of text looks like and what is expected next.
 */
import { FIELD_TRANSFORMERS } from '../condition/vocabulary';

export type ConditionTokenType =
  | 'keyword' | 'operator' | 'modifier' | 'field' | 'fieldArg' | 'transformer' | 'macro' | 'list'
  | 'identifier' | 'string' | 'number' | 'value' | 'paren' | 'comma' | 'bracket' | 'invalid';

export interface ConditionToken {
  type: ConditionTokenType;
  start: number;
  end: number;
  text: string;
}

/** What the grammar expects at a position. */
export type LexState =
  | 'check'       // start of a check: field, transformer, macro, `not`, `(`
  | 'operator'    // after an operand: an operator
  | 'value'       // after a scalar operator: a string/number or transformer
  | 'listValue'   // after in/intersects/pmatch or a modifier: `(`, a list name, a transformer
  | 'listItem'    // inside `( ... )` after a list operator
  | 'transformerArg' // inside a transformer call
  | 'afterCheck'; // after a complete check: and / or / `)`

export interface NameSets {
  macros?: ReadonlySet<string>;
  lists?: ReadonlySet<string>;
}

export interface LexResult {
  tokens: ConditionToken[];
  /** State at the end of the text. */
  state: LexState;
  /** The operand of the check being written (for operator and value suggestions). */
  lastOperand?: ConditionToken;
  /** The operator of the check being written. */
  lastOperator?: string;
}

const TRANSFORMERS = new Set<string>([...FIELD_TRANSFORMERS, 'val']);
const WORD_OPS = ['contains', 'icontains', 'bcontains', 'startswith', 'bstartswith', 'endswith', 'glob', 'iglob', 'regex'];
const LIST_OPS = ['intersects', 'in', 'pmatch'];
const SYMBOL_OPS = ['==', '=', '!=', '<=', '<', '>=', '>'];
const MODIFIERS = ['oneof', 'anyof', 'allof'];
const NAME_RE = /[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_]*)*/y;
const BARE_RE = /[^()"'\s=,]+/y;
const NUMBER_RE = /^[+-]?(?:0[xX][0-9a-fA-F]+|[0-9]+\.?[0-9]*(?:[eE][+-][0-9]+)?)$/;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\b';

type Frame = { kind: 'group' } | { kind: 'transformer'; rhs: boolean } | { kind: 'tlist' } | { kind: 'list' };

/** Scans `text` (a condition, or its prefix up to the cursor). */
export function lexCondition(text: string, names: NameSets = {}): LexResult {
  const tokens: ConditionToken[] = [];
  const stack: Frame[] = [];
  let state: LexState = 'check';
  let lastOperand: ConditionToken | undefined;
  let lastOperator: string | undefined;
  let operandIsRhs = false;
  let i = 0;
  const push = (type: ConditionTokenType, start: number, end: number) => {
    const t = { type, start, end, text: text.slice(start, end) };
    tokens.push(t);
    return t;
  };
  const wordAt = (w: string) => text.startsWith(w, i);
  const top = () => stack[stack.length - 1];

  /** After an operand (field or transformer call) completes. */
  const operandDone = (t: ConditionToken) => {
    const fr = top();
    if (fr && (fr.kind === 'transformer' || fr.kind === 'tlist')) state = 'transformerArg';
    else if (operandIsRhs) state = 'afterCheck';
    else {
      lastOperand = t;
      state = 'operator';
    }
  };

  const readBracketArg = () => {
    if (text[i] !== '[') return;
    push('bracket', i, i + 1);
    i++;
    if (text[i] === '"' || text[i] === "'") readQuoted('fieldArg');
    else {
      const s = i;
      while (i < text.length && !/[\][\s"']/.test(text[i])) i++;
      if (i > s) push('fieldArg', s, i);
    }
    if (text[i] === ']') {
      push('bracket', i, i + 1);
      i++;
    }
  };

  const readQuoted = (type: ConditionTokenType) => {
    const q = text[i];
    const s = i;
    i++;
    // libsinsp ends the string at the next quote not preceded by a backslash (lex_quoted_str).
    while (i < text.length && !(text[i] === q && text[i - 1] !== '\\')) i++;
    if (i < text.length) i++;
    push(type, s, i);
  };

  /** A field, a transformer call or `val(`; returns false when no name starts here. */
  const readOperand = (): boolean => {
    NAME_RE.lastIndex = i;
    const m = NAME_RE.exec(text);
    if (!m) return false;
    const name = m[0];
    if (TRANSFORMERS.has(name) && text[i + name.length] === '(') {
      push('transformer', i, i + name.length);
      i += name.length;
      push('paren', i, i + 1);
      i++;
      stack.push({ kind: 'transformer', rhs: operandIsRhs });
      state = 'transformerArg';
      return true;
    }
    const t = push(name.includes('.') ? 'field' : 'identifier', i, i + name.length);
    i += name.length;
    readBracketArg();
    if (t.type === 'field') operandDone(t);
    return true;
  };

  while (i < text.length) {
    const c = text[i];
    if (isBlank(c)) {
      i++;
      continue;
    }
    const fr = top();
    // Read through a cast: the closures above change `state`, which TypeScript's narrowing cannot see.
    const cur = state as LexState;
    if (cur === 'check') {
      if (c === '(') {
        push('paren', i, i + 1);
        stack.push({ kind: 'group' });
        i++;
        continue;
      }
      if (wordAt('not') && (isBlank(text[i + 3]) || text[i + 3] === '(' || i + 3 === text.length)) {
        push('keyword', i, i + 3);
        i += 3;
        continue;
      }
      operandIsRhs = false;
      const start = i;
      if (readOperand()) {
        const t = tokens[tokens.length - 1];
        if (t.type === 'identifier' && t.start === start) {
          if (names.macros?.has(t.text)) t.type = 'macro';
          state = 'afterCheck';
        }
        continue;
      }
    } else if (cur === 'operator') {
      const sym = SYMBOL_OPS.find((o) => wordAt(o));
      if (sym) {
        push('operator', i, i + sym.length);
        i += sym.length;
        lastOperator = sym;
        state = 'value';
        operandIsRhs = true;
        continue;
      }
      if (wordAt('exists')) {
        push('operator', i, i + 6);
        i += 6;
        lastOperator = 'exists';
        state = 'afterCheck';
        continue;
      }
      const lop = LIST_OPS.find((o) => wordAt(o) && !/[a-zA-Z0-9_]/.test(text[i + o.length] ?? ''));
      if (lop) {
        push('operator', i, i + lop.length);
        i += lop.length;
        lastOperator = lop;
        state = 'listValue';
        operandIsRhs = true;
        continue;
      }
      const wop = WORD_OPS.find((o) => wordAt(o) && (isBlank(text[i + o.length]) || i + o.length === text.length));
      if (wop) {
        push('operator', i, i + wop.length);
        i += wop.length;
        lastOperator = wop;
        state = 'value';
        operandIsRhs = true;
        continue;
      }
    } else if (cur === 'value' || cur === 'listValue') {
      const mod = cur === 'value' && MODIFIERS.find((o) => wordAt(o) && isBlank(text[i + o.length]));
      if (mod) {
        // Contextual: a modifier only when `(` or a name (not and/or/not) follows (parser.cpp).
        let k = i + mod.length;
        while (isBlank(text[k])) k++;
        const rest = text.slice(k);
        if (rest[0] === '(' || (/^[a-zA-Z]/.test(rest) && !/^(and|or|not)\b/.test(rest))) {
          push('modifier', i, i + mod.length);
          i += mod.length;
          state = 'listValue';
          continue;
        }
      }
      if (cur === 'listValue' && c === '(') {
        push('paren', i, i + 1);
        stack.push({ kind: 'list' });
        state = 'listItem';
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        readQuoted('string');
        state = 'afterCheck';
        continue;
      }
      NAME_RE.lastIndex = i;
      const m = NAME_RE.exec(text);
      if (m && TRANSFORMERS.has(m[0]) && text[i + m[0].length] === '(') {
        readOperand();
        continue;
      }
      BARE_RE.lastIndex = i;
      const b = BARE_RE.exec(text);
      if (b) {
        let type: ConditionTokenType = NUMBER_RE.test(b[0]) ? 'number' : 'value';
        if (cur === 'listValue') type = names.lists?.has(b[0]) ? 'list' : 'identifier';
        push(type, i, i + b[0].length);
        i += b[0].length;
        state = 'afterCheck';
        continue;
      }
    } else if (cur === 'listItem') {
      if (c === ',') {
        push('comma', i, i + 1);
        i++;
        continue;
      }
      if (c === ')') {
        push('paren', i, i + 1);
        stack.pop();
        i++;
        state = 'afterCheck';
        continue;
      }
      if (c === '"' || c === "'") {
        readQuoted('string');
        continue;
      }
      BARE_RE.lastIndex = i;
      const b = BARE_RE.exec(text);
      if (b) {
        const type: ConditionTokenType = names.lists?.has(b[0]) ? 'list' : NUMBER_RE.test(b[0]) ? 'number' : 'value';
        push(type, i, i + b[0].length);
        i += b[0].length;
        continue;
      }
    } else if (cur === 'transformerArg') {
      if (c === ',') {
        push('comma', i, i + 1);
        i++;
        continue;
      }
      if (c === '(') {
        push('paren', i, i + 1);
        stack.push({ kind: 'tlist' });
        i++;
        continue;
      }
      if (c === ')') {
        push('paren', i, i + 1);
        i++;
        const closed = stack.pop();
        if (closed && closed.kind === 'transformer') {
          readBracketArg();
          operandIsRhs = closed.rhs;
          const outer = top();
          if (outer && (outer.kind === 'transformer' || outer.kind === 'tlist')) state = 'transformerArg';
          else operandDone(tokens[tokens.length - 1]);
          if ((state as LexState) === 'operator') {
            // The whole call is the operand: find its transformer token for operator suggestions.
            let depth = 0;
            for (let k = tokens.length - 1; k >= 0; k--) {
              const t = tokens[k];
              if (t.type === 'paren' && t.text === ')') depth++;
              if (t.type === 'paren' && t.text === '(') depth--;
              if (depth === 0 && t.type === 'transformer') {
                lastOperand = t;
                break;
              }
            }
          }
        }
        continue;
      }
      if (c === '"' || c === "'") {
        readQuoted('string');
        continue;
      }
      if (readOperand()) continue;
      BARE_RE.lastIndex = i;
      const b = BARE_RE.exec(text);
      if (b) {
        push(NUMBER_RE.test(b[0]) ? 'number' : 'invalid', i, i + b[0].length);
        i += b[0].length;
        continue;
      }
    } else if (cur === 'afterCheck') {
      if (c === ')' && fr?.kind === 'group') {
        push('paren', i, i + 1);
        stack.pop();
        i++;
        continue;
      }
      const kw = ['and', 'or'].find((k) => wordAt(k) && (isBlank(text[i + k.length]) || text[i + k.length] === '(' || i + k.length === text.length));
      if (kw) {
        push('keyword', i, i + kw.length);
        i += kw.length;
        state = 'check';
        lastOperand = undefined;
        lastOperator = undefined;
        continue;
      }
    }
    // Nothing fits: mark up to the next blank or parenthesis and keep going.
    const s = i;
    i++;
    while (i < text.length && !isBlank(text[i]) && text[i] !== '(' && text[i] !== ')') i++;
    push('invalid', s, i);
  }
  return { tokens, state, lastOperand, lastOperator };
}
