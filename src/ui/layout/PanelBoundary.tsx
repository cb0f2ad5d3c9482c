/**
 * Contains an unexpected exception to one panel: the panel shows what happened and a
 * "Reset this panel" button (which re-mounts it), the rest of the page keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props { name: string; children: ReactNode }
interface State { error: Error | null; generation: number; drill: boolean }

/** Event the test hook dispatches to prove a crash stays inside its panel (`__frp.crashPanel`). */
export const CRASH_DRILL_EVENT = 'frp:crash-drill';

function CrashDrill(): never {
  throw new Error('Crash drill: this panel was asked to fail.');
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0, drill: false };

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
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Panel "${this.props.name}" crashed`, error, info.componentStack);
  }

  private reset = () => this.setState((s) => ({ error: null, drill: false, generation: s.generation + 1 }));

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-crash" role="alert">
          <p><strong>The {this.props.name} panel hit an unexpected error.</strong> Your work is safe.</p>
          <pre>{this.state.error.message}</pre>
          <button type="button" onClick={this.reset}>Reset this panel</button>
        </div>
      );
    }
    return (
      <div className="panel-body" key={this.state.generation}>
        {this.state.drill ? <CrashDrill /> : this.props.children}
      </div>
    );
  }
}
