import React from 'react';
import { Text } from '@adminjs/design-system';
import type { BasePropertyProps } from 'adminjs';

type Props = BasePropertyProps & { OriginalComponent: React.ComponentType<BasePropertyProps> };

/**
 * A reference in a list or on a record's page (AdminJS's DefaultReferenceValue, overridden): the referenced
 * record's name, as AdminJS shows it; a record the person may not open is said so, instead of its bare id.
 */
const ReferenceValue = (props: Props) => {
  const { property, record, OriginalComponent } = props;
  const id: unknown = record?.params?.[property.path];
  if (id && !record?.populated?.[property.path])
    return (
      <Text as="span" color="grey60">
        (không có quyền xem)
      </Text>
    );
  return <OriginalComponent {...props} />;
};

export default ReferenceValue;
