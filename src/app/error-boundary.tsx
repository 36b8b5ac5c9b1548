// Catches a render error in one view so the shell (and its navigation) stays usable.
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to show instead; by default a message with a Reload button. */
  fallback?: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static override getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    return (
      <div role="alert" className="problem">
        <h1>Something went wrong on this page</h1>
        <p>Your data is safe in this browser. Reloading usually helps.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
