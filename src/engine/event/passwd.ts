/**
 * The fixed user and group tables the playground (and the oracle) resolve ids against. libsinsp
 * renders an id missing from the table as the literal text `<NA>` (sinsp_filtercheck_user.cpp).
 */
export const PASSWD: Record<number, { name: string; home: string; shell: string }> = {
  0: { name: 'root', home: '/root', shell: '/bin/bash' },
  1: { name: 'daemon', home: '/usr/sbin', shell: '/usr/sbin/nologin' },
  33: { name: 'www-data', home: '/var/www', shell: '/usr/sbin/nologin' },
  1000: { name: 'user', home: '/home/user', shell: '/bin/bash' },
  65534: { name: 'nobody', home: '/nonexistent', shell: '/usr/sbin/nologin' },
};

export const GROUPS: Record<number, string> = {
  0: 'root', 1: 'daemon', 33: 'www-data', 1000: 'user', 65534: 'nogroup',
};

export const NA = '<NA>';
