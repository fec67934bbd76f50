import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '../views/LoadingScreen.tsx';

/**
 * A view that throws while rendering shows the error screen instead of blanking the whole app; the header stays,
 * so the user can go elsewhere. Keyed by route by its parent, so navigating away resets it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}
