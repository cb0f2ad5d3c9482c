import { serializeSamplesYaml } from '../engine/sample/yaml';
import { decodeBase64url } from './base64url';
import { validate, type DecodeResult } from './validate';

/**
 * Format v0, the prototype's links: base64 (standard or url-safe, no compression) of JSON
 * `{"rules": "...", "samples": ["command line", ...], "base"?: "stock" | "none"}`, with an
 * optional `v0.` prefix. They keep opening: the command list becomes a samples file.
 */
export function decodeV0(data: string): DecodeResult {
  const bytes = decodeBase64url(data);
  if (!bytes) return { ok: false, error: 'This is not a playground link.' };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, error: 'This is not a playground link.' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'This is not a playground link.' };
  const v0 = raw as Record<string, unknown>;
  const commands = Array.isArray(v0.samples) ? v0.samples.filter((s): s is string => typeof s === 'string') : [];
  const samplesYaml = commands.length > 0 ? serializeSamplesYaml(commands.map((command, i) => ({ id: `s${i + 1}`, command }))) : '';
  return validate({ rules: v0.rules, base: v0.base, samplesYaml }, 0);
}
