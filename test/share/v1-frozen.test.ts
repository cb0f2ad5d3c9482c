/**
 * v1 links are forever: FORMAT.md freezes format v1 and its preset dictionary (dictionary-v1.ts),
 * since every link ever shared was compressed against exactly those bytes. These links were made by
 * the encoder of December 2026 and are kept here as literal strings, with the exact states they
 * must decode to, literally too (not computed from today's seed or fixtures, which may change).
 * If one stops decoding, existing links in pull requests and chats are broken: add a v2 instead.
 */
import { inflateSync } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../../src/share/base64url';
import { decodeState } from '../../src/share/codec';
import { DICTIONARY_V1_TEXT } from '../../src/share/dictionary-v1';
import type { ShareState } from '../../src/share/types';

/** SHA-256 of the v1 dictionary (UTF-8), and its length: any edit of dictionary-v1.ts changes them. */
const DICTIONARY_V1_SHA256 = '813db040c0edabccacfb1aa89ba05645af9e0b5308031730b2ee2fe567f170d7';
const DICTIONARY_V1_LENGTH = 4201;

const FROZEN: Record<string, { link: string; state: ShareState }> = {
  seedTenSamples: {
    link: "v1.w2qpoYmhGcRiEwsjKtldO1rPjNYzo_XMaD0zWs8McD0z2isjv1eG5iFIvoLIQPMx2A1gWbAwYpgKWl5CRWGCPgq6eRgmAyMdWLlAA0tXoSA7E5iddC2RhBCqoVkPaDwwC0NVAAA",
    state: {
      "v": 1,
      "rules": "- macro: user_known_security_tool_disable_activities\n  condition: (never_true)\n\n- rule: Impair Security Tools in Container\n  desc: >\n    Detect attempts to stop runtime security tooling or flush firewall rules from inside a\n    container (MITRE ATT&CK T1562.001, Impair Defenses: Disable or Modify Tools).\n  condition: >\n    spawned_process and container and (\n      (proc.name in (iptables, ip6tables) and\n        (proc.args contains \"-F\" or proc.args contains \"--flush\" or\n         proc.args contains \"-X\" or proc.args contains \"--delete-chain\"))\n      or\n      (proc.name = systemctl and proc.args contains \"stop\" and\n        (proc.args contains \"falco\" or proc.args contains \"auditd\" or\n         proc.args contains \"sysdig\" or proc.args contains \"osquery\"))\n      or\n      (proc.name = service and proc.args contains \"stop\" and\n        (proc.args contains \"falco\" or proc.args contains \"auditd\"))\n    )\n    and not user_known_security_tool_disable_activities\n  output: Security tool disabled or firewall rules cleared in container | args=%proc.args evt_type=%evt.type user=%user.name user_uid=%user.uid user_loginuid=%user.loginuid process=%proc.name proc_exepath=%proc.exepath parent=%proc.pname command=%proc.cmdline terminal=%proc.tty container_id=%container.id image=%container.image.repository\n  priority: WARNING\n  tags: [maturity_incubating, container, process, network, mitre_defense_evasion, T1562.001]\n",
      "base": "stock",
      "samplesYaml": "samples:\n  - command: iptables -F\n    expect:\n      Impair Security Tools in Container: alert\n  - command: systemctl stop falco\n    expect:\n      Impair Security Tools in Container: alert\n  - command: systemctl reload falco-helper-stopwatch.service\n    expect:\n      Impair Security Tools in Container: no_alert\n  - systemctl stop auditd\n  - service falco stop\n  - ip6tables --flush\n  - iptables -L -n\n  - systemctl status falco\n  - pkill -9 falco\n  - systemctl disable --now falco\n",
      "selectedRule": "Impair Security Tools in Container",
      "selectedSample": 0
    },
  },
  everyHeaderField: {
    link: "v1.g1sK5kPsNDIzglhrZGiOYXMwqAWDkmqw2GSIxSZYtYBpALwaSIS0oxTKE4GtekiBClKYiKtZSbjQxdv6Qso2EHs10JM2MG2hpjKQHkSygHQLsfVnockEKUWAbYhFaWYhtaIgPRS9zHz9nMykosSiSv08YOhVWBnqGZniaEaBu1S6yQrA_juOuh-1BYIZ7libOjmg0gTR466GZXtIIzKxRAc24mKloJ9akqxfnJGYkl9eywUA",
    state: {
      "v": 1,
      "rules": "- rule: Shell in container\n  desc: a shell was spawned in a container\n  condition: spawned_process and container and proc.name in (shell_binaries)\n  output: shell (user=%user.name cmd=%proc.cmdline)\n  priority: NOTICE\n  enabled: false\n  tags: [container, shell]\n",
      "base": "none",
      "samplesYaml": "defaults:\n  container: docker.io/library/nginx:1.25\nsamples:\n  - command: bash -c id\n    user: www-data\n    expect:\n      Shell in container: alert\n  - command: ls\n    fields: {evt.type: openat, fd.name: /etc/shadow}\n",
      "selectedRule": "Shell in container",
      "selectedSample": 1,
      "plugins": "none"
    },
  },
  upstreamBase: {
    link: "v1.g1taWlAMdGBiLtReQ0OgapDVQAqkwg3USFCyioYk6HhwGtKrTMzNAaqHVIaIkECWja3FXr-A20HgQhN3rYIU5bbgBjcogxDq4QEA",
    state: {
      "v": 1,
      "rules": "- macro: user_known_shell_spawn_activities\n  condition: (proc.pname = cron)\n  override:\n    condition: append\n",
      "base": "upstream",
      "samplesYaml": "",
      "baseFiles": [
        "falco_rules.yaml",
        "falco-incubating_rules.yaml"
      ]
    },
  },
  unicodeAndLineEnds: {
    link: "v1.w2qpqTHEWlNDDIsPryw5vBKoD9aIAvPhDRpepFaUUnJiGlCpjoLSs-lLn81ZA2J9mD9lqVIsL46GQSqwia0AtOHwCgWwQgV1UP2Wk6quEBOTlJiczQUA",
    state: {
      "v": 1,
      "rules": "- list: \u00e9t\u00e9_binaries\r\n  items: [\"caf\u00e9\", \"\u65e5\u672c\", \"\ud83d\udd25\"]\r\n",
      "base": "stock",
      "samplesYaml": "samples:\n  - command: echo \"\u00e9\u00e8 \ud83d\udd25\" 'single' \\\\back\n",
      "selectedRule": "\u00e9t\u00e9"
    },
  },
  empty: {
    link: "v1.w2opUCHIVoNaLgA",
    state: {
      "v": 1,
      "rules": "",
      "base": "stock",
      "samplesYaml": ""
    },
  },
};

