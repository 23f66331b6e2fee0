import React, { useCallback, useEffect, useState } from 'react';
import { ApiClient, useNotice } from 'adminjs';
import {
  Badge,
  Box,
  CheckBox,
  H2,
  Label,
  Loader,
  MessageBox,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Text,
} from '@adminjs/design-system';

const api = new ApiClient();

/** A page's answer: the data read, or a refusal in the service's own words with what blocks. */
export interface Answer {
  ok: boolean;
  message?: string;
  code?: string;
  details?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface PageState<T extends Answer> {
  data: T | null;
  reload: () => void;
}

/** Reads a page's data (GET, with query parameters); the caller names its shape: `usePage(…) as PageState<Data>`. */
export function usePage(pageName: string, params: Record<string, string | undefined> = {}): PageState<Answer> {
  const [data, setData] = useState<Answer | null>(null);
  const query = JSON.stringify(params);
  const reload = useCallback(() => {
    void api.getPage({ pageName, params: JSON.parse(query) }).then((response) => {
      setData(response.data as Answer);
    });
  }, [pageName, query]);
  useEffect(reload, [reload]);
  return { data, reload };
}

/** Reads once more with other parameters (a drill-down, the head inputs of one form). */
export async function readPage<T extends Answer>(pageName: string, params: Record<string, string>): Promise<T> {
  const response = await api.getPage({ pageName, params });
  return response.data as T;
}

/**
 * Sends an action to a page; the notice says what happened, in Vietnamese. The refusal (if any) is returned so
 * that the page can list what blocks.
 */
export function useAct(pageName: string, after: () => void) {
  const notice = useNotice();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Answer | null>(null);
  const act = async (body: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      const response = await api.getPage({ pageName, method: 'post', data: body });
      const answer = response.data as Answer;
      notice({ message: answer.message ?? '', type: answer.ok ? 'success' : 'error' });
      setRefusal(answer.ok ? null : answer);
      if (answer.ok) after();
      return answer.ok;
    } catch {
      notice({ message: 'Không gửi được yêu cầu, vui lòng thử lại.', type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    act,
    busy,
    refusal,
    clearRefusal: () => {
      setRefusal(null);
    },
  };
}

const dayFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** dd/mm/yyyy as typed → yyyy-mm-dd, or undefined when it is not a day. */
export function typedDay(typed: string): string | undefined {
  const [, day, month, year] = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim()) ?? [];
  return day && month && year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** dd/mm/yyyy for a day ("2026-12-15") or an instant. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-').reverse().join('/') : dayFormat.format(new Date(value));
}

export const formatTime = (value: string | null | undefined) => (value ? timeFormat.format(new Date(value)) : '—');

/** A number with the decimal comma. */
export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : numberFormat.format(value);

/** A number as it is typed back into a form: "8,5". */
export const typed = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');

const STATUS_VARIANTS: Record<string, string> = {
  DRAFT: 'light',
  SELF_ASSESSED: 'info',
  REVIEWED: 'primary',
  APPROVED: 'success',
  NOTIFIED: 'success',
  APPEALED: 'danger',
  UPHELD: 'secondary',
  REVISED: 'secondary',
  OPEN: 'info',
  CLOSED: 'secondary',
};

export const StatusBadge = ({ status, label }: { status: string; label: string }) => (
  <Badge variant={STATUS_VARIANTS[status] ?? 'default'} size="sm" data-status={status}>
    {label}
  </Badge>
);

/** What a page of work hands its content: the step to send, and whether one is on its way. */
export interface Work {
  act: ReturnType<typeof useAct>['act'];
  busy: boolean;
}

/**
 * A page of work (`pageName`'s data, read by the caller, and its steps): its title, the refusal of the last step
 * sent, and the content once the data is read — or the service's words when it may not be.
 */
export function WorkPage<T extends Answer>({
  pageName,
  page: { data, reload },
  title,
  children,
}: {
  pageName: string;
  page: PageState<T>;
  title: string;
  children: (data: T, work: Work) => React.ReactNode;
}) {
  const { act, busy, refusal, clearRefusal } = useAct(pageName, reload);
  if (!data) return <Loader />;
  return (
    <Box p="xl">
      <H2>{title}</H2>
      <Refusal refusal={refusal} onClose={clearRefusal} />
      {data.ok ? children(data, { act, busy }) : <Text>{data.message}</Text>}
    </Box>
  );
}

/** A table with a row of headers above the rows it is given. */
export const HeadedTable = ({
  headers,
  children,
  ...props
}: {
  headers: string[];
  children: React.ReactNode;
  mb?: string;
  'data-testid'?: string;
}) => (
  <Table {...props}>
    <TableHead>
      <TableRow>
        {headers.map((header, index) => (
          <TableCell key={index}>{header}</TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>{children}</TableBody>
  </Table>
);

/** A page the caller may not use, or could not read: the service's words. */
export const Unavailable = ({ message }: { message: string | undefined }) => (
  <Box p="xl">
    <Text>{message}</Text>
  </Box>
);

/** A check box and its label, which toggles it too. */
export const CheckField = ({
  id,
  checked,
  onToggle,
  children,
}: {
  id: string;
  checked: boolean;
  onToggle: () => void;
  children: React.ReactNode;
}) => (
  <>
    <CheckBox id={id} checked={checked} onChange={onToggle} />
    <Label inline htmlFor={id} mx="default">
      {children}
    </Label>
  </>
);

/** A refusal with what blocks it: the quota's EXCELLENT list, the groups still waiting. */
export const Refusal = ({ refusal, onClose }: { refusal: Answer | null; onClose: () => void }) => {
  if (!refusal) return null;
  const details = refusal.details ?? {};
  const excellent = (details.excellent as Array<{ id: string; fullName: string }> | undefined) ?? [];
  const waiting = (details.waiting as Array<{ unitName: string; pending: number }> | undefined) ?? [];
  return (
    <MessageBox variant="danger" message="Không thực hiện được" onCloseClick={onClose} mb="lg" data-testid="refusal">
      <Text>{refusal.message}</Text>
      {excellent.length > 0 && (
        <Box mt="default">
          {excellent.map((person) => (
            <Text key={person.id}>
              <a href={`/admin/resources/Evaluation/records/${person.id}/show`}>{person.fullName}</a>
            </Text>
          ))}
        </Box>
      )}
      {waiting.length > 0 && (
        <Box mt="default">
          {waiting.slice(0, 20).map((group) => (
            <Text key={group.unitName}>
              {group.unitName}: {group.pending} phiếu chờ
            </Text>
          ))}
        </Box>
      )}
    </MessageBox>
  );
};

/**
 * Sends a file as the request's body (application/octet-stream), reporting how much has gone (0–1) while it
 * uploads; answers the server's JSON, a refusal included.
 */
export function uploadFile(url: string, file: Blob, onProgress: (sent: number) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      onProgress(event.lengthComputable ? event.loaded / event.total : 0);
    };
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as Answer);
      } catch {
        resolve({
          ok: false,
          message: request.status === 413 ? 'Tệp quá lớn.' : `Máy chủ trả lời ${String(request.status)}.`,
        });
      }
    };
    request.onerror = () => {
      resolve({ ok: false, message: 'Không gửi được tệp, vui lòng thử lại.' });
    };
    request.send(file);
  });
}

/** A bar that fills as work goes; `value` null: under way, length unknown. */
export const ProgressBar = ({ value, label }: { value: number | null; label: string }) => (
  <Box mb="lg" data-testid="progress-bar">
    <Text fontSize="sm" mb="sm">
      {label}
    </Text>
    <div style={{ height: 10, background: '#EEEEEF', borderRadius: 5, overflow: 'hidden' }}>
      <div
        style={{
          height: '100%',
          width: value === null ? '100%' : `${String(Math.round(value * 100))}%`,
          background: '#3040D6',
          opacity: value === null ? 0.5 : 1,
          transition: 'width 0.2s',
        }}
      />
    </div>
  </Box>
);

/** A number of bytes as people read it: "1,2 MB". */
export const formatBytes = (bytes: number) =>
  bytes < 1024
    ? `${String(bytes)} B`
    : bytes < 1_048_576
      ? `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`
      : `${formatNumber(Math.round(bytes / 104_857.6) / 10)} MB`;
