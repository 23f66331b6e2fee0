import React, { useState } from 'react';
import { Box, Button, H2, H4, Link, Loader, TableCell, TableRow, Text } from '@adminjs/design-system';
import type { GroupProgress } from '../../src/evaluation/worklists.queries';
import {
  HeadedTable,
  Refusal,
  StatusBadge,
  Unavailable,
  formatDay,
  readPage,
  useAct,
  usePage,
  type Answer,
  type PageState,
} from './ui';

type Progress = GroupProgress;

interface Data extends Answer {
  periods: Array<{ id: string; name: string; status: string; deadline: string | null }>;
  periodId: string | null;
  progress: Progress[];
  canManage: boolean;
  payoutsUrl: string | null;
}

interface Blocker {
  id: string;
  fullName: string;
  positionLabel: string;
  unitLabel: string;
  status: string;
  statusLabel: string;
  href: string;
}

/** Who keeps the period from closing in one group, each with a link to the evaluation. */
const Blockers = ({ periodId, raterUnitId }: { periodId: string; raterUnitId: string }) => {
  const [blockers, setBlockers] = useState<Blocker[] | null>(null);
  React.useEffect(() => {
    void readPage<Answer & { blockers: Blocker[] }>('periodControl', { periodId, raterUnitId }).then((answer) => {
      setBlockers(answer.blockers ?? []);
    });
  }, [periodId, raterUnitId]);
  if (!blockers) return <Loader />;
  return (
    <Box pl="xl" data-testid="blockers">
      {blockers.map((blocker) => (
        <Text key={blocker.id} fontSize="sm">
          <a href={blocker.href}>{blocker.fullName}</a> — {blocker.positionLabel}, {blocker.unitLabel}:{' '}
          <StatusBadge status={blocker.status} label={blocker.statusLabel} />
        </Text>
      ))}
    </Box>
  );
};

/** "Điều hành kỳ đánh giá": progress by rating group, who blocks closing, bulk notification, closing, payouts. */
const PeriodControl = () => {
  const [periodId, setPeriodId] = useState<string | undefined>(
    () => new URLSearchParams(window.location.search).get('periodId') ?? undefined,
  );
  const { data, reload } = usePage('periodControl', { periodId }) as PageState<Data>;
  const { act, busy, refusal, clearRefusal } = useAct('periodControl', reload);
  const [open, setOpen] = useState<string | null>(null);
  if (!data) return <Loader />;
  if (!data.ok) return <Unavailable message={data.message} />;
  const period = data.periods.find((candidate) => candidate.id === data.periodId);
  const sum = (key: keyof Progress) => data.progress.reduce((total, row) => total + (row[key] as number), 0);
  return (
    <Box p="xl">
      <H2>Điều hành kỳ đánh giá</H2>
      <Box flex alignItems="center" mb="lg">
        <label htmlFor="period" style={{ marginRight: 8 }}>
          Kỳ đánh giá
        </label>
        <select
          id="period"
          value={data.periodId ?? ''}
          onChange={(event) => {
            setPeriodId(event.target.value);
          }}
          style={{ padding: 8, minWidth: 280 }}
        >
          {data.periods.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} — {candidate.status === 'OPEN' ? 'đang mở' : 'đã khoá'}
            </option>
          ))}
        </select>
        {period && <Text ml="lg">Hạn hoàn thành: {formatDay(period.deadline)}</Text>}
      </Box>
      <Refusal refusal={refusal} onClose={clearRefusal} />
      {period && (
        <Box flex mb="lg">
          {data.canManage && period.status === 'OPEN' && (
            <>
              <Button
                variant="outlined"
                mr="default"
                disabled={busy || sum('approved') === 0}
                onClick={() => act({ action: 'notifyAll', periodId: period.id })}
              >
                Thông báo tất cả kết quả đã phê duyệt ({sum('approved')})
              </Button>
              <Button
                variant="contained"
                mr="default"
                disabled={busy}
                onClick={() => act({ action: 'close', periodId: period.id })}
              >
                Khoá kỳ
              </Button>
            </>
          )}
          {data.payoutsUrl && (
            <>
              <Link href={data.payoutsUrl} variant="primary" mr="lg">
                Tải bảng chi thu nhập tăng thêm (CSV)
              </Link>
              <Link href={data.payoutsUrl.replace(/\.csv$/, '.xlsx')} variant="primary">
                Tải bảng chi (Excel)
              </Link>
            </>
          )}
        </Box>
      )}
      <H4>
        Tiến độ theo nhóm đánh giá: {sum('blocking')} phiếu chưa phê duyệt trên {sum('total')}
      </H4>
      <HeadedTable
        headers={[
          'Đơn vị đánh giá',
          'Chưa tự đánh giá',
          'Đã tự đánh giá',
          'Cấp trên đã đánh giá',
          'Đã phê duyệt',
          'Đã thông báo',
          'Chưa phê duyệt',
        ]}
        data-testid="progress"
      >
        {data.progress.map((row) => {
          const key = row.raterUnitId ?? 'none';
          return (
            <React.Fragment key={key}>
              <TableRow data-testid={`progress-${key}`}>
                <TableCell>
                  {row.raterUnitName ?? 'Chưa xác định người đánh giá'}
                  {row.parentUnitName ? ` — ${row.parentUnitName}` : ''}
                </TableCell>
                <TableCell>{row.draft}</TableCell>
                <TableCell>{row.selfAssessed}</TableCell>
                <TableCell>{row.reviewed}</TableCell>
                <TableCell>{row.approved}</TableCell>
                <TableCell>{row.notified}</TableCell>
                <TableCell>
                  {row.blocking > 0 && row.raterUnitId ? (
                    <Button
                      size="sm"
                      variant="text"
                      onClick={() => {
                        setOpen(open === key ? null : key);
                      }}
                    >
                      <span style={{ color: '#C20012', fontWeight: 700 }}>{row.blocking}</span>&nbsp;
                      {open === key ? 'ẩn' : 'xem ai'}
                    </Button>
                  ) : (
                    row.blocking
                  )}
                </TableCell>
              </TableRow>
              {open === key && row.raterUnitId && data.periodId && (
                <TableRow>
                  <TableCell colSpan={7}>
                    <Blockers periodId={data.periodId} raterUnitId={row.raterUnitId} />
                  </TableCell>
                </TableRow>
              )}
            </React.Fragment>
          );
        })}
      </HeadedTable>
    </Box>
  );
};

export default PeriodControl;
