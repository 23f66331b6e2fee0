import React, { useEffect } from 'react';
import type { ActionHeaderProps } from 'adminjs';

type Props = ActionHeaderProps & { OriginalComponent: React.ComponentType<ActionHeaderProps> };

const panelName = typeof document === 'undefined' ? '' : document.title;

/**
 * AdminJS's page header (overridden): on a record's page the record is named beside the action ("Xem
 * [Phường 01 — Quận 3]") and in the browser's tab, instead of an action name alone.
 */
const ActionHeader = (props: Props) => {
  const { OriginalComponent, record, tag } = props;
  const title = record?.title && record.title !== record.id ? record.title : undefined;
  useEffect(() => {
    document.title = title ? `${title} · ${panelName}` : panelName;
  }, [title]);
  return <OriginalComponent {...props} tag={tag ?? title} />;
};

export default ActionHeader;
