import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { describeError, splitForForm } from './errors';

/**
 * Puts an operation's errors on a Mantine form: field messages next to the fields the API named,
 * everything else in one general message.
 */
export function useFormErrors<T extends Record<string, unknown>>(
  form: UseFormReturnType<T>,
  fields: readonly string[],
) {
  const [message, setMessage] = useState<string | null>(null);
  return {
    message,
    clear: () => setMessage(null),
    show(error: CombinedError | undefined) {
      const display = splitForForm(describeError(error), fields);
      form.setErrors(display.fields);
      setMessage(display.message);
    },
  };
}
