/**
 * Reads one rules file into the collector (falco rule_loader_reader.cpp `read`, `read_item`):
 * item kinds, key validation with Falco's checks in Falco's order, overrides, deprecations and
 * unknown keys. Problems that stop the file are thrown as LoadProblem and caught by `readFile`.
 */
import { LoadProblem, type LoadContext, type MessageSink } from './context';
import type { Collector, ExceptionValidation } from './collector';
import type { ExceptionInfo, ListInfo, MacroInfo, RuleInfo, RuleUpdate } from './infos';
import { parsePriority } from './infos';
import { ERROR_OVERRIDE_APPEND, INVALID_LIST_NAME, INVALID_MACRO_NAME, WARNING_APPEND, WARNING_ENABLED } from './messages';
import type { LoadCache } from './load-cache';
import { ValueDecoder, YAML_VALIDATE, trimMapped } from './reader-values';
import { mapGet, parseYamlDocuments, type YMap, type YNode } from './yaml-tree';
import { checkEngineVersion, isValidVersion, parseEngineVersion } from './versions';

export interface ReadOptions {
  knownSources: Set<string>;
  exceptionValidation: ExceptionValidation;
  /** Keep reading after an item fails (the playground's lenient mode). */
  lenient: boolean;
  /** Parsed YAML and scalar texts kept between loads (load-cache.ts). */
  cache?: LoadCache;
}

class FileReader extends ValueDecoder {
  constructor(
    fileIndex: number,
    file: string,
    content: string,
    sink: MessageSink,
    readonly collector: Collector,
    readonly opts: ReadOptions,
  ) {
    super(fileIndex, file, content, sink, opts.cache);
  }

  /** read_rule_exceptions */
  exceptions(item: YMap, parent: LoadContext, append: boolean): ExceptionInfo[] | undefined {
    const exs = mapGet(item, 'exceptions');
    if (exs === undefined || exs.kind === 'null') return undefined;
    const exesCtx = this.ctx(exs, 'exceptions', '', parent);
    if (exs.kind !== 'seq') this.fail('Rule exceptions must be a sequence', exesCtx);
    const out: ExceptionInfo[] = [];
    for (const ex of exs.items) {
      const tmp = this.ctx(ex, 'exception', '', exesCtx);
      if (ex.kind !== 'map') this.fail('Rule exception must be a mapping', tmp);
      const name = this.str(ex, 'name', tmp)!;
      const exCtx = this.ctx(ex, 'exception', name, parent);
      if (out.some((o) => o.name === name)) {
        this.sink.warning('LOAD_EXCEPTION_NAME_NOT_UNIQUE', `Multiple definitions of exception '${name}' in the same rule`, exCtx);
      }
      const info: ExceptionInfo = { name, ctx: exCtx, values: [] };
      info.fields = this.optionalEntry(ex, 'fields', exCtx, append);
      info.comps = this.optionalEntry(ex, 'comps', exCtx, true);
      const vals = mapGet(ex, 'values');
      if (vals !== undefined) {
        const valsCtx = this.ctx(vals, 'exception values', '', exCtx);
        if (vals.kind !== 'seq') this.fail('Rule exception values must be a sequence', valsCtx);
        for (const v of vals.items) info.values.push(this.exceptionEntry(v, this.ctx(v, 'exception value', '', valsCtx)));
      } else if (append) {
        this.sink.warning('LOAD_APPEND_NO_VALUES', 'Overriding/appending exception with no values', exCtx);
      }
      out.push(info);
    }
    return out;
  }

  readItem(item: YNode, parent: LoadContext): void {
    if (item.kind !== 'map') this.fail('Unexpected element type. Each element should be a yaml associative array.', this.ctx(item, 'rules content item', '', parent));
    if (mapGet(item, 'required_engine_version') !== undefined) return this.readEngineVersion(item, parent);
    if (mapGet(item, 'required_plugin_versions') !== undefined) return this.readPluginVersions(item, parent);
    if (mapGet(item, 'list') !== undefined) return this.readList(item, parent);
    if (mapGet(item, 'macro') !== undefined) return this.readMacro(item, parent);
    if (mapGet(item, 'rule') !== undefined) return this.readRule(item, parent);
    this.sink.warning('LOAD_UNKNOWN_ITEM', 'Unknown top level item', this.ctx(item, 'rules content item', '', parent));
  }

  readEngineVersion(item: YMap, parent: LoadContext): void {
    const ctx = this.ctx(item, 'required_engine_version', '', parent);
    const raw = this.str(item, 'required_engine_version', ctx)!;
    const version = parseEngineVersion(raw);
    if (!version) this.fail(`Unable to parse engine version '${raw}' as a semver string. Expected "x.y.z" semver format.`, ctx);
    const err = checkEngineVersion(version);
    if (err) this.fail(err, ctx, 'LOAD_ERR_VALIDATE');
    this.warnUnknownKeys(item, new Set(['required_engine_version']), ctx);
  }

