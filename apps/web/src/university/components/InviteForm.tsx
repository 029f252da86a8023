import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { useFormErrors } from '../../app/useFormErrors';
import { UniversityInviteMemberDocument, type MemberRole } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';

const FIELDS = ['fullName', 'email', 'role'];

export function InviteForm({ onInvited }: { onInvited: (email: string) => void }) {
  const [{ fetching }, invite] = useMutation(UniversityInviteMemberDocument);
  const form = useForm({
    initialValues: { fullName: '', email: '', role: 'COORDINATOR' as MemberRole },
    validate: {
      fullName: (v) => (v.trim() ? null : 'Enter their full name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter their email address'),
    },
  });
  const errors = useFormErrors(form, FIELDS);
  const submit = form.onSubmit(async (v) => {
    errors.clear();
    const result = await invite({ input: { fullName: v.fullName.trim(), email: v.email.trim(), role: v.role } });
    if (result.data) {
      onInvited(v.email.trim());
      form.reset();
    } else errors.show(result.error);
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Invite a member">
      <Stack gap="sm">
        <FormAlert message={errors.message} title="Could not invite" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Full name" required {...form.getInputProps('fullName')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <Select
            label="Role"
            data={[
              { value: 'COORDINATOR', label: 'Coordinator' },
              { value: 'ADMIN', label: 'Admin' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={fetching}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
