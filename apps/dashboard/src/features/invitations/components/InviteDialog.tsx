import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, CopyButton, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { INVITATION_TTL_DAYS, InvitationCreateSchema } from '@askwell/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { ApiError } from '../../../lib/api-client';
import { useDraft } from '../../../lib/drafts';
import { applyApiError } from '../../../lib/form-errors';
import type { CreatedInvitation } from '@askwell/domain';
import { useCreateInvitation } from '../api/invitations';

export type InviteRole = 'client' | 'practitioner';
export const inviteDraftKey = (role: InviteRole) => `invite/${role}`;

interface Props {
  opened: boolean;
  onClose: () => void;
  role: InviteRole;
  /** For the owner inviting a client: whose caseload the client joins. */
  practitioners?: { id: string; displayName: string }[];
  defaultPractitionerId?: string;
}

/** Invite someone: their name and email, then either "we emailed them" or a link to pass on. */
export function InviteDialog({ opened, onClose, role, practitioners, defaultPractitionerId }: Props) {
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={role === 'client' ? 'Invite a client' : 'Invite a practitioner'}
      size="lg"
    >
      {created ? (
        <InviteResult created={created} onDone={close} />
      ) : (
        <InviteForm
          role={role}
          practitioners={role === 'client' ? practitioners : undefined}
          defaultPractitionerId={defaultPractitionerId}
          onCreated={setCreated}
          onCancel={close}
        />
      )}
    </Modal>
  );
}

interface FormProps {
  role: InviteRole;
  practitioners?: { id: string; displayName: string }[];
  defaultPractitionerId?: string;
  onCreated: (created: CreatedInvitation) => void;
  onCancel: () => void;
}

function InviteForm({ role, practitioners, defaultPractitionerId, onCreated, onCancel }: FormProps) {
  const choosePractitioner = practitioners !== undefined && practitioners.length > 0;
  const form = useForm({
    resolver: zodResolver(InvitationCreateSchema),
    defaultValues: {
      displayName: '',
      email: '',
      role,
      practitionerId: choosePractitioner ? (defaultPractitionerId ?? practitioners[0]?.id) : undefined,
    },
  });
  const draft = useDraft(inviteDraftKey(role), form);
  const create = useCreateInvitation();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const created = await create.mutateAsync(values);
      draft.discard();
      onCreated(created);
    } catch (e) {
      setProblem(applyApiError(e, form.setError, ['displayName', 'email', 'practitionerId']));
    }
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={role === 'client' ? 'Invite a client' : 'Invite a practitioner'}
    >
      <Stack gap="md">
        {draft.restoredAt && (
          <Alert color="sage" role="status">
            This invitation was not sent yet. What you typed is back.
          </Alert>
        )}
        <Text>
          {role === 'client'
            ? 'Your client gets a link to choose a password. Nothing is shared with them until they accept.'
            : 'They get a link to choose a password and join your practice.'}
        </Text>
        <FormErrorAlert error={problem} />
        <TextInput
          label="Name"
          description={role === 'client' ? 'As you would greet them, like Alex.' : undefined}
          autoComplete="off"
          required
          data-autofocus
          {...form.register('displayName')}
          error={errors.displayName?.message}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          required
          {...form.register('email')}
          error={errors.email?.message}
        />
        {choosePractitioner && (
          <Controller
            control={form.control}
            name="practitionerId"
            render={({ field }) => (
              <NativeSelect
                ref={field.ref}
                name={field.name}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value)}
                onBlur={field.onBlur}
                label="Practitioner"
                description="The client joins this person's caseload."
                data={practitioners.map((p) => ({ value: p.id, label: p.displayName }))}
                error={errors.practitionerId?.message}
              />
            )}
          />
        )}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              draft.discard(); // thrown away on purpose
              onCancel();
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Create invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InviteResult({ created, onDone }: { created: CreatedInvitation; onDone: () => void }) {
  const { invitation, emailed, link } = created;
  const days = `${INVITATION_TTL_DAYS} days`;
  return (
    <Stack gap="md">
      {emailed || !link ? (
        <Alert color="sage" title="Invitation sent" role="status">
          We emailed an invitation to {invitation.email}. The link works once, for {days}.
        </Alert>
      ) : (
        <>
          <Alert color="sage" title="Invitation ready" role="status">
            This server does not send email, so please pass this link to {invitation.displayName} yourself,
            for example in a text message. It works once, for {days}. Anyone with the link could use it, so
            send it only to them.
          </Alert>
          <TextInput
            label="Invitation link"
            value={link}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <Group>
            <CopyButton value={link} timeout={4000}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant={copied ? 'filled' : 'default'}>
                  {copied ? 'Link copied' : 'Copy link'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
