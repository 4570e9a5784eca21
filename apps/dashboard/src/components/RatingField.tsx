import { Text } from '@mantine/core';
import { useId } from 'react';

export interface RatingFieldProps {
  /** The question, e.g. "How upset do you expect to feel?" */
  label: string;
  /** Form field name (the radio group's name). */
  name: string;
  /** null: not answered (the starting state; never 0). */
  value: number | null;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  /** 'rating' is 0–10 in whole steps; 'percent' is 0–100 %, offered in steps of 10. */
  scale: 'rating' | 'percent';
  /** What the ends mean, e.g. ['calm', 'the worst distress imaginable']. */
  anchors: readonly [string, string];
  description?: string;
  error?: string;
}

const RATING = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const PERCENT = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

/**
 * One accessible rating: a group of radio buttons with an explicit "Not answered" choice, which is where it
 * starts. A rating the person did not touch is sent as null, never as 0. Arrow keys move within the group;
 * every option is at least 44 px square for touch.
 */
export function RatingField({
  label,
  name,
  value,
  onChange,
  onBlur,
  scale,
  anchors,
  description,
  error,
}: RatingFieldProps) {
  const id = useId();
  const suffix = scale === 'percent' ? ' %' : '';
  const steps = scale === 'percent' ? PERCENT : RATING;
  // A value from elsewhere (a draft, an earlier answer) that is not on the steps still shows as chosen.
  const options = value !== null && !steps.includes(value) ? [...steps, value].sort((a, b) => a - b) : steps;
  const max = scale === 'percent' ? 100 : 10;
  const describedBy = [`${id}-anchors`, description ? `${id}-desc` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="rating-field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="rating-legend">{label}</legend>
      {description && (
        <Text id={`${id}-desc`} size="sm" c="dimmed">
          {description}
        </Text>
      )}
      <Text id={`${id}-anchors`} size="sm" c="dimmed">
        0{suffix} = {anchors[0]}, {max}
        {suffix} = {anchors[1]}.
      </Text>
      <div className="rating-options">
        <label className="rating-option rating-none">
          <input
            type="radio"
            name={name}
            value=""
            checked={value === null}
            onChange={() => onChange(null)}
            onBlur={onBlur}
          />
          <span>Not answered</span>
        </label>
        {options.map((n) => (
          <label key={n} className="rating-option">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              onBlur={onBlur}
            />
            <span>
              {n}
              {suffix}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <Text id={`${id}-error`} size="sm" c="var(--mantine-color-error)" mt={4}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
