import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../app/errors';
import {
  MakeOfferDocument,
  RejectApplicationDocument,
  ShortlistApplicationDocument,
  type ApplicationStatus,
  type SeatAllocation,
} from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';

/** Shortlist, make an offer, or reject with a note, as the applicant's status allows. */
export function ApplicantActions({
  id,
  name,
  status,
  allocation,
  onDone,
}: {
  id: string;
  name: string;
  status: ApplicationStatus;
  allocation: SeatAllocation;
  onDone: (message: string) => void;
}) {
  const [shortlisting, shortlist] = useMutation(ShortlistApplicationDocument);
  const [offering, makeOffer] = useMutation(MakeOfferDocument);
  const [rejecting, reject] = useMutation(RejectApplicationDocument);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const open = status === 'SUBMITTED' || status === 'SHORTLISTED';
  const canReject = open || status === 'WAITLISTED' || status === 'VIRTUAL';

  const run = async (result: Promise<{ error?: Parameters<typeof describeError>[0] }>, success: string) => {
    setMessage(null);
    const r = await result;
    if (r.error) setMessage(describeError(r.error).message);
    else onDone(success);
  };

  if (!open && !canReject) return null;
  return (
    <Stack gap={6}>
      <FormAlert message={message} />
      <Group gap={6} wrap="wrap">
        {status === 'SUBMITTED' && (
          <Button
            size="xs"
            variant="default"
            loading={shortlisting.fetching}
            onClick={() => run(shortlist({ id }), `${name} is shortlisted.`)}
            aria-label={`Shortlist ${name}`}
          >
            Shortlist
          </Button>
        )}
        {open && allocation === 'FIRST_COME' && (
          <Button
            size="xs"
            loading={offering.fetching}
            onClick={() => run(makeOffer({ id }), `${name} has been offered a seat.`)}
            aria-label={`Make an offer to ${name}`}
          >
            Make an offer
          </Button>
        )}
        {canReject && (
          <Button
            size="xs"
            variant="outline"
            color="red.8"
            onClick={() => setRejectOpen(true)}
            aria-label={`Reject ${name}`}
          >
            Reject
          </Button>
        )}
      </Group>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close the dialog' }}
        opened={rejectOpen}
        onClose={() => setRejectOpen(false)}
        title={`Reject ${name}`}
      >
        <Stack>
          <Textarea
            label="Note to the student"
            description="Optional; the student reads it with the decision."
            autosize
            minRows={3}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Text size="sm">The student is told at once; this cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRejectOpen(false)}>
              Cancel
            </Button>
            <Button
              color="red.8"
              loading={rejecting.fetching}
              onClick={async () => {
                setRejectOpen(false);
                await run(reject({ id, note: note.trim() || null }), `${name} is rejected.`);
              }}
            >
              Reject
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
