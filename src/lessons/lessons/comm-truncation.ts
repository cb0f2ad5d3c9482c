import type { Lesson } from '../types';

const RULE = 'Controller Manager Started Outside the Control Plane';

export const commTruncationLesson: Lesson = {
  id: 'comm-truncation',
  title: 'proc.name is cut to 15 bytes',
  summary: 'kube-controller-manager is "kube-controller" to Falco: longer names never match.',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- list: control_plane_binaries
  items: [kube-apiserver, kube-controller-manager, kube-scheduler]

- rule: ${RULE}
  desc: A control plane binary was started in a workload container.
  condition: spawned_process and container and proc.name in (control_plane_binaries)
  output: Control plane binary started in a container | process=%proc.name command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, container, process]
`,
  samples: [
    { id: 'l2-1', command: 'kube-apiserver --secure-port=6443', expect: { [RULE]: 'alert' } },
    { id: 'l2-2', command: 'kube-controller-manager --leader-elect=true', expect: { [RULE]: 'alert' } },
    { id: 'l2-3', command: '/usr/local/bin/kube-scheduler --config=/etc/kubernetes/scheduler.conf', expect: { [RULE]: 'alert' } },
    { id: 'l2-4', command: 'kubectl get pods', expect: { [RULE]: 'no_alert' } },
  ],
  goal: 'Alert on all three control plane binaries, including kube-controller-manager.',
  hints: [
    'Row 2 shows proc.name in its details: is it what you typed?',
    'proc.name is the kernel\'s "comm", a 16-byte buffer: at most 15 characters survive.',
    'Use the truncated name kube-controller in the list (or match proc.exepath, which is not truncated).',
  ],
  explanation:
    'The kernel keeps a process name (comm) of at most 15 bytes, and proc.name is that comm. ' +
    'kube-controller-manager therefore shows up as kube-controller, and a list item with the full name can never be equal to it. ' +
    'Falco\'s own rules carry truncated items (dpkg-preconfigu, unattended-upgr) for this reason. proc.cmdline starts with the same truncated name; proc.exepath keeps the full path.',
  solution: `- list: control_plane_binaries
  items: [kube-apiserver, kube-controller, kube-scheduler]

- rule: ${RULE}
  desc: A control plane binary was started in a workload container.
  condition: spawned_process and container and proc.name in (control_plane_binaries)
  output: Control plane binary started in a container | process=%proc.name command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, container, process]
`,
};
