import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { AccountSession } from '@askwell/domain';
import { LoginFlow } from './LoginFlow';

/**
 * The session ended while something was not sent yet: sign in again here, over the page, and it is sent.
 * Its own module, loaded in the background (SignInAgain), so the first screen does not carry it. The page
 * behind is blurred: whoever holds the device should not read it before signing in.
 */
export function SignInAgainDialog({
  email,
  onSignedIn,
  onLeave,
}: {
  email: string;
  onSignedIn: (session: AccountSession) => void;
  onLeave: () => void;
}) {
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Sign in again to save your work"
      overlayProps={{ backgroundOpacity: 0.85, blur: 6 }}
      centered
    >
      <Stack gap="md">
        <Text>
          Your session has ended. What you wrote is still here, and it is sent as soon as you have signed in.
        </Text>
        <LoginFlow defaultEmail={email} onSignedIn={onSignedIn} />
        <Text size="sm" c="dark.6">
          Not now, or not you? On the sign-in page, what you wrote waits in this tab until you are back.
        </Text>
        <Group>
          <Button variant="default" onClick={onLeave}>
            Go to the sign-in page
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
