/**
 * What the shortcuts panel lists (the panel and its button: HelpPanel.tsx). The keys are shown as
 * <kbd> so screen readers read them as keys.
 */
import { Fragment } from 'react';
import { SHORTCUT_GROUPS, type Shortcut } from './shortcuts';

export function HelpBody() {
  return (
    <>
      <p className="muted help-intro">
        Everything in the playground works from the keyboard. In the rules editor Tab indents; press <kbd>Ctrl</kbd>+<kbd>M</kbd> to
        make Tab move the focus on instead.
      </p>
      {SHORTCUT_GROUPS.map((g) => (
        <section key={g.title} className="help-group" aria-labelledby={`help-${slug(g.title)}`}>
          <h3 id={`help-${slug(g.title)}`}>{g.title} <span className="muted help-where">({g.where})</span></h3>
          <table className="help-table">
            <thead>
              <tr><th scope="col">Keys</th><th scope="col">Action</th></tr>
            </thead>
            <tbody>
              {g.shortcuts.map((s) => (
                <tr key={s.does}>
                  <td className="help-keys"><Keys shortcut={s} /></td>
                  <td>{s.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

function Keys({ shortcut }: { shortcut: Shortcut }) {
  return (
    <>
      {shortcut.keys.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && <span className="muted"> {shortcut.join ?? 'or'} </span>}
          {combo.map((k, j) => (
            <Fragment key={k}>
              {j > 0 && '+'}
              <kbd>{k}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
