import React, { useEffect, useState } from 'react';
import { ApiClient } from 'adminjs';
import { Box, H2, H5, Loader, TableCell, TableRow, Text } from '@adminjs/design-system';
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { HeadedTable, formatNumber } from './ui';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);
// figures appear at once: no growing bars (nor half-drawn charts in screenshots)
ChartJS.defaults.animation = false;

interface HomeData {
  tasks: Array<{ label: string; count: number; href: string }>;
  periods: Array<{ id: string; name: string; total: number; approved: number; blocking: number; href: string }> | null;
  overdue: Array<{ unitName: string; count: number }> | null;
  levels: {
    periodName: string;
    labels: Array<{ level: string; label: string }>;
    rows: Array<{ unitId: string; unitName: string; counts: Record<string, number> | null }>;
  } | null;
  onTime: Array<{ month: string; due: number; onTime: number }> | null;
  board: {
    pending: number;
    overdue: number;
    waitingForMe: number;
    approvalsByMonth: Array<{ month: string; count: number }>;
    byStatus: Array<{ status: string; label: string; count: number }>;
  } | null;
}

const api = new ApiClient();
const LEVEL_COLOURS: Record<string, string> = {
  EXCELLENT: '#0F7B3F',
  GOOD: '#3040D6',
  COMPLETED: '#E5A100',
  NOT_COMPLETED: '#C20012',
};
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

const Tile = ({ label, value, href, alarm }: { label: string; value: number; href?: string; alarm?: boolean }) => (
  <Box variant="card" flex flexDirection="column" mr="lg" mb="lg" p="xl" style={{ minWidth: 220 }} data-testid="tile">
    <Text fontSize="sm" color="grey60">
      {label}
    </Text>
    <H2 mb={0}>
      {href ? (
        <a href={href} style={{ color: alarm && value > 0 ? '#C20012' : 'inherit', textDecoration: 'none' }}>
          {value}
        </a>
      ) : (
        value
      )}
    </H2>
  </Box>
);

const Card = ({ title, children, wide }: { title: string; children: React.ReactNode; wide?: boolean }) => (
  <Box variant="card" p="xl" mr="lg" mb="lg" style={{ flex: wide ? 2 : 1, minWidth: 420 }}>
    <H5>{title}</H5>
    {children}
  </Box>
);

/** Levels by branch, stacked; a branch withheld under R32 is named and left empty. */
const LevelsChart = ({ levels }: { levels: NonNullable<HomeData['levels']> }) => {
  const rows = levels.rows.slice(0, 25);
  const withheld = rows.filter((row) => row.counts === null).map((row) => row.unitName);
  return (
    <Box data-testid="levels-chart">
      <div style={{ height: Math.max(180, rows.length * 26) }}>
        <Bar
          data={{
            labels: rows.map((row) => row.unitName),
            datasets: levels.labels.map(({ level, label }) => ({
              label,
              data: rows.map((row) => row.counts?.[level] ?? 0),
              backgroundColor: LEVEL_COLOURS[level],
            })),
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            responsive: true,
            scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
            plugins: { legend: { position: 'bottom' } },
          }}
        />
      </div>
      {withheld.length > 0 && (
        <Text fontSize="sm" color="grey60" mt="default">
          Không hiển thị nhóm dưới 3 người: {withheld.join(', ')}
        </Text>
      )}
    </Box>
  );
};

