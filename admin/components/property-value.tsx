import React from 'react';
import { Badge } from '@adminjs/design-system';
import { useTranslation, type BasePropertyProps } from 'adminjs';
import { formatNumber } from './vi-format.js';

type Props = BasePropertyProps & { OriginalComponent?: React.ComponentType<BasePropertyProps> };
type Tone = 'success' | 'danger' | 'info' | 'secondary' | 'default';

/**
 * The value of a property in a list or on a record's page (AdminJS's DefaultPropertyValue and
 * BooleanPropertyValue, overridden): an enum value or a yes/no as a badge coloured by its tone (given by the
 * server in `custom.tones`: overdue red, approved green, …) with its Vietnamese label; a number with the
 * Vietnamese decimal comma. Anything else is shown as AdminJS shows it.
 */
const PropertyValue = (props: Props) => {
  const { property, record, resource, OriginalComponent } = props;
  const { tl } = useTranslation();
  const raw = record?.params?.[property.path];
  const tones = (property.custom as { tones?: Record<string, Tone> } | undefined)?.tones;
  const isChoice =
    Boolean(property.availableValues?.some((option) => String(option.value) === String(raw))) ||
    property.type === 'boolean';

  if (raw === undefined || raw === null || raw === '') return null;
  if (isChoice && (tones || property.type !== 'boolean')) {
    const tone = tones?.[String(raw)] ?? 'default';
    const option = property.availableValues?.find((choice) => String(choice.value) === String(raw));
    // an array's item (roles.0) is labelled as its property (roles)
    const label = tl(`${property.propertyPath}.${String(raw)}`, resource.id, {
      defaultValue: option?.label ?? String(raw),
    });
    return (
      <Badge variant={tone === 'default' ? undefined : tone} outline={tone === 'default'} size="sm">
        {label}
      </Badge>
    );
  }
  if (typeof raw === 'number') return <>{formatNumber(raw)}</>;
  return OriginalComponent ? <OriginalComponent {...props} /> : <>{String(raw)}</>;
};

export default PropertyValue;
