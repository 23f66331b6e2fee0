import React, { useEffect, useState } from 'react';
import { FormGroup, FormMessage, Input } from '@adminjs/design-system';
import { PropertyLabel, useTranslation, type BasePropertyProps } from 'adminjs';

type Props = BasePropertyProps & { OriginalComponent: React.ComponentType<BasePropertyProps> };

/** The stored number as typed in Vietnamese: 8.5 → "8,5". */
const typed = (value: unknown) => (value === undefined || value === null ? '' : String(value).replace('.', ','));

/**
 * A number field (AdminJS's DefaultEditProperty, overridden for numbers only) that shows the decimal comma and
 * takes "8,5" as well as "8.5": a plain text field (a browser's number field refuses the comma); the server
 * reads the comma (admin/vietnamese-input.ts).
 */
const NumberInput = ({ property, record, onChange }: BasePropertyProps) => {
  const { tm } = useTranslation();
  const stored = typed(record?.params?.[property.path]);
  const [value, setValue] = useState(stored);
  useEffect(() => {
    setValue(stored);
  }, [stored]);
  const error = record?.errors?.[property.path];
  return (
    <FormGroup error={Boolean(error)}>
      <PropertyLabel property={property} />
      <Input
        id={property.path}
        name={property.path}
        inputMode="decimal"
        required={property.isRequired}
        disabled={property.isDisabled}
        value={value}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          setValue(event.target.value);
        }}
        onBlur={() => onChange?.(property.path, value)}
        onKeyDown={(event: React.KeyboardEvent) => event.key === 'Enter' && onChange?.(property.path, value)}
      />
      <FormMessage>{error && tm(error.message, property.resourceId)}</FormMessage>
    </FormGroup>
  );
};

const NumberEdit = (props: Props) => {
  const { property, OriginalComponent } = props;
  if (!['number', 'float'].includes(property.type) || property.availableValues) return <OriginalComponent {...props} />;
  return <NumberInput {...props} />;
};

export default NumberEdit;