  readPluginVersions(item: YMap, parent: LoadContext): void {
    const node = mapGet(item, 'required_plugin_versions')!;
    const ctx = this.ctx(node, 'required plugin versions', '', parent);
    if (node.kind !== 'seq') this.fail('Value of required_plugin_versions must be a sequence', ctx);
    for (const plugin of node.items) {
      const tmp = this.ctx(plugin, 'required plugin versions entry', '', ctx);
      if (plugin.kind !== 'map') this.fail('Plugin version must be a mapping', tmp);
      const name = this.str(plugin, 'name', tmp)!;
      const pctx = this.ctx(plugin, 'required plugin versions entry', name, ctx);
      const reqs = [{ name, version: this.str(plugin, 'version', pctx)! }];
      const alternatives = mapGet(plugin, 'alternatives');
      if (alternatives !== undefined) {
        if (alternatives.kind !== 'seq') this.fail('Value of plugin version alternatives must be a sequence', pctx);
        for (const req of alternatives.items) {
          let actx = this.ctx(req, 'required plugin versions alternative', '', pctx);
          if (req.kind !== 'map') this.fail('Plugin version alternative must be a mapping', actx);
          const aname = this.str(req, 'name', actx)!;
          actx = this.ctx(req, 'required plugin versions alternative', aname, pctx);
          reqs.push({ name: aname, version: this.str(req, 'version', actx)! });
        }
      }
      const seen = new Set<string>();
      for (const r of reqs) {
        if (!isValidVersion(r.version)) this.fail(`Invalid required version '${r.version}' for plugin '${r.name}'`, pctx, 'LOAD_ERR_VALIDATE');
        if (seen.has(r.name)) this.fail(`Defined multiple alternative version requirements for plugin '${r.name}'`, pctx, 'LOAD_ERR_VALIDATE');
        seen.add(r.name);
      }
    }
    this.warnUnknownKeys(item, new Set(['required_plugin_versions']), this.ctx(item, 'required plugin versions', '', parent));
  }

