import type { ActionResponse, RecordJSON } from 'adminjs';

/** The records an action answered with: a list's page, or the one record of a show or an edit. */
export function recordsOf(response: ActionResponse): RecordJSON[] {
  const { records, record } = response as { records?: RecordJSON[]; record?: RecordJSON };
  return [...(records ?? []), ...(record ? [record] : [])];
}
