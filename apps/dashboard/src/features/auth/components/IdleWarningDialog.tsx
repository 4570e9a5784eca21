import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Role } from '@askwell/domain';

/**
 * The warning two minutes before an idle sign-out. Its own module, loaded in the background after the first
 * screen is drawn (IdleLogout), so the dialog machinery is not part of every screen's first download.
 */
export function IdleWarningDialog({
  opened,
  role,
  onStay,
  onSignOut,
}: {
  opened: boolean;
  role: Role;
  onStay: () => void;
  onSignOut: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onStay} title="Are you still there?" centered>
      <Stack gap="md">
        <Text>
          You will be signed out in 2 minutes to protect{' '}
          {role === 'client' ? 'your privacy' : "your clients' privacy"}.
        </Text>
        <Text size="sm" c="dark.6">
          Text you have not saved in a form is kept in this tab until you sign in again (passwords never are).
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onSignOut}>
            Sign out now
          </Button>
          <Button onClick={onStay} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
