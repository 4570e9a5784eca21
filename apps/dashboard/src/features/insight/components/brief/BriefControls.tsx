import { Button, Group, Text, TextInput } from '@mantine/core';
import type { BriefView } from '@askwell/domain';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../../lib/api-client';
import { formatTime } from '../../../../lib/labels';
import { useMarkBriefReviewed } from '../../api/mutations';

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The brief's period: two dates, or back to "since the last session". */
export function PeriodForm({ brief }: { brief: BriefView }) {
  const [, setParams] = useSearchParams();
  const [since, setSince] = useState(brief.period.from);
  const [until, setUntil] = useState(brief.period.to);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!LOCAL_DATE.test(since) || !LOCAL_DATE.test(until)) return setProblem('Choose both dates.');
    if (since > until) return setProblem('The start of the period cannot be after its end.');
    setProblem(null);
    setParams({ since, until });
  };
  return (
    <form onSubmit={submit} className="no-print" aria-label="Choose the period">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput type="date" label="From" value={since} onChange={(e) => setSince(e.currentTarget.value)} />
        <TextInput type="date" label="To" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
        <Button type="submit" variant="default">
          Show this period
        </Button>
        <Button variant="default" onClick={() => setParams({})}>
          Since the last session
        </Button>
      </Group>
      {problem && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert" mt={4}>
          {problem}
        </Text>
      )}
    </form>
  );
}

/** "Mark reviewed" for this period, and Print. */
export function Review({ brief, clientId }: { brief: BriefView; clientId: string }) {
  const marking = useMarkBriefReviewed(clientId);
  const pending = marking.isPending;
  const [reviewedAt, setReviewedAt] = useState(brief.reviewedAt);
  const [failed, setFailed] = useState<string | null>(null);
  const review = async () => {
    setFailed(null);
    try {
      const r = await marking.mutateAsync({ from: brief.period.from, to: brief.period.to });
      setReviewedAt(r.reviewedAt);
    } catch (e) {
      setFailed(e instanceof ApiError ? (e.detail ?? e.title) : 'Please try again.');
    }
  };
  return (
    <Group gap="sm" wrap="wrap">
      <Button className="no-print" loading={pending} onClick={() => void review()}>
        {reviewedAt ? 'Mark reviewed again' : 'Mark reviewed'}
      </Button>
      <Button className="no-print" variant="default" onClick={() => window.print()}>
        Print
      </Button>
      <Text size="sm" role="status">
        {reviewedAt ? `Reviewed ${formatTime(reviewedAt)}.` : 'Not reviewed yet.'}
      </Text>
      {failed && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          That did not work: {failed}
        </Text>
      )}
    </Group>
  );
}
