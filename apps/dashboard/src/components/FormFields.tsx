import { Checkbox, NativeSelect, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { RatingField, type RatingFieldProps } from './RatingField';

/**
 * Form fields for the client's entries, each bound to react-hook-form. Large touch targets, labels always
 * visible, errors announced through the field's description.
 */
interface Base<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description?: string;
  required?: boolean;
}

const errorOf = (e: { message?: string } | undefined) => e?.message;

export function TextField<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  required,
  long,
  type,
}: Base<T, O> & { long?: boolean; type?: 'date' }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) =>
        long ? (
          <Textarea
            ref={field.ref}
            name={field.name}
            value={field.value ?? ''}
            onChange={(e) => field.onChange(e.currentTarget.value)}
            onBlur={field.onBlur}
            label={label}
            description={description}
            required={required}
            autosize
            minRows={3}
            maxRows={14}
            size="md"
            error={errorOf(fieldState.error)}
          />
        ) : (
          <TextInput
            ref={field.ref}
            name={field.name}
            type={type}
            value={field.value ?? ''}
            onChange={(e) => field.onChange(e.currentTarget.value)}
            onBlur={field.onBlur}
            label={label}
            description={description}
            required={required}
            size="md"
            maw={type === 'date' ? 260 : undefined}
            error={errorOf(fieldState.error)}
          />
        )
      }
    />
  );
}

export function ChoiceField<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  required,
  options,
}: Base<T, O> & { options: { value: string; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Radio.Group
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          label={label}
          description={description}
          withAsterisk={required}
          error={errorOf(fieldState.error)}
        >
          <Stack gap={4} mt={6}>
            {options.map((o, i) => (
              <Radio
                key={o.value}
                ref={i === 0 ? field.ref : undefined}
                value={o.value}
                label={o.label}
                size="md"
                py={8}
                onBlur={field.onBlur}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}

export function SelectField<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  required,
  options,
  placeholder = 'Choose…',
}: Base<T, O> & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NativeSelect
          ref={field.ref}
          name={field.name}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.currentTarget.value)}
          onBlur={field.onBlur}
          label={label}
          description={description}
          required={required}
          size="md"
          data={[{ value: '', label: placeholder }, ...options]}
          error={errorOf(fieldState.error)}
        />
      )}
    />
  );
}

export function ChecksField<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  options,
}: Base<T, O> & { options: { value: string; label: string; description?: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Checkbox.Group
          value={field.value ?? []}
          onChange={field.onChange}
          label={label}
          description={description}
          error={errorOf(fieldState.error)}
        >
          <Stack gap={4} mt={6}>
            {options.map((o, i) => (
              <Checkbox
                key={o.value}
                ref={i === 0 ? field.ref : undefined}
                value={o.value}
                label={o.label}
                description={o.description}
                size="md"
                py={6}
                onBlur={field.onBlur}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    />
  );
}

export function RatingControl<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  scale,
  anchors,
}: Base<T, O> & Pick<RatingFieldProps, 'scale' | 'anchors'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RatingField
          name={field.name}
          value={field.value ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          label={label}
          description={description}
          scale={scale}
          anchors={anchors}
          error={errorOf(fieldState.error)}
        />
      )}
    />
  );
}
