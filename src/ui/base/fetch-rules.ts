/**
 * Fetching a base rules file from an address the person typed, with a sentence for every way it
 * can fail: offline, blocked (CORS or the page's Content-Security-Policy: the browser reports both
 * as a bare TypeError, so the policy is told apart by its violation event), an HTTP error, an HTML
 * page instead of YAML, or a file too large to be a rules file.
 */
import { fileNameFromUrl, looksLikeRulesFile, rawGithubUrl, type BaseFile } from './upstream-files';

export const MAX_FETCHED_CHARS = 8 * 1024 * 1024;

export type FetchResult = { ok: true; file: BaseFile } | { ok: false; message: string };

export async function fetchRulesFile(address: string, timeoutMs = 20_000): Promise<FetchResult> {
  const url = rawGithubUrl(address);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return { ok: false, message: 'You are offline. Connect to the network, or download the file and load it from disk.' };
  }
  let blockedByPolicy = false;
  const onViolation = (e: SecurityPolicyViolationEvent) => { if (e.violatedDirective.startsWith('connect-src')) blockedByPolicy = true; };
  document.addEventListener('securitypolicyviolation', onViolation);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    if (!res.ok) return { ok: false, message: `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}.` };
    const text = await res.text();
    if (text.length > MAX_FETCHED_CHARS) return { ok: false, message: `The file is larger than ${MAX_FETCHED_CHARS / 1024 / 1024} MiB; that is not a rules file.` };
    if (!looksLikeRulesFile(text)) return { ok: false, message: 'The address returned a web page, not a YAML file. Use the raw file address (raw.githubusercontent.com/...).' };
    return { ok: true, file: { name: fileNameFromUrl(url), content: text } };
  } catch (e) {
    // Let a pending violation event arrive before deciding which failure it was.
    await new Promise((r) => setTimeout(r, 0));
    if (controller.signal.aborted) return { ok: false, message: `No answer from ${url} within ${timeoutMs / 1000} s.` };
    if (blockedByPolicy) return { ok: false, message: 'This page’s security policy does not allow fetching from other sites. Download the file and load it from disk instead.' };
    const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
    return { ok: false, message: `Could not fetch ${url}${detail}. The network may be down, or the server does not allow browser pages to read it (CORS). Download the file and load it from disk instead.` };
  } finally {
    clearTimeout(timer);
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}
