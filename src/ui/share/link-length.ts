/**
 * How far a link travels: chat tools and issue trackers start cutting or refusing URLs around
 * 2,000 characters (the old Internet Explorer limit many of them kept), and many web forms and
 * proxies around 8,000 (a common server default for the request line). Past the decoder's own
 * limit (MAX_FRAGMENT_CHARS after the `#`, src/share/codec.ts) the link goes nowhere at all: the
 * playground refuses it before reading it, so the dialog says so and offers the files instead.
 */
import { MAX_FRAGMENT_CHARS } from '../../share/codec';

export const CHAT_LIMIT = 2_000;
export const FORM_LIMIT = 8_000;

export interface LinkAdvice {
  level: 'ok' | 'long' | 'too-long' | 'unopenable';
  message: string;
}

/** `length`: the whole link; `fragmentLength`: what follows the `#` (what the decoder limits). */
export function linkAdvice(length: number, fragmentLength: number = length): LinkAdvice {
  const n = length.toLocaleString('en-US');
  if (fragmentLength > MAX_FRAGMENT_CHARS) {
    return {
      level: 'unopenable',
      message: `${n} characters: no one can open this link. The playground refuses links longer than ${MAX_FRAGMENT_CHARS.toLocaleString('en-US')} characters, so it would only show an error. Share the rules and samples files instead (download them below, or use Export).`,
    };
  }
  if (length > FORM_LIMIT) {
    return { level: 'too-long', message: `${n} characters: longer than many forms and servers accept (about ${FORM_LIMIT.toLocaleString('en-US')}). Share the exported files instead, or trim samples.` };
  }
  if (length > CHAT_LIMIT) {
    return { level: 'long', message: `${n} characters: some chat tools and issue trackers cut links longer than ${CHAT_LIMIT.toLocaleString('en-US')}. Check that the link arrives whole.` };
  }
  return { level: 'ok', message: `${n} characters: short enough for chat tools and forms.` };
}
