import React, { useCallback, useEffect, useState } from 'react';
import { ApiClient, type ActionProps } from 'adminjs';
import { Box, Button, H4, Loader, MessageBox, TableCell, TableRow, Text } from '@adminjs/design-system';
import { HeadedTable, ProgressBar, formatBytes, formatTime, uploadFile } from './ui';

const api = new ApiClient();

interface FileRow {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  purposeLabel: string;
  uploadedBy: string | null;
  createdAt: string;
  href: string;
}

interface Data {
  owner: string;
  files: FileRow[];
  purposes: Array<{ value: string; label: string }>;
  canAttach: boolean;
  maxBytes: number;
  accepted: string;
}

/** "Tệp đính kèm": a record's files (each a download) and, for those who may attach, the upload. */
const Attachments = ({ record, resource }: ActionProps) => {
  const [data, setData] = useState<Data | null>(null);
  const [purpose, setPurpose] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const recordId = record?.id ?? '';
  const reload = useCallback(() => {
    void api.recordAction({ resourceId: resource.id, recordId, actionName: 'attachments' }).then((response) => {
      const answer = response.data as unknown as Data;
      setData(answer);
      setPurpose((current) => current || answer.purposes?.[0]?.value || '');
    });
  }, [resource.id, recordId]);
  useEffect(reload, [reload]);
  if (!data) return <Loader />;

  const send = async () => {
    if (!file) return;
    setProgress(0);
    const query = new URLSearchParams({ owner: data.owner, ownerId: recordId, purpose, name: file.name });
    const answer = await uploadFile(`/admin/uploads/attachments?${query}`, file, setProgress);
    setProgress(null);
    setMessage({
      ok: answer.ok,
      text: answer.ok ? `Đã đính kèm ${file.name}` : (answer.message ?? 'Không đính kèm được tệp.'),
    });
    if (answer.ok) {
      setFile(null);
      reload();
    }
  };

  return (
    <Box p="xl" variant="white">
      <H4>Tệp đính kèm</H4>
      {data.files.length === 0 ? (
        <Text mb="lg">Chưa có tệp nào.</Text>
      ) : (
        <HeadedTable
          headers={['Tệp', 'Loại', 'Dung lượng', 'Người tải lên', 'Thời điểm']}
          mb="lg"
          data-testid="attachments"
        >
          {data.files.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <a href={row.href} download={row.fileName}>
                  {row.fileName}
                </a>
              </TableCell>
              <TableCell>{row.purposeLabel}</TableCell>
              <TableCell>{formatBytes(row.byteSize)}</TableCell>
              <TableCell>{row.uploadedBy ?? '—'}</TableCell>
              <TableCell>{formatTime(row.createdAt)}</TableCell>
            </TableRow>
          ))}
        </HeadedTable>
      )}
      {message && (
        <MessageBox
          variant={message.ok ? 'success' : 'danger'}
          message={message.text}
          mb="lg"
          onCloseClick={() => {
            setMessage(null);
          }}
          data-testid="attachment-message"
        />
      )}
      {data.canAttach && (
        <Box>
          <Text mb="default" fontSize="sm">
            Nhận {data.accepted}; tối đa {formatBytes(data.maxBytes)}. Loại tệp được kiểm tra theo nội dung.
          </Text>
          <Box flex alignItems="center">
            <select
              value={purpose}
              onChange={(event) => {
                setPurpose(event.target.value);
              }}
              style={{ padding: 8, marginRight: 8 }}
              aria-label="Loại tệp"
            >
              {data.purposes.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
            <input
              type="file"
              name="file"
              data-testid="attachment-file"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
              }}
            />
            <Button variant="contained" ml="default" disabled={!file || progress !== null} onClick={send}>
              Tải lên
            </Button>
          </Box>
          {progress !== null && (
            <ProgressBar
              value={progress < 1 ? progress : null}
              label={progress < 1 ? `Đang gửi tệp… ${String(Math.round(progress * 100))}%` : 'Đang kiểm tra tệp…'}
            />
          )}
        </Box>
      )}
    </Box>
  );
};

export default Attachments;
