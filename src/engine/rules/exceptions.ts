/**
 * Turns a rule's exceptions into condition text (falco rule_loader_compiler.cpp
 * `build_rule_exception_infos`, `paren_item`): the text is appended to the condition before list
 * substitution and parsing, so values are pasted verbatim (quoted only if they contain a space).
 */
import { LoadProblem } from './context';
import type { ExceptionInfo } from './infos';
import { entryIsValid } from './infos';
import { MappedText } from './mapped-text';
import { isOperatorForList } from './operators';

const VALIDATE = 'LOAD_ERR_VALIDATE';

function quoted(v: MappedText): MappedText {
  const e = v.text;
  if (e.includes(' ') && e[0] !== '"' && e[0] !== "'") return MappedText.concat(['"', v, '"']);
  return v;
}

function parened(v: MappedText): MappedText {
  return v.text[0] === '(' ? v : MappedText.concat(['(', v, ')']);
}

export function buildExceptionCondition(condition: MappedText, exceptions: ExceptionInfo[]): MappedText {
  const parts: (MappedText | string)[] = ['(', condition, ')'];
  for (const ex of exceptions) {
    const fields = ex.fields!;
    // `override: {exceptions: replace}` skips Falco's validation (rule_loader_collector.cpp
    // `selective_replace`), so comps may still be missing here: use the defaults validation sets.
    const comps = entryIsValid(ex.comps) ? ex.comps! : fields.isList
      ? { isList: true, item: MappedText.synthetic(''), items: fields.items.map(() => ({ isList: false, item: MappedText.synthetic('='), items: [] })) }
      : { isList: false, item: MappedText.synthetic('in'), items: [] };
    const icond: (MappedText | string)[] = [];
    if (!fields.isList) {
      for (const val of ex.values) {
        if (val.isList) throw new LoadProblem(VALIDATE, 'Expected values array to contain a list of strings', ex.ctx);
        if (icond.length === 0) icond.push('(', fields.item, ' ', comps.item, ' (');
        else icond.push(', ');
        icond.push(quoted(val.item));
      }
      if (icond.length > 0) icond.push('))');
    } else {
      let alternatives = 0;
      icond.push('(');
      for (const values of ex.values) {
        if (fields.items.length !== values.items.length) throw new LoadProblem(VALIDATE, 'Fields and values lists must have equal length', ex.ctx);
        if (alternatives++ > 0) icond.push(' or ');
        icond.push('(');
        fields.items.forEach((field, k) => {
          if (k > 0) icond.push(' and ');
          const value = values.items[k];
          let istr: MappedText;
          if (value.isList) {
            const inner: (MappedText | string)[] = ['('];
            value.items.forEach((v, i) => { if (i > 0) inner.push(', '); inner.push(quoted(v.item)); });
            inner.push(')');
            istr = MappedText.concat(inner);
          } else if (isOperatorForList(comps.items[k]?.item.text ?? '=')) {
            istr = parened(value.item);
          } else {
            istr = quoted(value.item);
          }
          icond.push(' ', field.item, ' ', comps.items[k]?.item ?? '=', ' ', istr);
        });
        icond.push(')');
      }
      icond.push(')');
      if (alternatives === 0) icond.length = 0;
    }
    if (icond.length > 0) parts.push(' and not ', ...icond);
  }
  return MappedText.concat(parts);
}
