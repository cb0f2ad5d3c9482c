/**
 * Contains an unexpected exception to one panel: the panel shows what happened and a
 * "Reset this panel" button (which re-mounts it), the rest of the page keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props { name: string; children: ReactNode }
interface State { error: Error | null; generation: number }

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Panel "${this.props.name}" crashed`, error, info.componentStack);
  }

  private reset = () => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

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
    return <div className="panel-body" key={this.state.generation}>{this.props.children}</div>;
  }
}