/** R22 by month: the share of handling cycles replied on time. */
const OnTimeChart = ({ months }: { months: NonNullable<HomeData['onTime']> }) => (
  <div style={{ height: 260 }} data-testid="on-time-chart">
    <Line
      data={{
        labels: months.map((row) => monthLabel(row.month)),
        datasets: [
          {
            label: 'Tỷ lệ xử lý đúng hạn (%)',
            data: months.map((row) => (row.due === 0 ? null : Math.round((row.onTime * 1000) / row.due) / 10)),
            borderColor: '#3040D6',
            backgroundColor: '#3040D6',
          },
        ],
      }}
      options={{
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100 } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${formatNumber(item.parsed.y)}% (${String(months[item.dataIndex]?.onTime)}/${String(months[item.dataIndex]?.due)})`,
            },
          },
        },
      }}
    />
  </div>
);

/** The home page: what the person looking acts on first, then the figures their role looks at. */
const Home = () => {
  const [data, setData] = useState<HomeData | null>(null);
  useEffect(() => {
    void api.getDashboard().then((response) => {
      setData(response.data as HomeData);
    });
  }, []);
  if (!data) return <Loader />;
  const { tasks, periods, overdue, levels, onTime, board } = data;
  const nothing = tasks.length === 0 && !periods && !levels && !onTime && !board;
  return (
    <Box p="xl">
      {tasks.length > 0 && (
        <>
          <H2>Việc của tôi</H2>
          <Box flex flexWrap="wrap">
            {tasks.map((task) => (
              <Tile key={task.label} label={task.label} value={task.count} href={task.href} alarm />
            ))}
          </Box>
        </>
      )}
      {periods && (
        <>
          <H2>Các kỳ đánh giá đang mở</H2>
          <Box variant="card" p="xl" mb="lg">
            <HeadedTable headers={['Kỳ', 'Số phiếu', 'Đã phê duyệt', 'Chưa phê duyệt']} data-testid="open-periods">
              {periods.map((period) => (
                <TableRow key={period.id}>
                  <TableCell>
                    <a href={period.href}>{period.name}</a>
                  </TableCell>
                  <TableCell>{period.total}</TableCell>
                  <TableCell>
                    {period.approved} (
                    {formatNumber(period.total ? Math.round((period.approved * 1000) / period.total) / 10 : 0)}%)
                  </TableCell>
                  <TableCell>{period.blocking}</TableCell>
                </TableRow>
              ))}
            </HeadedTable>
          </Box>
        </>
      )}
      <Box flex flexWrap="wrap">
        {levels && (
          <Card title={`Xếp loại theo đơn vị — ${levels.periodName}`} wide>
            {levels.rows.length === 0 ? <Text>Chưa có kết quả xếp loại.</Text> : <LevelsChart levels={levels} />}
          </Card>
        )}
        {onTime && (
          <Card title="Phản ánh 1022: tỷ lệ xử lý đúng hạn theo tháng">
            {onTime.length === 0 ? (
              <Text>Chưa có phản ánh đến hạn trong 12 tháng qua.</Text>
            ) : (
              <OnTimeChart months={onTime} />
            )}
          </Card>
        )}
        {overdue && (
          <Card title="Phản ánh 1022 quá hạn theo đơn vị">
            {overdue.length === 0 ? (
              <Text>Không có phản ánh quá hạn.</Text>
            ) : (
              overdue.map((row) => (
                <Box key={row.unitName} flex justifyContent="space-between" mb="sm">
                  <Text>{row.unitName}</Text>
                  <Text fontWeight="bold" style={{ color: '#C20012' }}>
                    {row.count}
                  </Text>
                </Box>
              ))
            )}
          </Card>
        )}
      </Box>
      {board && (
        <>
          <H2>Tổ thẩm định sáng kiến</H2>
          <Box flex flexWrap="wrap">
            <Tile label="Đang chờ thẩm định" value={board.pending} />
            <Tile label="Quá hạn thẩm định (7 ngày làm việc)" value={board.overdue} />
            <Tile label="Chờ tôi thẩm định" value={board.waitingForMe} />
          </Box>
          <Box flex flexWrap="wrap">
            <Card title="Sáng kiến theo trạng thái">
              <div style={{ height: Math.max(160, board.byStatus.length * 26) }}>
                <Bar
                  data={{
                    labels: board.byStatus.map((row) => row.label),
                    datasets: [
                      {
                        label: 'Số sáng kiến',
                        data: board.byStatus.map((row) => row.count),
                        backgroundColor: '#3040D6',
                      },
                    ],
                  }}
                  options={{
                    indexAxis: 'y',
                    maintainAspectRatio: false,
                    scales: { x: { ticks: { precision: 0 } } },
                    plugins: { legend: { display: false } },
                  }}
                />
              </div>
            </Card>
            <Card title="Phê duyệt theo tháng">
              {board.approvalsByMonth.length === 0 ? (
                <Text>Chưa có sáng kiến được phê duyệt.</Text>
              ) : (
                <div style={{ height: 220 }}>
                  <Bar
                    data={{
                      labels: board.approvalsByMonth.map((row) => row.month),
                      datasets: [
                        {
                          label: 'Được phê duyệt',
                          data: board.approvalsByMonth.map((row) => row.count),
                          backgroundColor: '#0F7B3F',
                        },
                      ],
                    }}
                    options={{
                      maintainAspectRatio: false,
                      scales: { y: { ticks: { precision: 0 } } },
                      plugins: { legend: { display: false } },
                    }}
                  />
                </div>
              )}
            </Card>
          </Box>
        </>
      )}
      {nothing && <Text>Chưa có việc nào chờ bạn.</Text>}
    </Box>
  );
};

export default Home;
