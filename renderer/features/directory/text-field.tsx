import './directory.css';
import { useId, type Ref } from 'react';
import { FormRow } from '../../components/form';

/**
 * One text field of a directory form: its label, the field, and — when Save found something
 * wrong with it — the sentence that says what, tied to the field for screen readers.
 */
export const TextField = ({
  label,
  value,
  onChange,
  error,
  type = 'text',
  multiline = false,
  placeholder,
  inputRef,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  type?: 'text' | 'email';
  multiline?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}) => {
  const id = useId();
  const errorId = `${id}-error`;
  const shared = {
    id,
    className: 'wide-field',
    value,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  return (
    <FormRow label={label} htmlFor={id}>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          ref={inputRef}
          type={type}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p className="form-error field-error" id={errorId}>
          {error}
        </p>
      )}
    </FormRow>
  );
};