describe('frozen v1 links', () => {
  it.each(Object.entries(FROZEN))('%s decodes to exactly the state it was made from', (_name, { link, state }) => {
    expect(decodeState(link)).toEqual({ ok: true, state, warnings: [] });
    expect(decodeState(`#${link}`)).toEqual({ ok: true, state, warnings: [] });
  });

  it('the v1 dictionary is byte for byte the one the links were made with', () => {
    expect(DICTIONARY_V1_TEXT.length).toBe(DICTIONARY_V1_LENGTH);
    expect(createHash('sha256').update(DICTIONARY_V1_TEXT, 'utf8').digest('hex')).toBe(DICTIONARY_V1_SHA256);
  });

  it('the fixtures themselves notice a changed word in the dictionary (they copy from it)', () => {
    const bytes = decodeBase64url(FROZEN.seedTenSamples.link.slice(3))!;
    const inflateWith = (dict: string): string | null => {
      try {
        return new TextDecoder().decode(inflateSync(bytes, { dictionary: new TextEncoder().encode(dict) }));
      } catch {
        return null;
      }
    };
    const original = inflateWith(DICTIONARY_V1_TEXT);
    expect(original).toContain('Impair Security Tools in Container');
    for (const [word, replacement] of [['iptables', 'iptablez'], ['Impair', 'Impede'], ['systemctl', 'systemcfg'], ['proc.args', 'proc.argv']]) {
      expect(DICTIONARY_V1_TEXT).toContain(word);
      expect(inflateWith(DICTIONARY_V1_TEXT.replaceAll(word, replacement)), `changing '${word}'`).not.toBe(original);
    }
  });
});
