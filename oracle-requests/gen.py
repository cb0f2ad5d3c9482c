#!/usr/bin/env python3
"""Generates the oracle request files of this folder (deterministic; see README.md).

Run from the repository root:  python3 oracle-requests/gen.py
Events are taken from ../shared/oracle/*.jsonl (real command-pool events) and edited where a case
needs an edge (empty arguments, odd environments, unknown users, flags, long chains ...).
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, '..', '..', 'shared', 'oracle')
USERS = {0: 'root', 1: 'daemon', 33: 'www-data', 1000: 'user', 65534: 'nobody'}


def corpus_event(file, case_id, index=None):
    for line in open(os.path.join(ORACLE, file)):
        d = json.loads(line)
        if d['id'] == case_id:
            return copy.deepcopy(d['event'] if index is None else d['events'][index])
    raise KeyError(case_id)


def proc(exe, comm, exepath, args=(), cwd='/', uid=0, loginuid=4294967295, tty=0, env=(), parent=None):
    p = {'exe': exe, 'comm': comm, 'exepath': exepath, 'args': list(args), 'cwd': cwd, 'uid': uid,
         'loginuid': loginuid, 'tty': tty, 'env': list(env)}
    if parent is not None:
        p['parent'] = parent
    return p


def event(p, exe_flags=0, user=None):
    """The process object of a case: exe_flags after env, parent, then user (corpus key order)."""
    e = {k: v for k, v in p.items() if k != 'parent'}
    e['exe_flags'] = exe_flags
    e['parent'] = p['parent']
    e['user'] = user if user is not None else USERS.get(p['uid'], '<NA>')
    return e


SSH = corpus_event('fields.jsonl', 'fields-1')               # iptables -F <- bash <- sshd <- sshd
CONTAINER = corpus_event('fields.jsonl', 'fields-76')        # cat in a container
CRON = corpus_event('fields.jsonl', 'fields-49')
WEB = corpus_event('fields.jsonl', 'fields-86')              # uid 33, php-fpm parents
TMUX = corpus_event('fields.jsonl', 'fields-120')            # uid 1000, tmux comm with a space
MEMFD = corpus_event('fields.jsonl', 'fields-178')           # exe_flags 4
LONE = corpus_event('fields.jsonl', 'fields-106')            # only systemd as listed parent


def edit(base, **kw):
    e = copy.deepcopy(base)
    for k, v in kw.items():
        if k == 'parent_edit':
            p = e
            for level, changes in v:
                p = e
                for _ in range(level):
                    p = p['parent']
                p.update(changes)
        else:
            e[k] = v
    if 'uid' in kw and 'user' not in kw:
        e['user'] = USERS.get(e['uid'], '<NA>')
    return e


def chain(depth):
    """A process under `depth` listed ancestors named a1..aN (a1 = parent)."""
    parent = None
    for i in range(depth, 0, -1):
        parent = proc(f'/opt/a{i}', f'a{i}', f'/opt/a{i}', args=[f'--level={i}'], env=[f'LEVEL={i}', 'SHARED=top' if i == depth else f'L{i}=x'],
                      parent=parent)
    return event(proc('ls', 'ls', '/usr/bin/ls', args=['-la', '/tmp'], cwd='/tmp', uid=0, loginuid=0, tty=34816,
                      env=['HOME=/root'], parent=parent))


EVENTS = {
    'ssh': SSH,
    'container': CONTAINER,
    'cron': CRON,
    'web': WEB,
    'tmux': TMUX,
    'memfd': MEMFD,
    'lone': LONE,
    'args-one-empty': edit(SSH, args=['']),
    'args-two-empty': edit(SSH, args=['', '']),
    'args-none': edit(SSH, args=[]),
    'args-unicode': edit(SSH, args=['ünïcödé ✓', 'tab\there', 'nl\nhere', '']),
    'args-spaces': edit(SSH, args=['  lead', 'trail  ', 'mid dle']),
    'env-edge': edit(SSH, env=['A=', 'A=second', 'B=\t tabbed ', 'C=   ', 'NOEQ', '=value', 'D= spaced value ', 'E==x', 'HOME=/root']),
    'env-empty-entry': edit(SSH, env=['']),
    'env-none': edit(SSH, env=[]),
    'uid-unknown': edit(SSH, uid=4242, loginuid=4242),
    'uid-nobody': edit(SSH, uid=65534, loginuid=4294967295),
    'uid-daemon': edit(SSH, uid=1, loginuid=1),
    'loginuid-unset': edit(SSH, loginuid=4294967295),
    'flags-all': edit(SSH, exe_flags=15),
    'flags-upper-memfd': edit(SSH, exe_flags=6),
    'flags-lower': edit(SSH, exe_flags=8),
    'tty-pts1': edit(SSH, tty=34817),
    'cwd-slash': edit(SSH, cwd='/var/tmp/'),
    'cwd-root': edit(SSH, cwd='/'),
    'deleted': edit(SSH, exepath='/tmp/.x (deleted)', exe='/tmp/.x', comm='.x'),
    'comm-space': edit(SSH, comm='my proc', exe='./my proc', exepath='/tmp/my proc'),
    'comm-15': edit(SSH, comm='kube-controller', exe='kube-controller-manager', exepath='/usr/local/bin/kube-controller-manager'),
    'parent-ssh': edit(SSH, parent_edit=[(2, {'comm': 'ssh', 'exe': 'ssh', 'exepath': '/usr/bin/ssh'})]),
    'parent-fish': edit(SSH, parent_edit=[(1, {'comm': 'fish', 'exe': 'fish', 'exepath': '/usr/bin/fish'})]),
    'parent-busybox': edit(SSH, parent_edit=[(1, {'comm': 'busybox', 'exe': 'sh', 'exepath': '/bin/busybox'})]),
    'parent-args': edit(SSH, parent_edit=[(1, {'args': ['-c', 'x']}), (2, {'args': []}), (3, {'args': ['-D']})]),
    'parent-env': edit(SSH, parent_edit=[(1, {'env': ['HOME=/home/p', 'P1=x']}), (2, {'env': ['HOME=/root', 'P2= y ']}), (3, {'env': ['P3=z']})]),
    'chain-6': chain(6),
    'self-shell': edit(SSH, comm='bash', exe='bash', exepath='/usr/bin/bash', args=['-i']),
}


def cond_case(area, n, condition, ev='ssh', fields=()):
    e = EVENTS[ev] if isinstance(ev, str) else ev
    return {'id': f'req-{area}-{n}', 'plugins': [], 'condition': condition, 'event': copy.deepcopy(e), 'fields': list(fields)}


def write(name, cases):
    with open(os.path.join(HERE, name), 'w') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print(f'{name}: {len(cases)}')


# ---------------------------------------------------------------------------------------------
# fields-gaps: values of fields no oracle case reads, and argument forms, on edge events.
FIELDS_JSON = json.load(open(os.path.join(HERE, '..', '..', 'shared', 'spec', 'fields.json')))
BARE = [f['name'] for f in FIELDS_JSON['libsinsp']['fields'] if f['bare_name_ok']]
G_EVT = [f for f in BARE if f.startswith('evt.') or f in ('syscall.type', 'util.cnt')]
G_PROC = [f for f in BARE if f.startswith('proc.')]
G_THREAD = [f for f in BARE if f.startswith('thread.')]
G_USER = [f for f in BARE if f.startswith('user.') or f.startswith('group.')]
G_FD = [f for f in BARE if f.startswith('fd.') or f.startswith('fs.') or f.startswith('fdlist.')]
EXECVE_PARAMS = ['res', 'exe', 'args', 'tid', 'pid', 'ptid', 'cwd', 'fdlimit', 'pgft_maj', 'pgft_min', 'vm_size', 'vm_rss',
                 'vm_swap', 'comm', 'cgroups', 'env', 'tty', 'vpgid', 'loginuid', 'flags', 'cap_inheritable',
                 'cap_permitted', 'cap_effective', 'exe_ino', 'exe_ino_ctime', 'exe_ino_mtime', 'uid',
                 'trusted_exepath', 'pgid', 'gid', 'filename']
G_EVT_ARG = [f'evt.arg.{p}' for p in EXECVE_PARAMS]
G_EVT_ARGN = [f'evt.arg[{i}]' for i in range(0, 33)]
G_ANCESTORS = ['proc.aname', 'proc.aexe', 'proc.aexepath', 'proc.acmdline', 'proc.aargs', 'proc.apid', 'proc.aenv'] + \
    [f'{f}[{i}]' for f in ('proc.aname', 'proc.aexe', 'proc.aexepath', 'proc.acmdline', 'proc.aargs', 'proc.apid') for i in (0, 1, 2, 3, 4, 5, 7)] + \
    ['proc.aenv[0]', 'proc.aenv[1]', 'proc.aenv[2]', 'proc.aenv[3]', 'proc.aenv[HOME]', 'proc.aenv[SHARED]', 'proc.aenv[LEVEL]', 'proc.aenv[NOPE]']
G_ARGS = ['proc.args', 'proc.cmdline', 'proc.exeline', 'proc.cmdnargs', 'proc.cmdlenargs', 'proc.pcmdline'] + \
    [f'proc.args[{i}]' for i in (0, 1, 2, 3, 4, 9)] + ['evt.arg.args', 'evt.arg[2]']
G_ENV = ['proc.env', 'proc.env[A]', 'proc.env[B]', 'proc.env[C]', 'proc.env[D]', 'proc.env[E]', 'proc.env[NOEQ]', 'proc.env[HOME]',
         'proc.env[home]', 'proc.env[0]', 'proc.env[1]', 'proc.env[""]', 'evt.arg.env', 'proc.aenv', 'proc.aenv[HOME]']
G_IDS = ['proc.pid', 'proc.ppid', 'proc.vpid', 'proc.pvpid', 'proc.sid', 'proc.vpgid', 'proc.pgid', 'thread.tid', 'thread.vtid',
         'proc.is_sid_leader', 'proc.is_vpgid_leader', 'proc.is_pgid_leader', 'thread.ismain', 'proc.sname', 'proc.sid.exe',
         'proc.sid.exepath', 'proc.vpgid.name', 'proc.vpgid.exe', 'proc.vpgid.exepath', 'proc.pgid.name', 'proc.pgid.exe',
         'proc.pgid.exepath', 'proc.loginshellid', 'proc.apid', 'proc.apid[1]', 'evt.arg.tid', 'evt.arg.pid', 'evt.arg.ptid',
         'evt.arg.vpgid', 'evt.arg.pgid']
G_USERS = G_USER + ['evt.arg.uid', 'evt.arg.loginuid', 'evt.arg.gid', 'evt.arg[26]', 'evt.arg[18]', 'evt.arg[29]']
G_FLAGS = ['proc.is_exe_writable', 'proc.is_exe_upper_layer', 'proc.is_exe_lower_layer', 'proc.is_exe_from_memfd', 'evt.arg.flags',
           'evt.arg[19]', 'proc.exe_ino', 'proc.exe_ino.ctime', 'proc.exe_ino.mtime', 'proc.exe_ino.ctime_duration_proc_start',
           'proc.exe_ino.ctime_duration_pidns_start', 'proc.pidns_init_start_ts', 'evt.arg.exe_ino', 'evt.arg.exe_ino_ctime',
           'evt.arg.exe_ino_mtime']
G_TIME = ['evt.time', 'evt.time.s', 'evt.time.iso8601', 'evt.datetime', 'evt.datetime.s', 'evt.rawtime', 'evt.rawtime.s',
          'evt.rawtime.ns', 'evt.reltime', 'evt.reltime.s', 'evt.reltime.ns', 'evt.deltatime', 'evt.deltatime.s', 'evt.deltatime.ns',
          'evt.outputtime', 'proc.duration', 'proc.ppid.duration', 'proc.pid.ts', 'proc.ppid.ts', 'evt.hostname']
G_MISC = ['evt.type.is.execve', 'evt.type.is.execveat', 'evt.type.is.open', 'evt.abspath', 'evt.abspath.src', 'evt.abspath.dst',
          'thread.cgroup.cpu', 'thread.cgroup.memory', 'thread.cgroups', 'fd.types', 'fd.types[0]', 'evt.rawarg.res',
          'evt.rawarg.uid', 'evt.rawarg.flags', 'evt.rawarg.exe', 'evt.rawarg.args', 'evt.rawarg.tty', 'evt.rawarg.cwd',
          'evt.rawarg.pid', 'evt.rawarg.loginuid', 'evt.rawarg.cap_effective', 'evt.rawarg.exe_ino_ctime']
G_NAMES = ['proc.name', 'proc.exe', 'proc.exepath', 'proc.pname', 'proc.pexe', 'proc.pexepath', 'proc.cwd', 'proc.tty',
           'evt.arg.exe', 'evt.arg.comm', 'evt.arg.cwd', 'evt.arg.tty', 'evt.arg.filename', 'evt.arg.trusted_exepath',
           'evt.arg[1]', 'evt.arg[13]', 'evt.arg[27]', 'evt.arg[30]', 'evt.args']


def fields_gaps():
    cases = []
    n = 0

    def add(cond, ev, fields):
        nonlocal n
        n += 1
        cases.append(cond_case('fields', n, cond, ev, fields))

    # Every field of the catalog (bare names) on a few contexts.
    for ev in ('ssh', 'container', 'web'):
        add('evt.type = execve', ev, G_EVT)
        add('proc.name exists', ev, G_PROC)
        add('user.uid >= 0', ev, G_THREAD + G_USER)
        add('evt.num > 0', ev, G_FD)
    add('evt.num > 0', 'ssh', G_EVT_ARG)
    add('evt.num > 0', 'ssh', G_EVT_ARGN)
    add('evt.num > 0', 'flags-all', G_EVT_ARG)
    add('evt.num > 0', 'uid-unknown', G_EVT_ARG)
    add('evt.num > 0', 'args-none', G_EVT_ARG)
    add('evt.num > 0', 'ssh', G_TIME)
    add('evt.num > 0', 'chain-6', G_TIME)
    add('evt.num > 0', 'ssh', G_MISC)
    # Edge events x the fields they stress.
    for ev in ('args-one-empty', 'args-two-empty', 'args-none', 'args-unicode', 'args-spaces', 'parent-args', 'chain-6', 'lone'):
        add('proc.name exists', ev, G_ARGS + G_ANCESTORS[:7])
    for ev in ('ssh', 'chain-6', 'parent-args', 'parent-env', 'lone', 'tmux'):
        add('proc.aname exists', ev, G_ANCESTORS)
    for ev in ('env-edge', 'env-empty-entry', 'env-none', 'parent-env', 'chain-6'):
        add('proc.env exists', ev, G_ENV)
    for ev in ('ssh', 'lone', 'chain-6', 'container', 'self-shell', 'parent-ssh', 'parent-fish', 'parent-busybox'):
        add('proc.pid > 0', ev, G_IDS)
    for ev in ('ssh', 'uid-unknown', 'uid-nobody', 'uid-daemon', 'loginuid-unset', 'web', 'tmux'):
        add('user.uid >= 0', ev, G_USERS)
    for ev in ('flags-all', 'flags-upper-memfd', 'flags-lower', 'memfd', 'ssh'):
        add('evt.num > 0', ev, G_FLAGS)
    for ev in ('deleted', 'comm-space', 'comm-15', 'cwd-slash', 'cwd-root', 'tty-pts1', 'args-unicode'):
        add('proc.name exists', ev, G_NAMES)
    return cases


# ---------------------------------------------------------------------------------------------
# operators-gaps: operators x types not in the corpus, and matcher corner cases.
def operators_gaps():
    cases = []
    n = 0

    def add(cond, ev='ssh', fields=()):
        nonlocal n
        n += 1
        cases.append(cond_case('operators', n, cond, ev, fields))

    # glob / iglob (glibc fnmatch, C locale, bytes)
    for c in ['proc.name glob ipt\\', 'proc.name glob *\\', 'proc.name glob "ipt\\\\"', 'proc.name glob "[[:foo:]]*"', 'proc.name glob "*[[:alpha:]]"',
              'proc.name glob "[[:Alpha:]]*"', 'proc.name glob "[[.i.]]ptables"', 'proc.name glob "[[.ip.]]tables"',
              'proc.name glob "[[=i=]]ptables"', 'proc.name glob "[]i]ptables"', 'proc.name glob "[!]x]ptables"',
              'proc.name glob "[^x]ptables"', 'proc.name glob "[z-a]ptables"', 'proc.name glob "[a-]ptables"',
              'proc.name glob "[h-j]ptables"', 'proc.name glob "[ipt"', 'proc.name glob "[xpt"', 'proc.name glob "*[ipt"',
              'proc.name glob "ip[\\\\t]ables"', 'proc.name glob "ip[t\\\\]ables"', 'proc.name glob "ip\\\\tables"',
              'proc.name iglob "IP[A-Z]ABLES"', 'proc.name iglob "[[:upper:]]ptables"', 'proc.name iglob "[[=I=]]ptables"',
              'proc.name glob "**"', 'proc.name glob "*?*?*?*?*?*?*?*"', 'proc.name glob "*?*?*?*?*?*?*?*?*"',
              'proc.exepath glob "/usr/*/xtables-*"', 'proc.exepath glob "/usr/sbin/*"', 'proc.cwd glob "/root/"', 'proc.cwd glob "/root"']:
        add(c)
    for c in ['proc.args glob "?n*"', 'proc.args glob "??n*"', 'proc.args glob "*✓*"', 'proc.args glob "*[✓]*"',
              'proc.args iglob "ÜN*"', 'proc.args glob "*\\there*"', 'proc.args glob "*tab?here*"', 'proc.args glob "*nl?here*"',
              'proc.args[0] glob "?????????????"', 'proc.args[0] glob "???????????"', 'proc.args[0] glob "???????????????"',
              'proc.args[0] glob "?????????"', 'proc.args[0] iglob "*É ✓"', 'proc.args[0] glob "*[é] ✓"']:
        add(c, 'args-unicode', ['proc.args', 'proc.args[0]'])
    # regex (RE2 POSIX, ClassNL, full match)
    for c in ['proc.args regex ".*nl[^x]here.*"', 'proc.args regex ".*nl.here.*"', 'proc.args regex ".*nl[[:space:]]here.*"',
              'proc.args regex "(?s).*"', 'proc.args regex ".*ünïcödé.*"', 'proc.args regex ".*\\\\x{2713}.*"', 'proc.args regex ".*[✓].*"',
              'proc.args regex "^ünïcödé ✓ tab.*$"', 'proc.args regex ".*tab\\there.*"', 'proc.args regex "[^ ]+ .*"']:
        add(c, 'args-unicode', ['proc.args'])
    for c in ['proc.name regex "ipt(ables|x)"', 'proc.name regex "ipt(?:ables)"', 'proc.name regex "ipt\\\\w+"', 'proc.name regex "[[:lower:]]+"',
              'proc.name regex "i.{7}"', 'proc.name regex "i.{1001}"', 'proc.name regex "ipt\\\\Qables\\\\E"', 'proc.name regex "iptables$"',
              'proc.name regex "^iptables"', 'proc.name regex "\\\\Aiptables\\\\z"', 'proc.name regex "ipt\\\\bables"', 'proc.name regex "(a|)iptables"',
              'proc.name regex "[[:word:]]+"', 'proc.name regex "\\\\pL+"', 'proc.name regex "\\\\p{Latin}+"', 'proc.name regex "ip[t]ables|"',
              'proc.name regex "(?i)IPTABLES"', 'proc.name regex iptables\\', 'proc.name regex "a{,3}iptables"', 'proc.name regex "x*+"']:
        add(c)
    # bcontains / bstartswith on byte buffers and hex forms
    for c in ['evt.arg.args bcontains 2D46', 'evt.buffer bcontains 2d46', 'evt.buffer bstartswith ""', 'evt.buffer bcontains 2D4',
              'evt.buffer bcontains ZZ', 'evt.buffer = abc', 'evt.buffer contains abc', 'evt.buffer startswith a', 'evt.buffer endswith a',
              'evt.buffer in (a, b)', 'evt.buffer exists', 'len(evt.buffer) = 0']:
        add(c)
    # numeric types: signedness, wrapping, bounds, doubles, reltime/abstime
    for c in ['user.uid = -4294967296', 'user.uid = 4294967296', 'user.uid < -1', 'user.uid = 18446744073709551616', 'user.loginuid = -1',
              'user.loginuid < 0', 'user.loginuid = 18446744073709551615', 'proc.pid = 1000', 'proc.pid = +1000', 'proc.pid = " 1000"',
              'proc.pid = "1000 "', 'proc.pid in (1000, abc)', 'proc.pid in (" 1000")', 'proc.pid intersects (1, 1000)',
              'proc.vpid = 1000', 'proc.pvpid = proc.ppid', 'proc.pvpid = val(proc.ppid)', 'proc.sid = 0', 'proc.sid < 1',
              'proc.tty = 34816', 'proc.tty > -1', 'proc.fdlimit > 0', 'proc.fdlimit = 1024', 'proc.fdlimit = 1048576', 'proc.fdusage = 0',
              'proc.fdusage < 1', 'proc.fdusage >= 0', 'proc.fdopencount = 0', 'proc.fdopencount > 0', 'proc.vmsize = 0', 'proc.vmsize > 0',
              'proc.vmrss = 0', 'proc.vmswap = 0', 'thread.pfmajor = 0', 'thread.pfminor = 0', 'thread.vmsize.b = 0', 'proc.nthreads = 1',
              'proc.nchilds = 0', 'evt.cpu = 0', 'evt.cpu = 65536', 'evt.cpu > -1', 'evt.count = 1', 'evt.count.error = 0', 'evt.count.exit = 1',
              'evt.count.error.file exists', 'evt.count.error.other = 0', 'evt.latency = 0', 'evt.latency.ns = 0', 'evt.latency.quantized = 0',
              'evt.wait_latency = 0', 'proc.duration = 0', 'proc.duration > 0', 'proc.duration < 1000000000', 'proc.ppid.duration > 0',
              'proc.ppid.duration = 10000000', 'proc.pid.ts > 1566230400000000000', 'proc.pid.ts = 1566230400040000000',
              'proc.ppid.ts < proc.pid.ts', 'proc.ppid.ts < val(proc.pid.ts)', 'evt.rawtime > 0', 'evt.rawtime > 1566230400000000000',
              'evt.rawtime.s = 1566230400', 'evt.rawtime.ns < 1000000000', 'evt.reltime >= 0', 'evt.deltatime = 0',
              'proc.exe_ino.ctime_duration_proc_start > 0', 'proc.loginshellid = 102', 'proc.loginshellid exists', 'util.cnt = 1',
              'evt.type.is.execve = 1', 'evt.type.is.execve = 0', 'evt.type.is.execveat = 0', 'evt.type.is.open = 0', 'syscall.type = execve',
              'syscall.type exists', 'evt.around[1566230400000000000] = 10000', 'evt.around[1566230400040000000] = 1', 'evt.around[0] = 1']:
        add(c)
    # booleans of fields outside the corpus
    for c in ['thread.ismain = true', 'proc.is_sid_leader = false', 'proc.is_vpgid_leader = false', 'proc.is_pgid_leader = false',
              'evt.failed = false', 'evt.is_open_read = false', 'evt.is_io = false', 'evt.is_async = false', 'evt.is_wait = false',
              'evt.is_syslog = false', 'proc.is_exe_lower_layer = true', 'proc.is_exe_lower_layer in (true)', 'evt.failed != true']:
        add(c, 'flags-lower')
    # strings outside the corpus
    for c in ['evt.args contains "tid=1000(iptables)"', 'evt.args contains "uid=0(root)"', 'evt.args startswith "res=0 exe=iptables"',
              'evt.info = val(evt.args)', 'evt.arg.exe_ino_ctime startswith 1970', 'evt.arg.cgroups = NULL', 'evt.arg.env contains "HOME=/root."',
              'evt.arg.args = "-F."', 'evt.arg.cap_effective = 1FFFFFFFFFF', 'evt.arg.fdlimit = 1024', 'evt.arg.vm_size = 0',
              'evt.arg.pgft_maj = 0', 'evt.arg.loginuid = root', 'evt.arg.res = 0', 'evt.arg.ptid = bash', 'evt.arg.pid = iptables',
              'evt.category = process', 'evt.source = syscall', 'evt.hostname exists', 'evt.time exists', 'evt.time startswith "16:00:00"',
              'evt.datetime startswith 2019-08-19', 'evt.time.iso8601 startswith "2019-08-19T16:00:00"', 'evt.outputtime exists',
              'evt.latency.human = 0ns', 'thread.nametid = iptables1000', 'thread.cgroups exists', 'thread.cgroup.cpu exists',
              'user.homedir = /root', 'user.shell = /bin/bash', 'user.shell exists', 'group.name = root', 'proc.aargs exists',
              'proc.aargs = ""', 'proc.aenv[1] = ""', 'proc.aenv[2] exists', 'proc.aenv contains HOME', 'proc.aenv = "x"',
              'proc.aenv[3] = "x"', 'proc.stdin.type exists', 'proc.stdin.name exists', 'fd.types exists', 'fd.types intersects (file)',
              'evt.abspath exists', 'evt.io_dir exists', 'evt.asynctype exists', 'evt.pluginname exists']:
        add(c)
    # modifiers oneof / anyof / allof (never exercised by the corpus)
    for c in ['proc.name = oneof (iptables, x)', 'proc.name = oneof (iptables, iptables)', 'proc.name = anyof (x, iptables)',
              'proc.name = allof (iptables, iptables)', 'proc.name != allof (a, b)', 'proc.name != anyof (iptables, b)',
              'proc.name != oneof (iptables, b)', 'proc.name startswith anyof (ip, x)', 'proc.name contains allof (ip, tab)',
              'proc.name contains oneof (ip, tab)', 'proc.name endswith oneof (es, les)', 'proc.name icontains anyof (IPT)',
              'proc.name glob anyof ("i*", "x")', 'proc.name iglob allof ("I*", "*S")', 'proc.name regex oneof ("ip.*", ".*les")',
              'proc.name regex anyof ("ip.*", "x")', 'proc.name = anyof ()', 'proc.name != allof ()', 'proc.name = oneof order',
              'proc.name = oneof notes', 'proc.name = oneof or_x', 'proc.name = oneof iptables', 'proc.name contains oneof ipt',
              'proc.pid = anyof (1000, 2)', 'proc.pid != allof (1, 2)', 'proc.is_exe_writable = anyof (false)', 'proc.name == oneof (x)',
              'proc.name=oneof (iptables)', 'proc.name = oneof(iptables)', 'proc.aname = anyof (bash, x)', 'proc.aname[1] = anyof (bash, x)',
              'tolower(proc.name) = anyof (iptables)', 'proc.name = anyof (proc.pname)', 'proc.name startswith allof ()',
              'proc.args contains anyof ("-F", "-X")', 'fd.name = anyof (a)', 'not proc.name = oneof (a, b)',
              # ancestor fields compare each ancestor with the single-value compare_rhs: only the first item counts
              'proc.aname = anyof (x, bash)', 'proc.aname = oneof (bash, bash)', 'proc.aname regex anyof ("x", "ba.*")',
              'proc.aname != allof (bash, sshd)', 'proc.aexepath startswith anyof (/nope, /usr)', 'proc.apid = anyof (5, 1)']:
        add(c)
    # pmatch corner cases
    for c in ['proc.exepath pmatch (/usr/*/x, /usr/s*/xtables-nft-multi)', 'proc.exepath pmatch (/usr/s*/xtables-nft-multi, /usr/*/x)',
              'proc.exepath pmatch (/usr/*/xtables-nft-multi, /usr/s*/x)', 'proc.exepath pmatch (/usr/sbin/x, /usr/*)',
              'proc.exepath pmatch (/usr/sbin/xtables-nft-multi/extra)', 'proc.exepath pmatch (usr)', 'proc.exepath pmatch ("")',
              'proc.exepath pmatch (/)', 'proc.exepath pmatch (//usr//sbin//)', 'proc.exepath pmatch (/usr/sbin/xtables-nft-mult?)',
              'proc.exepath pmatch (/usr/[s]bin)', 'proc.exepath pmatch (/usr/\\\\sbin)', 'proc.cwd pmatch (/root)', 'proc.cwd pmatch (/root/)',
              'proc.name pmatch (iptables)', 'proc.name pmatch (ipt*)', 'proc.exepath pmatch ()']:
        add(c)
    return cases


# ---------------------------------------------------------------------------------------------
# errors-gaps: parse / compile errors (and look-alikes that may compile) outside the corpus.
def errors_gaps():
    conds = [
        # custom argument parsers
        'evt.rawarg[0] = 1', 'evt.rawarg = 1', 'evt.rawarg.nosuch = 1', 'evt.rawarg.uid = root', 'evt.rawarg.uid = 0',
        'evt.rawarg.exe contains ipt', 'evt.rawarg.flags > 0', 'evt.rawarg.res < 0', 'evt.rawarg.args bcontains 2D46',
        'evt.rawarg.uid = val(user.uid)', 'tolower(evt.rawarg.exe) = x', 'evt.around[abc] = 1', 'evt.around[-1] = 1',
        'evt.around[1] != 1', 'evt.around[1] in (1)', 'evt.around[1] exists', 'evt.around = 1', 'fd.types[x] exists',
        'fd.types[-1] exists', 'fd.types[2] intersects (file)', 'fd.num[1] = 1', 'evt.type.is.nosuch = 1', 'evt.type.is = 1',
        'evt.type.is.execve > 0', 'evt.type.is.getuid = 0', 'evt.type.is.EXECVE = 1', 'evt.abspath.srcx exists',
        'evt.abspath[0] exists', 'thread.cgroup.cpu2 = x', 'thread.cgroup[cpu] = x', 'thread.cgroupsx exists',
        'proc.args[1x] = a', 'proc.args[ 1] = a', 'proc.aargs[x] = a', 'proc.aenv[x1] exists', 'proc.env[01] exists',
        'proc.apid[+1] = 1', 'proc.aname[4294967296] exists', 'proc.aname[2147483648] exists', 'evt.arg[4294967296] = 1',
        'evt.arg[ 1] = x', 'evt.arg[+1] = x', 'evt.arg[-1] exists', 'evt.arg.flag = 0', 'evt.arg.flagsx = 0',
        # types and operators outside the corpus
        'proc.fdusage > 1.5', 'proc.fdusage = 0x1', 'proc.fdusage in (0, 1)', 'proc.fdusage contains 1', 'evt.cpu = 32768',
        'evt.cpu contains 1', 'evt.buffer bcontains xyz', 'evt.buffer bcontains 123', 'evt.buffer > 1', 'evt.buffer glob a*',
        'evt.buffer icontains a', 'evt.buffer regex a', 'evt.buffer pmatch (/a)', 'fd.types = file', 'fd.types contains file',
        'fd.types exists', 'fd.types in (file)', 'len(fd.types) = 0', 'fd.ip = abc', 'fd.ip = 1.2.3.4', 'fd.ip = ::1',
        'fd.ip contains 1', 'fd.ip = val(fd.cip)', 'fd.net = 10.0.0.0', 'fd.net = 10.0.0.0/33', 'fd.net = 10.0.0.0/8',
        'fd.net in (10.0.0.0/8, 192.168.0.0/16)', 'fd.net != 10.0.0.0/8', 'fd.cnet = ::1/128', 'fd.port = http',
        'fd.port = nosuchservice', 'fd.port = 99999', 'fd.port > 70000', 'fd.lport = -1', 'fd.proto = tcp', 'fd.sockfamily = ip',
        'fd.l4proto = tcp', 'fd.dev = -1', 'fd.cip.name = example.com', 'evt.outputtime = x', 'evt.latency.human = 0ns',
        'proc.pid.ts > 1.5', 'evt.rawtime = abc', 'proc.is_sid_leader = 1', 'proc.is_sid_leader = TRUE', 'thread.ismain contains t',
        'evt.dir = <', 'evt.dir = >', 'evt.dir != >', 'evt.latency > 0', 'evt.wait_latency = 0',
        # transformers on uncovered fields
        'tolower(evt.args) contains tid', 'len(evt.args) > 0', 'b64(evt.buffer) exists', 'len(evt.buffer) = 0',
        'basename(evt.arg.filename) = xtables-nft-multi', 'toupper(user.homedir) = /ROOT', 'len(thread.cap_effective) > 0',
        'len(fd.types) >= 0', 'tolower(evt.time) exists', 'len(proc.aargs) >= 0', 'tolower(proc.aenv) exists',
        'tolower(proc.aenv[HOME]) = ""', 'b64(proc.env[NOPE]) exists', 'len(b64(proc.name)) = 6',
        'concat(proc.name, proc.pname) = iptablesbash', 'concat(proc.name, "-", proc.pid) exists', 'join(",", (proc.name, proc.pname)) = "iptables,bash"',
        'join(",", ()) = ""', 'join(proc.name, (a, b)) = aiptablesb', 'concat("a", "b") = ab', 'len(concat(proc.name, proc.pname)) = 12',
        'getopt(proc.args, "F") exists',
        # misc syntax
        'proc.name = "a\\\\"', "proc.name = 'a\\\\'", 'proc.name = "\\x41"', 'proc.name = "\\x4"', 'proc.name = "\\xZZ"',
        'proc.name = "\\u0041"', 'proc.name = "\\0"', 'proc.name in ((a))', 'proc.name in (a,)', 'proc.name = (a)',
    ]
    return [cond_case('errors', i + 1, c, 'ssh', []) for i, c in enumerate(conds)]


# ---------------------------------------------------------------------------------------------
# rules-file cases (loader-gaps, outputs-gaps)
def rules_case(area, n, files, events=('ssh',)):
    if isinstance(files, str):
        files = [files]
    return {'id': f'req-{area}-{n}', 'plugins': [],
            'files': [{'name': 'rules.yaml' if i == 0 else f'rules{i + 1}.yaml', 'content': c} for i, c in enumerate(files)],
            'events': [copy.deepcopy(EVENTS[e] if isinstance(e, str) else e) for e in events]}


SPAWN = '- macro: spawned_process\n  condition: (evt.type in (execve, execveat))\n'


def rule(name, cond, output='o %proc.name', priority='INFO', extra=''):
    return f'- rule: {name}\n  desc: d\n  condition: {cond}\n  output: {output}\n  priority: {priority}\n{extra}'


def loader_gaps():
    R = rule
    files = [
        # value shapes the corpus does not cover
        R('R', 'evt.type = execve', extra='  source: ""\n'),
        R('R', 'evt.type = execve', extra='  source:\n'),
        R('R', 'evt.type = execve', extra='  source: syscall\n  enabled: "true"\n'),
        '- list: l\n  items: [a, [b]]\n' + R('R', 'proc.name in (l)'),
        '- list: l\n  items: [a, {b: c}]\n' + R('R', 'proc.name in (l)'),
        '- list: l\n  items:\n' + R('R', 'proc.name in (l)'),
        '- list: l\n  items: []\n  extra: 1\n' + R('R', 'proc.name in (l)'),
        R('R', 'evt.type = execve', extra='  tags: [a, {b: c}]\n'),
        R('R', 'evt.type = execve', extra='  tags: [a, [b]]\n'),
        R('R', 'evt.type = execve', extra='  tags:\n'),
        R('R', 'evt.type = execve', extra='  tags: [1, true, null]\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: -5\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: 1.5\n'),
        R('R', 'evt.type = execve', extra='  capture: yes\n  warn_evttypes: off\n'),
        R('R', 'evt.type = execve', extra='  enabled: Yes\n'),
        R('R', 'evt.type = execve', extra='  enabled: [true]\n'),
        R('R', 'evt.type = execve', extra='  append: yes\n'),
        R('R', 'evt.type = execve', extra='  override:\n'),
        R('R', 'evt.type = execve', extra='  skip-if-unknown-filter: 1\n'),
        R('R', 'evt.type = execve', output='"   "'),
        R('R', 'evt.type = execve', output='"*"'),
        R('R', 'evt.type = execve', output='"**"'),
        R('R', 'evt.type = execve', priority='"DEBUG"'),
        R('R', 'evt.type = execve', priority='infO'),
        '- rule: 123\n  desc: 456\n  condition: evt.type = execve\n  output: 789\n  priority: INFO\n',
        '- macro: m\n  condition: 1\n' + R('R', 'evt.type = execve and m'),
        '- macro: m\n  condition: [a]\n',
        '- list: [l]\n  items: [a]\n',
        '- macro: m m\n  condition: evt.type = execve\n' + R('R', 'evt.type = execve'),
        '- list: "l l"\n  items: [a]\n' + R('R', 'proc.name in (l l)'),
        # overrides
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override:\n    condition: [append]\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override: [condition]\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override:\n    condition: append\n    desc: append\n',
        R('R', 'evt.type = execve') + '- rule: R\n  output: extra\n  desc: more\n  override:\n    output: append\n    desc: replace\n',
        R('R', 'evt.type = execve') + '- rule: R\n  priority: nope\n  override:\n    priority: replace\n',
        R('R', 'evt.type = execve') + '- rule: R\n  capture_duration: 5\n  capture: true\n  override:\n    capture: replace\n    capture_duration: replace\n',
        R('R', 'evt.type = execve') + '- rule: R\n  warn_evttypes: false\n  skip-if-unknown-filter: true\n  override:\n    warn_evttypes: replace\n    skip-if-unknown-filter: replace\n',
        R('R', 'evt.type = execve') + '- rule: R\n  tags: [b]\n  override:\n    tags: replace\n  foo: 1\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: or proc.name = x\n  override:\n    condition: append\n  append: false\n',
        '- macro: m\n  condition: proc.name = a\n- macro: m\n  condition: or proc.name = b\n  override:\n    condition: append\n  foo: 1\n'
        + R('R', 'evt.type = execve and m'),
        '- list: l\n  items: [a]\n- list: l\n  items: [b]\n  override:\n    items: replace\n' + R('R', 'proc.name in (l)'),
        R('R', 'evt.type = execve') + '- rule: R\n  enabled: false\n  override:\n    enabled: replace\n  desc: x\n',
        # exceptions shapes
        R('R', 'evt.type = execve', extra='  exceptions: {}\n'),
        R('R', 'evt.type = execve', extra='  exceptions: [a]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: proc.name\n      values: x\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: proc.name\n      values: [{a: b}]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: []\n      values: []\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name]\n      comps: []\n      values: [[iptables]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name, proc.pname]\n      values: [[iptables, bash], [x]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name, proc.pname]\n      values: [[iptables, [bash, sh]]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: proc.name\n      comps: in\n      values: [[iptables]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: proc.name\n      values: []\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name]\n      comps: [=]\n      values: [[""]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.args]\n      comps: [contains]\n      values: [["-F"]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name]\n      comps: [oneof]\n      values: [[iptables]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name]\n      comps: ["= oneof"]\n      values: [[iptables]]\n'),
        R('R', 'evt.type = execve', extra='  skip-if-unknown-filter: true\n  exceptions:\n    - name: e\n      fields: [proc.nosuch]\n      values: [[x]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [evt.rawarg.uid]\n      values: [[0]]\n'),
        # versions
        '- required_engine_version: 0.63\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 63\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 64\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: -1\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 0.63.0-rc1\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: v0.1.0\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 0.1.0\n  foo: 1\n' + R('R', 'evt.type = execve'),
        '- required_plugin_versions:\n    - name: container\n      version: 0.1.0\n      alternatives: x\n' + R('R', 'evt.type = execve'),
        '- required_plugin_versions:\n    - name: container\n      version: 0.1.0\n      alternatives: [x]\n' + R('R', 'evt.type = execve'),
        '- required_plugin_versions:\n    - name: container\n      version: 0.1.0\n      alternatives:\n        - name: k8smeta\n' + R('R', 'evt.type = execve'),
        '- required_plugin_versions:\n    - x\n' + R('R', 'evt.type = execve'),
        '- required_plugin_versions: []\n  foo: 1\n' + R('R', 'evt.type = execve'),
        # YAML scalar styles in conditions
        '- rule: R\n  desc: d\n  condition: "evt.type = execve and proc.name = \\"iptables\\" and proc.args contains \\"\\\\x2dF\\""\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: d\n  condition: "evt.type = execve and\\tproc.name = iptables"\n  output: o\n  priority: INFO\n',
        "- rule: R\n  desc: d\n  condition: 'evt.type = execve and proc.name = ''iptables'''\n  output: o\n  priority: INFO\n",
        '- rule: R\n  desc: d\n  condition: >-\n    evt.type = execve\n\n    and proc.name = iptables\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: d\n  condition: |+\n    evt.type = execve\n    and proc.name = iptables\n\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: d\n  condition: evt.type = execve and\n    proc.name = iptables\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: d\n  condition: evt.type = execve # trailing comment\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: d\n  condition: !!str evt.type = execve\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: d\n  condition: evt.type = execve\n  output: o\n  priority: INFO\n  desc: again\n',
        '- {rule: R, desc: d, condition: evt.type = execve, output: o, priority: INFO}\n- {macro: m, condition: x}\n',
        # event types and warnings
        R('R', 'evt.type in (execve, execveat) and not evt.type = execveat'),
        R('R', 'not evt.type in (open, openat)'),
        R('R', 'evt.type = execve or evt.num > 0'),
        R('R', 'evt.type.is.execve = 1'),
        R('R', 'syscall.type = execve'),
        R('R', 'evt.type in ()'),
        R('R', 'evt.type = execve and evt.type = open'),
        R('R', 'evt.type != execve and evt.type = open'),
        R('R', 'proc.name = iptables', extra='  warn_evttypes: false\n'),
        # skip-if-unknown-filter corner cases
        R('R', 'evt.type = execve and evt.rawarg.nosuch = 1', extra='  skip-if-unknown-filter: true\n'),
        R('R', 'evt.type = execve and evt.type.is.nosuch = 1', extra='  skip-if-unknown-filter: true\n'),
        R('R', 'evt.type = execve and proc.fdusage > 1.5', extra='  skip-if-unknown-filter: true\n'),
        R('R', 'evt.type = execve and fd.port = nosuchservice', extra='  skip-if-unknown-filter: true\n'),
        R('R', 'evt.type = execve', output='o %proc.nosuch', extra='  skip-if-unknown-filter: true\n'),
        # yaml-cpp conversions: non-scalar override entries, null values and keys, integer bases
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override:\n    condition:\n      - append\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override:\n    condition:\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override:\n    condition: {a: b}\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override:\n    ? [condition]\n    : append\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override: []\n',
        R('R', 'evt.type = execve') + '- rule: R\n  condition: and proc.name = x\n  override: append\n',
        '- list: l\n  items: [a]\n- list: l\n  items: [b]\n  override: [items]\n' + R('R', 'proc.name in (l)'),
        R('R', 'evt.type = execve', extra='  ? [a]\n  : b\n'),
        R('R', 'evt.type = execve', extra='  ~: b\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: 0x10\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: 010\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: 08\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: +7\n'),
        R('R', 'evt.type = execve', extra='  capture_duration: 4294967296\n'),
        '- required_engine_version: 0x3f\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 0x40\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 08\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: 010\n' + R('R', 'evt.type = execve'),
        '- required_engine_version: "63"\n' + R('R', 'evt.type = execve'),
        # exception value building (build_rule_exception_infos: paren_item for list operators)
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name, proc.pname]\n      comps: [in, =]\n      values: [[a b, bash]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name, proc.pname]\n      comps: [in, =]\n      values: [["(iptables, x)", bash]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name, proc.pname]\n      comps: [pmatch, =]\n      values: [[iptables, "bash x"]]\n'),
        R('R', 'evt.type = execve', extra='  exceptions:\n    - name: e\n      fields: [proc.name, proc.pname]\n      comps: [startswith oneof, =]\n      values: [[ipt, bash]]\n'),
        # which error first: the output is validated before the condition is compiled
        R('R', 'evt.type = execve and proc.nosuch = 1', output='"bad %proc.nosuch"'),
        R('R', 'evt.type = execve and (', output='"%evt.dir x"'),
        R('R', 'evt.type = execve and undefined_macro', output='"100%"'),
        # matching order with event-type-less rules
        R('A', 'proc.name = iptables') + R('B', 'evt.type = execve') + R('C', 'evt.num > 0 and proc.name = iptables'),
        R('A', 'evt.type = execve', priority='DEBUG') + R('B', 'evt.type = execve', priority='EMERGENCY'),
        # a double-quoted value left open mid-file: yaml-cpp reads on to the next `"` (the yaml
        # package stops at the less indented line); what does Falco report, and where?
        '- rule: R\n  desc: "open\n  condition: evt.type = execve and proc.args contains "-L"\n  output: o %proc.name\n  priority: INFO\n',
        '- rule: R\n  desc: "open\n  condition: evt.type = execve\n  output: o %proc.name\n  priority: INFO\n- rule: S\n  desc: "d"\n  condition: evt.type = execve\n  output: o\n  priority: INFO\n',
        '- rule: R\n  desc: "open\n  condition: evt.type = execve\n  output: o %proc.name\n  priority: INFO\n- list: l\n  items: [a]\n- macro: m\n  condition: proc.name = "x"\n',
        '- rule: R\n  desc: "two\nlines"\n  condition: evt.type = execve\n  output: o %proc.name\n  priority: INFO\n',
    ]
    return [rules_case('loader', i + 1, f) for i, f in enumerate(files)]


def outputs_gaps():
    outs = [
        'time=%evt.time s=%evt.time.s iso=%evt.time.iso8601', 'dt=%evt.datetime ds=%evt.datetime.s', 'raw=%evt.rawtime s=%evt.rawtime.s ns=%evt.rawtime.ns',
        'rel=%evt.reltime rs=%evt.reltime.s rns=%evt.reltime.ns', 'delta=%evt.deltatime ds=%evt.deltatime.s dns=%evt.deltatime.ns',
        'out=%evt.outputtime', 'dur=%proc.duration pdur=%proc.ppid.duration ts=%proc.pid.ts pts=%proc.ppid.ts',
        'host=%evt.hostname src=%evt.source cat=%evt.category cpu=%evt.cpu', 'args=%evt.args', 'info=%evt.info',
        'ctime=%evt.arg.exe_ino_ctime ino=%evt.arg.exe_ino cg=%evt.arg.cgroups fdl=%evt.arg.fdlimit vm=%evt.arg.vm_size',
        'nt=%thread.nametid fu=%proc.fdusage fo=%proc.fdopencount fl=%proc.fdlimit', 'vm=%proc.vmsize rss=%proc.vmrss sw=%proc.vmswap pf=%thread.pfmajor/%thread.pfminor',
        'cnt=%util.cnt count=%evt.count exit=%evt.count.exit err=%evt.count.error', 'st=%syscall.type is=%evt.type.is.execve',
        'aargs=[%proc.aargs] aargs1=[%proc.aargs[1]] aenv1=[%proc.aenv[1]] aenv=[%proc.aenv]', 'home=%user.homedir shell=%user.shell grp=%group.name',
        'lsh=%proc.loginshellid sid=%proc.sid.exe pg=%proc.pgid.name', 'cg=%thread.cgroups cgc=%thread.cgroup.cpu caps=%thread.cap_inheritable',
        'lat=%evt.latency.human q=%evt.latency.quantized w=%evt.wait_latency', 'ip=%fd.ip net=%fd.net port=%fd.port proto=%fd.proto',
        'around=%evt.around[1]', 'val=%val(proc.name)', 'b64=%b64(proc.name)', 'b64ok=%b64(proc.pname)', 'w=[%4proc.args] w2=[%12proc.args]',
        'rawarg=%evt.rawarg.uid/%evt.rawarg.res/%evt.rawarg.exe', 'tab\tin output', 'ctrl=\x01\x7f', 'quote="q" back=\\b',
        'ascii ✓ ünïcödé', '%proc.name%proc.pname%proc.pid', 'pct=%%', 'unknown=%proc.name.x', 'idx=%proc.aname[99] %proc.apid[99]',
        'stdin=%proc.stdin.type/%proc.stdin.name', 'typeis=%evt.type.is.open', 'abspath=%evt.abspath', 'args0=%proc.args[0] args5=[%proc.args[5]]',
    ]
    cases = []
    for i, o in enumerate(outs):
        ev = ('args-unicode',) if o.startswith('w=') else ('ssh', 'container', 'parent-args') if i % 3 == 0 else ('ssh',)
        content = rule('R', 'evt.type = execve', output=json.dumps(o, ensure_ascii=False))
        cases.append(rules_case('outputs', i + 1, content, ev))
    # counters and deltas across several events and rules
    two = rule('A', 'evt.type = execve', output='"a cnt=%util.cnt d=%evt.deltatime n=%evt.num"') + \
        rule('B', 'proc.name = cat', output='"b cnt=%util.cnt d=%evt.deltatime n=%evt.num"')
    cases.append(rules_case('outputs', len(cases) + 1, two, ('ssh', 'container', 'ssh', 'container')))
    env = rule('R', 'evt.type = execve', output='"A=[%proc.env[A]] B=[%proc.env[B]] C=[%proc.env[C]] D=[%proc.env[D]] E=[%proc.env[E]]"')
    cases.append(rules_case('outputs', len(cases) + 1, env, ('env-edge', 'env-empty-entry')))
    args = rule('R', 'evt.type = execve', output='"[%proc.args] [%proc.cmdline] [%proc.exeline] n=%proc.cmdnargs l=%proc.cmdlenargs a=%evt.arg.args"')
    cases.append(rules_case('outputs', len(cases) + 1, args, ('args-one-empty', 'args-two-empty', 'args-none', 'args-unicode')))
    return cases


if __name__ == '__main__':
    write('fields-gaps.jsonl', fields_gaps())
    write('operators-gaps.jsonl', operators_gaps())
    write('errors-gaps.jsonl', errors_gaps())
    write('loader-gaps.jsonl', loader_gaps())
    write('outputs-gaps.jsonl', outputs_gaps())