  readList(item: YMap, parent: LoadContext): void {
    const name = this.str(item, 'list', this.ctx(item, 'list', '', parent))!;
    const ctx = this.ctx(item, 'list', name, parent);
    if (!/^[^()"'\s=,]+$/.test(name)) this.sink.warning('LOAD_INVALID_LIST_NAME', INVALID_LIST_NAME, ctx);
    const items = this.seq(item, 'items', ctx, false)!;
    const append = this.bool(item, 'append', ctx, true) ?? false;
    if (append) this.sink.warning('LOAD_DEPRECATED_ITEM', WARNING_APPEND, ctx);
    const overridable = new Set(['items']);
    const ov = this.overrides(item, overridable, overridable, ctx);
    if (append && (ov.append.size > 0 || ov.replace.size > 0)) this.fail(ERROR_OVERRIDE_APPEND, ctx);
    const info: ListInfo = { name, items, ctx, index: 0, visibility: 0 };
    if (append || ov.append.has('items')) this.collector.appendList(info);
    else this.collector.defineList(info);
    this.warnUnknownKeys(item, new Set(['list', 'items', 'append', 'override']), ctx);
  }

  readMacro(item: YMap, parent: LoadContext): void {
    const name = this.str(item, 'macro', this.ctx(item, 'macro', '', parent))!;
    const ctx = this.ctx(item, 'macro', name, parent);
    if (!/^[a-zA-Z]+[a-zA-Z0-9_]*$/.test(name)) this.sink.warning('LOAD_INVALID_MACRO_NAME', INVALID_MACRO_NAME, ctx);
    const condNode = this.scalarOf(item, 'condition', ctx, false, false)!;
    const condCtx = this.ctx(condNode, 'macro condition', '', ctx);
    const append = this.bool(item, 'append', ctx, true) ?? false;
    if (append) this.sink.warning('LOAD_DEPRECATED_ITEM', WARNING_APPEND, ctx);
    const overridable = new Set(['condition']);
    const ov = this.overrides(item, overridable, overridable, ctx);
    if (append && (ov.append.size > 0 || ov.replace.size > 0)) this.fail(ERROR_OVERRIDE_APPEND, ctx);
    const info: MacroInfo = { name, cond: this.mapped(condNode), ctx, condCtx, index: 0, visibility: 0 };
    if (append || ov.append.has('condition')) this.collector.appendMacro(info);
    else this.collector.defineMacro(info);
    this.warnUnknownKeys(item, new Set(['macro', 'condition', 'append', 'override']), ctx);
  }

  readRule(item: YMap, parent: LoadContext): void {
    const name = this.str(item, 'rule', this.ctx(item, 'rule', '', parent))!;
    const ctx = this.ctx(item, 'rule', name, parent);
    const source = this.str(item, 'source', ctx, true, true) ?? '';
    const hasAppendFlag = this.bool(item, 'append', ctx, true) ?? false;
    if (hasAppendFlag) this.sink.warning('LOAD_DEPRECATED_ITEM', WARNING_APPEND, ctx);
    const appendable = new Set(['condition', 'output', 'desc', 'tags', 'exceptions']);
    const replaceable = new Set(['condition', 'output', 'desc', 'priority', 'capture', 'capture_duration', 'tags', 'exceptions', 'enabled', 'warn_evttypes', 'skip-if-unknown-filter']);
    const ov = this.overrides(item, appendable, replaceable, ctx);
    const hasOverrides = ov.append.size > 0 || ov.replace.size > 0;
    if (hasAppendFlag && hasOverrides) this.fail(ERROR_OVERRIDE_APPEND, ctx);
    if (hasOverrides) {
      this.readRuleOverrides(item, name, source, ctx, ov, appendable, replaceable);
    } else if (hasAppendFlag) {
      const u: RuleUpdate = { name, ctx, source };
      const condNode = mapGet(item, 'condition');
      if (condNode !== undefined) {
        u.condCtx = this.ctx(condNode, 'rule condition', '', ctx);
        u.cond = this.mapped(this.scalarOf(item, 'condition', ctx, false, false)!);
      }
      if (mapGet(item, 'exceptions') !== undefined) u.exceptions = this.exceptions(item, ctx, true);
      this.collector.appendRule(u, this.opts.exceptionValidation);
    } else if (mapGet(item, 'condition') === undefined && mapGet(item, 'output') === undefined &&
      mapGet(item, 'desc') === undefined && mapGet(item, 'priority') === undefined) {
      const enabled = this.bool(item, 'enabled', ctx, false)!;
      this.sink.warning('LOAD_DEPRECATED_ITEM', WARNING_ENABLED, ctx);
      this.collector.enableRule(name, enabled, ctx);
    } else {
      const condNode = this.scalarOf(item, 'condition', ctx, false, false)!;
      const condCtx = this.ctx(condNode, 'rule condition', '', ctx);
      const outputNode = this.scalarOf(item, 'output', ctx, false, false)!;
      const outputCtx = this.ctx(outputNode, 'rule output', '', ctx);
      const desc = this.str(item, 'desc', ctx)!;
      const priorityText = this.str(item, 'priority', ctx)!;
      const priority = parsePriority(priorityText);
      if (priority === null) this.fail('Invalid priority', this.ctx(mapGet(item, 'priority'), 'rule priority', '', ctx));
      const info: RuleInfo = {
        name, ctx, condCtx, outputCtx,
        cond: this.mapped(condNode),
        output: trimMapped(this.mapped(outputNode)),
        desc, priority,
        source: this.str(item, 'source', ctx, true) ?? 'syscall',
        enabled: this.bool(item, 'enabled', ctx, true) ?? true,
        capture: this.bool(item, 'capture', ctx, true) ?? false,
        captureDuration: this.uint(item, 'capture_duration', ctx, true) ?? 0,
        warnEvttypes: this.bool(item, 'warn_evttypes', ctx, true) ?? true,
        skipIfUnknownFilter: this.bool(item, 'skip-if-unknown-filter', ctx, true) ?? false,
        tags: this.tags(item, ctx) ?? new Set(),
        exceptions: this.exceptions(item, ctx, false) ?? [],
        unknownSource: false, index: 0, visibility: 0,
      };
      const known = this.opts.knownSources.has(info.source);
      this.collector.defineRule(info, known,
        () => this.sink.warning('LOAD_UNKNOWN_SOURCE', `Unknown source ${info.source}, skipping`, ctx),
        this.opts.exceptionValidation);
    }
    this.warnUnknownKeys(item, new Set(['rule', 'condition', 'output', 'desc', 'priority', 'source', 'enabled', 'capture',
      'capture_duration', 'warn_evttypes', 'skip-if-unknown-filter', 'tags', 'exceptions', 'override', 'append']), ctx);
  }

  readRuleOverrides(item: YMap, name: string, source: string, ctx: LoadContext, ov: { append: Set<string>; replace: Set<string> },
    appendable: Set<string>, replaceable: Set<string>): void {
    const expected = new Set<string>();
    for (const k of [...appendable, ...replaceable]) if (mapGet(item, k) !== undefined) expected.add(k);
    const check = (set: Set<string>, type: string, key: string): boolean => {
      if (!set.has(key)) return false;
      if (!expected.has(key)) this.fail(`An ${type} override for '${key}' was specified but '${key}' is not defined`, ctx);
      expected.delete(key);
      return true;
    };
    if (ov.append.size > 0) {
      const u: RuleUpdate = { name, ctx, source: '' };
      if (check(ov.append, 'append', 'condition')) { u.source = source; u.cond = this.mapped(this.scalarOf(item, 'condition', ctx, false, false)!); }
      if (check(ov.append, 'append', 'exceptions')) u.exceptions = this.exceptions(item, ctx, true) ?? [];
      if (check(ov.append, 'append', 'output')) u.output = this.mapped(this.scalarOf(item, 'output', ctx, false, false)!);
      if (check(ov.append, 'append', 'desc')) u.desc = this.str(item, 'desc', ctx);
      if (check(ov.append, 'append', 'tags')) u.tags = this.tags(item, ctx) ?? new Set();
      this.collector.appendRule(u, this.opts.exceptionValidation);
    }
    if (ov.replace.size > 0) {
      const u: RuleUpdate = { name, ctx, source: '' };
      if (check(ov.replace, 'replace', 'condition')) { u.source = source; u.cond = this.mapped(this.scalarOf(item, 'condition', ctx, false, false)!); }
      if (check(ov.replace, 'replace', 'exceptions')) u.exceptions = this.exceptions(item, ctx, false) ?? [];
      if (check(ov.replace, 'replace', 'output')) u.output = this.mapped(this.scalarOf(item, 'output', ctx, false, false)!);
      if (check(ov.replace, 'replace', 'desc')) u.desc = this.str(item, 'desc', ctx);
      if (check(ov.replace, 'replace', 'tags')) u.tags = this.tags(item, ctx) ?? new Set();
      if (check(ov.replace, 'replace', 'priority')) {
        const p = this.str(item, 'priority', ctx)!;
        const parsed = parsePriority(p);
        if (parsed === null) this.fail('Invalid priority', this.ctx(mapGet(item, 'priority'), 'rule priority', '', ctx));
        u.priority = parsed;
      }
      if (check(ov.replace, 'replace', 'capture')) u.capture = this.bool(item, 'capture', ctx, false);
      if (check(ov.replace, 'replace', 'capture_duration')) u.captureDuration = this.uint(item, 'capture_duration', ctx, false);
      if (check(ov.replace, 'replace', 'enabled')) u.enabled = this.bool(item, 'enabled', ctx, false);
      if (check(ov.replace, 'replace', 'warn_evttypes')) u.warnEvttypes = this.bool(item, 'warn_evttypes', ctx, false);
      if (check(ov.replace, 'replace', 'skip-if-unknown-filter')) u.skipIfUnknownFilter = this.bool(item, 'skip-if-unknown-filter', ctx, false);
      this.collector.replaceRule(u);
    }
    for (const key of [...expected].sort()) {
      this.fail(`Unexpected key '${key}': no corresponding entry under 'override' is defined.`, this.ctx(mapGet(item, key), 'overrides', key, ctx));
    }
  }
}

/**
 * Reads one file. Returns false when the file had an error (Falco stops loading there); in lenient
 * mode a failing item is reported and skipped and reading goes on.
 */
export function readFile(fileIndex: number, file: string, content: string, sink: MessageSink, collector: Collector, opts: ReadOptions): boolean {
  const reader = new FileReader(fileIndex, file, content, sink, collector, opts);
  const root = reader.root();
  const parsed = opts.cache ? opts.cache.yaml(content) : parseYamlDocuments(content);
  if (parsed.error) {
    const ctx: LoadContext = { fileIndex, file, range: { start: Math.min(parsed.error.offset, content.length), end: Math.min(parsed.error.offset + 1, content.length) }, itemType: 'value for', itemName: '' };
    sink.error('LOAD_ERR_YAML_PARSE', parsed.error.message, ctx);
    return false;
  }
  let ok = true;
  for (const doc of parsed.docs) {
    if (doc.kind === 'null') continue;
    if (doc.kind !== 'seq') {
      sink.error(YAML_VALIDATE, doc.kind === 'map' ? 'Rules content is not yaml array of objects' : 'Rules content is not yaml', root);
      return false;
    }
    for (const item of doc.items) {
      if (item.kind === 'null') continue;
      try {
        reader.readItem(item, root);
      } catch (e) {
        if (!(e instanceof LoadProblem)) throw e;
        sink.error(e.code, e.message, e.ctx);
        ok = false;
        if (!opts.lenient) return false;
      }
    }
  }
  return ok;
}
