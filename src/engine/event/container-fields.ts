import type { Builder, Extracted } from './extract';
import type { ContainerInfo } from './types';

/**
 * Container plugin fields (plugins/container extract.cpp) read from FalcoEvent.container; a null
 * container is the host, for which the plugin's host_container_info reports id/name/type `host`,
 * empty image fields and no Kubernetes metadata.
 */
const container = (fn: (c: ContainerInfo) => Extracted, host: Extracted): Builder =>
  () => (v) => (v.ev.container ? fn(v.ev.container) : host);

export const CONTAINER_BUILDERS: Record<string, Builder> = {
  'container.id': container((c) => c.id, 'host'),
  'container.full_id': container((c) => c.id, 'host'),
  'container.name': container((c) => c.name ?? null, 'host'),
  'container.type': container((c) => c.type ?? null, 'host'),
  'container.image': container((c) => c.image ?? '', ''),
  'container.image.repository': container((c) => c.repository ?? '', ''),
  'container.image.tag': container((c) => c.tag ?? '', ''),
  'container.image.digest': container((c) => c.digest ?? '', ''),
  'container.privileged': container((c) => c.privileged ?? false, false),
  'k8s.ns.name': container((c) => c.k8sNamespace ?? null, null),
  'k8s.pod.name': container((c) => c.k8sPod ?? null, null),
  'container.label': (f) => {
    const key = f.key ?? '';
    return (v) => v.ev.container?.labels?.[key] ?? null;
  },
};
