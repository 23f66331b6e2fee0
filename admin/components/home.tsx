import React, { useEffect, useState } from 'react';
import { ApiClient } from 'adminjs';
import { Box, H2, H5, Text } from '@adminjs/design-system';

interface BoardData {
  pending: number;
  overdue: number;
  waitingForMe: number;
  approvalsByMonth: Array<{ month: string; count: number }>;
  byStatus: Array<{ status: string; label: string; count: number }>;
}

interface DashboardData {
  tasks: Array<{ label: string; count: number; href: string }>;
  board: BoardData | null;
}

const api = new ApiClient();

const Tile = ({ label, value, href }: { label: string; value: number; href?: string }) => (
  <Box variant="card" flex flexDirection="column" mr="lg" mb="lg" p="xl" style={{ minWidth: 200 }}>
    <Text fontSize="sm" color="grey60">{label}</Text>
    <H2 mb={0}>{href ? <a href={href} style={{ color: value > 0 ? '#C20012' : 'inherit', textDecoration: 'none' }}>{value}</a> : value}</H2>
  </Box>
);

const Bars = ({ rows }: { rows: Array<{ label: string; count: number }> }) => {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <Box>
      {rows.map((row) => (
        <Box key={row.label} flex alignItems="center" mb="sm">
          <Text style={{ width: 180 }} fontSize="sm">{row.label}</Text>
          <Box style={{ background: '#3040D6', height: 14, width: `${(row.count / max) * 60}%`, minWidth: 2, borderRadius: 3 }} />
          <Text ml="default" fontSize="sm">{row.count}</Text>
        </Box>
      ))}
    </Box>
  );
};

/**
 * The home page: first what the person looking acts on (their ratings, their own evaluation, Home Affairs'
 * open work, the city leader's decisions), then the appraisal board's figures for those who see them.
 */
const BoardDashboard = () => {
  const [data, setData] = useState<DashboardData | null>(null);
  useEffect(() => {
    api.getDashboard().then((response) => setData(response.data as DashboardData));
  }, []);
  if (!data) return <Box p="xl"><Text>Đang tải…</Text></Box>;
  const { tasks, board } = data;
  return (
    <Box p="xl">
      {tasks.length > 0 && (
        <>
          <H2>Việc của tôi</H2>
          <Box flex flexWrap="wrap">
            {tasks.map((task) => <Tile key={task.label} label={task.label} value={task.count} href={task.href} />)}
          </Box>
        </>
      )}
      {board && (
        <>
          <H2>Tổ thẩm định sáng kiến</H2>
          <Box flex flexWrap="wrap">
            <Tile label="Đang chờ thẩm định" value={board.pending} />
            <Tile label="Quá hạn thẩm định (7 ngày làm việc)" value={board.overdue} />
            <Tile label="Chờ tôi thẩm định" value={board.waitingForMe} />
          </Box>
          <Box flex flexWrap="wrap">
            <Box variant="card" p="xl" mr="lg" mb="lg" style={{ flex: 1, minWidth: 360 }}>
              <H5>Sáng kiến theo trạng thái</H5>
              <Bars rows={board.byStatus.map((row) => ({ label: row.label, count: row.count }))} />
            </Box>
            <Box variant="card" p="xl" mb="lg" style={{ flex: 1, minWidth: 360 }}>
              <H5>Phê duyệt theo tháng</H5>
              {board.approvalsByMonth.length === 0 ? <Text>Chưa có sáng kiến được phê duyệt.</Text> : <Bars rows={board.approvalsByMonth.map((row) => ({ label: row.month, count: row.count }))} />}
            </Box>
          </Box>
        </>
      )}
      {tasks.length === 0 && !board && <Text>Chưa có việc nào chờ bạn.</Text>}
    </Box>
  );
};

export default BoardDashboard;
