import React from 'react';
import { DatePicker, FormGroup, FormMessage, Label, ValueGroup } from '@adminjs/design-system';
import { PropertyLabel, useTranslation, type BasePropertyProps } from 'adminjs';
import { asText, datePickerProps, formatDateValue, localDay } from './vi-format.js';

/**
 * AdminJS's date and date-time property (list, show, edit and filter), overridden for Vietnamese readers:
 * dd/mm/yyyy, a Vietnamese calendar starting on Monday, and the day picked kept as that local day.
 */
const isDay = (type: string) => type === 'date';

/** What the picker shows for a stored value: a day at local midnight, an instant as it is. */
const pickerValue = (value: unknown, type: string): string => {
  if (!value) return '';
  return isDay(type) ? `${asText(value).slice(0, 10)}T00:00:00` : asText(value);
};

/** What the form posts for a picked value: a day as "yyyy-mm-dd", an instant as ISO; nothing as "". */
const stored = (iso: string | null, type: string): string => {
  if (!iso) return '';
  return isDay(type) ? localDay(new Date(iso)) : iso;
};

const Edit = ({ property, record, onChange }: BasePropertyProps) => {
  const { tm } = useTranslation();
  const error = record?.errors?.[property.path];
  return (
    <FormGroup error={Boolean(error)}>
      <PropertyLabel property={property} />
      <DatePicker
        value={pickerValue(record?.params?.[property.path], property.type)}
        disabled={property.isDisabled}
        propertyType={property.type}
        onChange={(iso: string | null) => onChange?.(property.path, stored(iso, property.type))}
        {...datePickerProps(!isDay(property.type))}
      />
      <FormMessage>{error && tm(error.message, property.resourceId)}</FormMessage>
    </FormGroup>
  );
};

/** A range of days: from the start of the first to the end of the last (a day column compares days). */
const Filter = ({ property, filter, onChange }: BasePropertyProps) => {
  const { translateProperty } = useTranslation();
  const key = (end: 'from' | 'to') => `${property.path}~~${end}`;
  const bound = (end: 'from' | 'to') => (iso: string | null) => {
    if (!iso || isDay(property.type)) return onChange?.(key(end), stored(iso, 'date'));
    const day = new Date(iso);
    if (end === 'to') day.setHours(23, 59, 59, 999);
    else day.setHours(0, 0, 0, 0);
    return onChange?.(key(end), day.toISOString());
  };
  const shown = (end: 'from' | 'to') => {
    const value = (filter as Record<string, unknown> | undefined)?.[key(end)];
    if (!value) return '';
    return isDay(property.type) ? pickerValue(value, 'date') : asText(value);
  };
  return (
    <FormGroup variant="filter">
      <PropertyLabel property={property} filter />
      {(['from', 'to'] as const).map((end) => (
        <React.Fragment key={end}>
          <Label mt={end === 'to' ? 'default' : undefined}>{`- ${translateProperty(end)}: `}</Label>
          <DatePicker value={shown(end)} propertyType="date" onChange={bound(end)} {...datePickerProps(false)} />
        </React.Fragment>
      ))}
    </FormGroup>
  );
};

const DateProperty = (props: BasePropertyProps) => {
  const { property, record, where } = props;
  const { translateProperty } = useTranslation();
  if (where === 'edit') return <Edit {...props} />;
  if (where === 'filter') return <Filter {...props} />;
  const text = formatDateValue(record?.params?.[property.path], property.type);
  if (where === 'show')
    return <ValueGroup label={translateProperty(property.label, property.resourceId)}>{text}</ValueGroup>;
  return <span>{text}</span>;
};

export default DateProperty;
