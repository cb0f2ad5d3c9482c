import { useAppStore } from '../../state/store';

/** The container plugin provides container.* and k8s.* fields (Falco 0.41+ loads it by default). */
export function PluginsSwitch() {
  const plugins = useAppStore((s) => s.plugins);
  const setPlugins = useAppStore((s) => s.setPlugins);
  return (
    <label className="field check" title="Container plugin: provides the container.* and k8s.* fields">
      <input
        type="checkbox"
        checked={plugins === 'container'}
        onChange={(e) => setPlugins(e.target.checked ? 'container' : 'none')}
      />
      <span>Container<span className="narrow-hidden"> plugin</span></span>
    </label>
  );
}
