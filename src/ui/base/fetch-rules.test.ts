/**
 * The sentences fetchRulesFile gives when a base rules file cannot be fetched from an address
 * (spec issue 3.4: "a clear message when offline"). The browser's navigator, fetch and document
 * are stood in for: these tests run in Node.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchRulesFile } from './fetch-rules';

const RULES_URL = 'https://raw.githubusercontent.com/falcosecurity/rules/main/rules/falco_rules.yaml';

function online(onLine: boolean): void {
  vi.stubGlobal('navigator', { onLine });
}

describe('fetchRulesFile', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    // Only the security-policy listener is used of the document.
    vi.stubGlobal('document', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says the browser is offline, and what to do instead, without trying the network', async () => {
    online(false);
    const r = await fetchRulesFile(RULES_URL);
    expect(r).toEqual({ ok: false, message: 'You are offline. Connect to the network, or download the file and load it from disk.' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('online, it fetches the raw address of a GitHub file page and names the file after it', async () => {
    online(true);
    fetchMock.mockResolvedValue(new Response('- list: l\n  items: []\n', { status: 200 }));
    const r = await fetchRulesFile('https://github.com/falcosecurity/rules/blob/main/rules/falco_rules.yaml');
    expect(r).toEqual({ ok: true, file: { name: 'falco_rules.yaml', content: '- list: l\n  items: []\n' } });
    expect(fetchMock.mock.calls[0][0]).toBe(RULES_URL);
  });

  it('a network failure while the browser believes it is online is told apart from being offline', async () => {
    online(true);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const r = await fetchRulesFile(RULES_URL);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(`Could not fetch ${RULES_URL} (Failed to fetch). The network may be down, or the server does not allow browser pages to read it (CORS). Download the file and load it from disk instead.`);
  });
});
