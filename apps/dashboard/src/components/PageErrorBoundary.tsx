import { Alert, Button, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';

interface Props {
  /** The address: moving to another screen leaves the error behind. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: string;
}

/**
 * A screen that failed to draw (a bug, or its code could not be downloaded, say after an update): the frame
 * stays, with a calm message and a way out, instead of an empty page.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title="This page could not be shown" role="alert">
        <Text size="sm">
          Something went wrong while opening it. Anything you had saved is safe. Loading the page again
          usually helps.
        </Text>
        <Button variant="default" size="sm" mt="sm" onClick={() => window.location.reload()}>
          Load the page again
        </Button>
      </Alert>
    );
  }
}
