import { Button, Checkbox, CopyButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { FocusHeading } from '../../../components/FocusHeading';

/**
 * Ten one-time codes, shown once. The person confirms they saved them before moving on, because there is no
 * way to see them again (only to replace them).
 */
export function RecoveryCodes({
  codes,
  onDone,
  headingOrder = 2,
}: {
  codes: string[];
  onDone: () => void;
  headingOrder?: 2 | 3;
}) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkbox = useRef<HTMLInputElement>(null);

  const finish = () => {
    if (!saved) {
      setError('Save the codes first, then tick this box.');
      checkbox.current?.focus();
      return;
    }
    onDone();
  };

  return (
    <Stack gap="md">
      <FocusHeading order={headingOrder}>Save your recovery codes</FocusHeading>
      <Text>
        If you lose your phone, each of these codes lets you sign in once instead of a code from the app. This
        is the only time Askwell shows them: keep them somewhere safe, like a password manager or a printed
        page.
      </Text>
      <Paper withBorder p="md" radius="md">
        <List
          listStyleType="none"
          aria-label="Recovery codes"
          className="secret-text"
          fz="md"
          spacing={4}
          style={{ columns: '2 10rem' }}
        >
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
      </Paper>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Codes copied' : 'Copy all codes'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Checkbox
        ref={checkbox}
        label="I saved these codes somewhere safe"
        checked={saved}
        onChange={(e) => {
          setSaved(e.currentTarget.checked);
          setError(null);
        }}
        error={error}
      />
      <Group>
        <Button onClick={finish}>Continue</Button>
      </Group>
    </Stack>
  );
}
