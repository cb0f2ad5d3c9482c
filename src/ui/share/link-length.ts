/**
 * How far a link travels: chat tools and issue trackers start cutting or refusing URLs around
 * 2,000 characters (the old Internet Explorer limit many of them kept), and many web forms and
 * proxies around 8,000 (a common server default for the request line).
 */
export const CHAT_LIMIT = 2_000;
export const FORM_LIMIT = 8_000;

export interface LinkAdvice {
  level: 'ok' | 'long' | 'too-long';
  message: string;
}

export function linkAdvice(length: number): LinkAdvice {
  const n = length.toLocaleString('en-US');
  if (length > FORM_LIMIT) {
    return { level: 'too-long', message: `${n} characters: longer than many forms and servers accept (about ${FORM_LIMIT.toLocaleString('en-US')}). Share the exported files instead, or trim samples.` };
  }
  if (length > CHAT_LIMIT) {
    return { level: 'long', message: `${n} characters: some chat tools and issue trackers cut links longer than ${CHAT_LIMIT.toLocaleString('en-US')}. Check that the link arrives whole.` };
  }
  return { level: 'ok', message: `${n} characters: short enough for chat tools and forms.` };
}
