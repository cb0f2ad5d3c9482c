/**
 * Contains an unexpected exception to one part of the page: the panels, the header's toolbar, the
 * banner, each dialog's body, and the page itself (the root boundary, last resort). The part shows
 * what happened, with "Reset this panel" (re-mounts it), "Reload" (the work is saved: the store
 * writes it to localStorage, flushed first) and an error report to copy for a bug report (no rules
 * text or samples in it). The rest of the page keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { savedWorkStorage } from '../../state/store';

interface Props {
  /** Names the part in the message and in crash drills (`__frp.crashPanel(name)`). */
  name: string;
  /** 'panel': "The X panel", 'dialog': "The X" (name it "… dialog"), 'page': the root boundary. */
  kind?: 'panel' | 'dialog' | 'page';
  children: ReactNode;
}
interface State {
  error: Error | null;
  componentStack: string;
  generation: number;
  drill: boolean;
  copied: 'idle' | 'copied' | 'failed';
}

/** Event the test hook dispatches to prove a crash stays inside its part (`__frp.crashPanel`). */
export const CRASH_DRILL_EVENT = 'frp:crash-drill';

function CrashDrill(): never {
  throw new Error('Crash drill: this panel was asked to fail.');
}

/** What to paste into a bug report: the error and where, never the person's rules or samples. */
export function errorReport(part: string, error: Error, componentStack: string): string {
  const lines = [
    'Falco Rule Playground: unexpected error',
    `Part: ${part}`,
    `Error: ${error.name}: ${error.message}`,
    `Time: ${new Date().toISOString()}`,
    `Browser: ${typeof navigator === 'undefined' ? '' : navigator.userAgent}`,
    `Page: ${typeof location === 'undefined' ? '' : location.origin + location.pathname}`,
    '',
    'Stack:',
    (error.stack ?? '(none)').split('\n').slice(0, 20).join('\n'),
    '',
    'Components:',
    componentStack.trim().split('\n').slice(0, 20).join('\n'),
  ];
  return lines.join('\n');
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '', generation: 0, drill: false, copied: 'idle' };

  private onDrill = (e: Event) => {
    if ((e as CustomEvent<string>).detail === this.props.name) this.setState({ drill: true });
  };

  override componentDidMount(): void {
    window.addEventListener(CRASH_DRILL_EVENT, this.onDrill);
  }

  override componentWillUnmount(): void {
    window.removeEventListener(CRASH_DRILL_EVENT, this.onDrill);
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), copied: 'idle' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error(`Panel "${this.props.name}" crashed`, error, info.componentStack);
  }

  private reset = () => this.setState((s) => ({ error: null, componentStack: '', drill: false, generation: s.generation + 1 }));

  private reload = () => {
    try {
      savedWorkStorage.flush();
    } catch {
      // the page's pagehide flush runs as well
    }
    window.location.reload();
  };

  private copy = async (report: string) => {
    try {
      await navigator.clipboard.writeText(report);
      this.setState({ copied: 'copied' });
    } catch {
      this.setState({ copied: 'failed' });
    }
  };

  private label(): string {
    const { name, kind = 'panel' } = this.props;
    return kind === 'page' ? 'The page' : kind === 'dialog' ? `The ${name}` : `The ${name} panel`;
  }

  override render() {
    const kind = this.props.kind ?? 'panel';
    if (this.state.error) {
      const report = errorReport(this.props.name, this.state.error, this.state.componentStack);
      const { copied } = this.state;
      return (
        <div className={`panel-crash${kind === 'page' ? ' panel-crash-page' : ''}`} role="alert" data-panel={this.props.name}>
          <p><strong>{this.label()} hit an unexpected error.</strong> Your work is saved.</p>
          <pre>{this.state.error.message}</pre>
          <div className="panel-crash-actions">
            <button type="button" onClick={this.reset}>{kind === 'page' ? 'Reset the page' : 'Reset this panel'}</button>
            <button type="button" onClick={this.reload}>Reload (your work is saved)</button>
            <button type="button" onClick={() => void this.copy(report)}>Copy error report</button>
          </div>
          <p aria-live="polite" className="muted">
            {copied === 'copied' ? 'Error report copied: paste it into a bug report.' : copied === 'failed' ? 'The clipboard is not available here: select the report below and copy it.' : ''}
          </p>
          <details>
            <summary>Error report (no rules or samples in it)</summary>
            <textarea readOnly aria-label="Error report" value={report} rows={8} onFocus={(e) => e.currentTarget.select()} />
          </details>
        </div>
      );
    }
    return (
      <div className={`panel-body${kind === 'page' ? ' panel-root' : ''}`} key={this.state.generation}>
        {this.state.drill ? <CrashDrill /> : this.props.children}
      </div>
    );
  }
}
