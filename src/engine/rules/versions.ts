/**
 * `required_engine_version` handling (falco rule_loader_reader.cpp: an unsigned integer N means
 * `0.N.0`, anything else must be a semver string; rule_loader_collector.cpp `define`: the engine
 * must be compatible, i.e. same major and not older).
 */
import { decodeUint } from './reader-values';
import { ENGINE_VERSION } from './messages';

export interface Semver { major: number; minor: number; patch: number }

const SEMVER = /^(\d+)\.(\d+)\.(\d+)/;

export function isValidVersion(v: string): boolean {
  return SEMVER.test(v);
}

function parseSemver(v: string): Semver | null {
  const m = SEMVER.exec(v);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : null;
}

export function parseEngineVersion(raw: string): Semver | null {
  // decode_val<uint32_t> first (yaml-cpp's stream conversion: 0x3f and 077 are numbers too).
  const n = decodeUint(raw);
  if (n !== null) {
    const engine = parseSemver(ENGINE_VERSION)!;
    return { major: engine.major, minor: n, patch: engine.patch };
  }
  return parseSemver(raw);
}

/** The error message when the engine cannot load rules requiring `required`, else null. */
export function checkEngineVersion(required: Semver): string | null {
  const engine = parseSemver(ENGINE_VERSION)!;
  const compatible = engine.major === required.major &&
    (engine.minor > required.minor || (engine.minor === required.minor && engine.patch >= required.patch));
  if (compatible) return null;
  return `Rules require engine version ${required.major}.${required.minor}.${required.patch}, but engine version is ${ENGINE_VERSION}`;
}
