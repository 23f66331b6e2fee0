import React, { useState } from 'react';
import {
  Box,
  Button,
  H2,
  H4,
  Link,
  Loader,
  MessageBox,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
} from '@adminjs/design-system';
import {
  HeadedTable,
  ProgressBar,
  Unavailable,
  formatBytes,
  uploadFile,
  usePage,
  type Answer,
  type PageState,
} from './ui';

interface Data extends Answer {
  templateUrl: string;
  uploadUrl: string;
  maxBytes: number;
  sheets: Array<{ kind: string; title: string; columns: string[] }>;
}

interface Report {
  applied: boolean;
  rows: number;
  counts: Record<string, { created: number; updated: number; unchanged: number }>;
  errors: Array<{ sheet: string; row: number; column: string | null; message: string }>;
  changes: Array<{ sheet: string; row: number; outcome: string; fields: string[] }>;
  ignoredSheets: string[];
}

/** "Nhập cán bộ từ tệp": the template, a file, its preview (new, changed, unchanged, errors by row and column), then the apply. */
const PeopleImport = () => {
  const { data } = usePage('peopleImport') as PageState<Data>;
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ value: number | null; label: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!data) return <Loader />;
  if (!data.ok) return <Unavailable message={data.message} />;

  const send = async (apply: boolean) => {
    if (!file) return;
    setRefusal(null);
    setProgress({ value: 0, label: 'Đang gửi tệp…' });
    const answer = await uploadFile(`${data.uploadUrl}?apply=${String(apply ? 1 : 0)}`, file, (sent) => {
      setProgress(
        sent < 1
          ? { value: sent, label: `Đang gửi tệp… ${String(Math.round(sent * 100))}%` }
          : { value: null, label: 'Đang kiểm tra và đối chiếu từng dòng…' },
      );
    });
    setProgress(null);
    if (!answer.ok) {
      setReport(null);
      setRefusal(answer.message ?? 'Không nhập được tệp.');
      return;
    }
    setReport(answer.report as Report);
  };

  return (
    <Box p="xl">
      <H2>Nhập cán bộ, bổ nhiệm, vắng mặt và lương từ tệp</H2>
      <Text mb="default">
        Tệp Excel (.xlsx) theo mẫu, hoặc tệp CSV (UTF-8) của một trang tính, tối đa {formatBytes(data.maxBytes)}. Mỗi
        người được nhận ra bằng số hiệu cán bộ: nhập lại cùng tệp không thay đổi gì. Mã đơn vị được hiểu theo ngày bắt
        đầu của bổ nhiệm.
      </Text>
      <Box mb="lg">
        <Link href={data.templateUrl} variant="primary" data-testid="template-link">
          Tải mẫu nhập liệu (.xlsx)
        </Link>
      </Box>
      <Box flex alignItems="center" mb="lg">
        <input
          type="file"
          name="file"
          accept=".xlsx,.csv"
          data-testid="import-file"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
            setRefusal(null);
          }}
        />
        <Button variant="outlined" ml="default" disabled={!file || progress !== null} onClick={() => send(false)}>
          Xem trước
        </Button>
        <Button
          variant="contained"
          ml="default"
          disabled={!file || progress !== null || !report || report.applied || report.errors.length > 0}
          onClick={() => send(true)}
        >
          Nhập vào hệ thống
        </Button>
      </Box>
      {progress && <ProgressBar value={progress.value} label={progress.label} />}
      {refusal && <MessageBox variant="danger" message={refusal} mb="lg" data-testid="import-refusal" />}
      {report && (
        <Box data-testid="import-report">
          <MessageBox
            variant={report.applied ? 'success' : report.errors.length > 0 ? 'danger' : 'info'}
            mb="lg"
            message={
              report.applied
                ? `Đã nhập ${String(report.rows)} dòng vào hệ thống.`
                : report.errors.length > 0
                  ? `Có ${String(report.errors.length)} lỗi: chưa ghi gì. Sửa tệp rồi xem trước lại.`
                  : `Xem trước ${String(report.rows)} dòng: chưa ghi gì. Bấm "Nhập vào hệ thống" để ghi.`
            }
          />
          <HeadedTable headers={['Trang tính', 'Mới', 'Thay đổi', 'Không đổi']} mb="lg">
            {data.sheets.map((sheet) => (
              <TableRow key={sheet.kind} data-testid={`count-${sheet.kind}`}>
                <TableCell>{sheet.title}</TableCell>
                <TableCell>{report.counts[sheet.kind]?.created ?? 0}</TableCell>
                <TableCell>{report.counts[sheet.kind]?.updated ?? 0}</TableCell>
                <TableCell>{report.counts[sheet.kind]?.unchanged ?? 0}</TableCell>
              </TableRow>
            ))}
          </HeadedTable>
          {report.errors.length > 0 && (
            <>
              <H4>Lỗi theo dòng và cột</H4>
              <HeadedTable headers={['Trang tính', 'Dòng', 'Cột', 'Lỗi']} mb="lg" data-testid="import-errors">
                {report.errors.slice(0, 500).map((error, index) => (
                  <TableRow key={index}>
                    <TableCell>{error.sheet}</TableCell>
                    <TableCell>{error.row}</TableCell>
                    <TableCell>{error.column ?? '—'}</TableCell>
                    <TableCell>{error.message}</TableCell>
                  </TableRow>
                ))}
              </HeadedTable>
            </>
          )}
          {report.changes.length > 0 && (
            <>
              <H4>Dòng mới và thay đổi</H4>
              <Table data-testid="import-changes">
                <TableBody>
                  {report.changes.slice(0, 100).map((change, index) => (
                    <TableRow key={index}>
                      <TableCell>{change.sheet}</TableCell>
                      <TableCell>dòng {change.row}</TableCell>
                      <TableCell>
                        {change.outcome === 'NEW' ? 'Mới' : `Thay đổi: ${change.fields.join(', ')}`}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
          {report.ignoredSheets.length > 0 && (
            <Text mt="default">Bỏ qua trang tính: {report.ignoredSheets.join(', ')}</Text>
          )}
        </Box>
      )}
    </Box>
  );
};

export default PeopleImport;
