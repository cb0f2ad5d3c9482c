/**
 * IPv4 network membership for IPNET fields (fd.net, fd.cnet ...): libsinsp compares the extracted
 * address with each `a.b.c.d/len` constant by masking both (filter_compare.cpp flt_compare_ipv4net).
 * IPv6 networks are compared as text (documented limitation).
 */
function ipv4ToInt(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/** A predicate "address is in this network", or null when `net` is not an IPv4 CIDR. */
export function ipv4NetMatcher(net: string): ((addr: string) => boolean) | null {
  const slash = net.indexOf('/');
  if (slash < 0) return null;
  const ip = ipv4ToInt(net.slice(0, slash));
  const len = Number(net.slice(slash + 1));
  if (ip === null || !Number.isInteger(len) || len < 0 || len > 32) return null;
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  const want = (ip & mask) >>> 0;
  return (addr) => {
    const a = ipv4ToInt(addr);
    return a !== null && ((a & mask) >>> 0) === want;
  };
}
