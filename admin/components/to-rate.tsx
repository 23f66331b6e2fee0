import React, { useEffect, useState } from 'react';
import {
  Box,
  Button,
  FormGroup,
  H4,
  Input,
  Label,
  Loader,
  TableCell,
  TableRow,
  Text,
  TextArea,
} from '@adminjs/design-system';
import {
  HeadedTable,
  StatusBadge,
  WorkPage,
  formatNumber,
  readPage,
  usePage,
  type Answer,
  type PageState,
  type Work,
} from './ui';
import { ScoreForm, initialScores, scoreBody, type ScoreValues } from './score-form';

interface Item {
  id: string;
  version: number;
  fullName: string;
  position: string;
  positionLabel: string;
  unitLabel: string;
  ruleSet: string | null;
  status: string;
  statusLabel: string;
  selfScore: number | null;
  selfParts: Record<string, unknown> | null;
  selfCriteria: Record<string, unknown> | null;
  parts: Record<string, unknown> | null;
  criteria: Record<string, unknown> | null;
  narrative: string | null;
  score: number | null;
  levelLabel: string | null;
  comment: string | null;
  warnings: string[];
  href: string;
}

interface Group {
  periodId: string;
  periodName: string;
  raterUnitId: string | null;
  raterUnitName: string | null;
  items: Item[];
  quota: { excellent: number; good: number; limit: number; exceeded: boolean; exception: boolean } | null;
}

interface Data extends Answer {
  groups: Group[];
  levels: Array<{ value: string; label: string }>;
  splits: Record<string, { general: number; task: number }>;
}

interface HeadInputs extends Answer {
  headInputs?: { maxAllowedLevel: string | null; deductions: number; explanation: string[] };
}

/** R14 beside a head's form: what the unit's results, satisfaction and the 1022 record allow. */
const HeadInputsBox = ({ evaluationId }: { evaluationId: string }) => {
  const [answer, setAnswer] = useState<HeadInputs | null>(null);
  useEffect(() => {
    void readPage<HeadInputs>('toRate', { headInputsOf: evaluationId }).then(setAnswer);
  }, [evaluationId]);
  if (!answer) return <Loader />;
  if (!answer.ok || !answer.headInputs) return <Text>{answer.message}</Text>;
  return (
    <Box variant="grey" p="lg" mb="lg" data-testid="head-inputs">
      <Text fontWeight="bold">Kết quả của đơn vị do người này đứng đầu</Text>
      {answer.headInputs.explanation.map((line, index) => (
        <Text key={index} fontSize="sm">
          {line}
        </Text>
      ))}
      {answer.headInputs.explanation.length === 0 && <Text fontSize="sm">Chưa có số liệu của đơn vị trong kỳ.</Text>}
    </Box>
  );
};

/** The rater's form for one evaluation: starts from the self-assessment; the level is chosen only to differ. */
const RatingForm = ({ item, data, act, busy }: { item: Item; data: Data; act: Work['act']; busy: boolean }) => {
  const [scores, setScores] = useState<ScoreValues>(() =>
    initialScores(item.parts ?? item.selfParts, item.criteria ?? item.selfCriteria, item.ruleSet),
  );
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState(item.comment ?? '');
  return (
    <form
      data-testid="rating-form"
      onSubmit={(event) => {
        event.preventDefault();
        void act({
          action: 'rate',
          evaluationId: item.id,
          version: item.version,
          level,
          reason,
          comment,
          ...scoreBody(scores, item.ruleSet),
        });
      }}
    >
      {item.narrative && (
        <Box mb="lg">
          <Text fontWeight="bold">Tự kiểm điểm</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{item.narrative}</Text>
        </Box>
      )}
      {item.position === 'HEAD' && <HeadInputsBox evaluationId={item.id} />}
      <ScoreForm
        idPrefix={`rate-${item.id}`}
        ruleSet={item.ruleSet}
        split={item.ruleSet ? (data.splits[item.ruleSet] ?? null) : null}
        isHead={item.position === 'HEAD'}
        asRater
        values={scores}
        onChange={setScores}
      />
      <FormGroup>
        <Label htmlFor={`${item.id}-level`}>Mức xếp loại</Label>
        <select
          id={`${item.id}-level`}
          name="level"
          value={level}
          onChange={(event) => {
            setLevel(event.target.value);
          }}
          style={{ padding: 8, minWidth: 320 }}
        >
          <option value="">Theo điểm và tiêu chí (mặc định)</option>
          {data.levels.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </FormGroup>
      <FormGroup>
        <Label htmlFor={`${item.id}-reason`}>Lý do (khi xếp loại khác với điểm)</Label>
        <Input
          id={`${item.id}-reason`}
          name="reason"
          width="100%"
          value={reason}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setReason(event.target.value);
          }}
        />
      </FormGroup>
      <FormGroup>
        <Label htmlFor={`${item.id}-comment`}>Nhận xét của người đánh giá</Label>
        <TextArea
          id={`${item.id}-comment`}
          name="comment"
          width="100%"
          rows={3}
          value={comment}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
            setComment(event.target.value);
          }}
        />
      </FormGroup>
      <Button type="submit" variant="contained" disabled={busy}>
        Ghi kết quả đánh giá
      </Button>
    </form>
  );
};

/** A REVIEWED evaluation: approve it, or send it back to the person with a reason. */
const ReviewedActions = ({ item, act, busy }: { item: Item; act: Work['act']; busy: boolean }) => {
  const [reason, setReason] = useState('');
  return (
    <Box flex alignItems="center" style={{ whiteSpace: 'nowrap' }}>
      <Button
        size="sm"
        variant="contained"
        mr="default"
        disabled={busy}
        onClick={() => act({ action: 'approve', evaluationId: item.id, version: item.version })}
      >
        Phê duyệt
      </Button>
      <Input
        placeholder="Lý do trả lại"
        width={180}
        value={reason}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          setReason(event.target.value);
        }}
        mr="default"
      />
      <Button
        size="sm"
        variant="outlined"
        disabled={busy}
        onClick={() => act({ action: 'return', evaluationId: item.id, reason })}
      >
        Trả lại
      </Button>
    </Box>
  );
};

const GroupCard = ({ group, data, act, busy }: { group: Group; data: Data; act: Work['act']; busy: boolean }) => {
  const [open, setOpen] = useState<string | null>(null);
  const reviewed = group.items.filter((item) => item.status === 'REVIEWED').length;
  const approved = group.items.filter((item) => item.status === 'APPROVED').length;
  return (
    <Box variant="card" p="xl" mb="xl" data-testid="rating-group">
      <H4>
        {group.periodName} — nhóm do {group.raterUnitName ?? '—'} đánh giá
      </H4>
      {group.quota && (
        <Text mb="default" color={group.quota.exceeded ? 'error' : 'grey80'} data-testid="quota">
          Hoàn thành xuất sắc: {group.quota.excellent} / tối đa {group.quota.limit} (20% của {group.quota.good} hoàn
          thành tốt)
          {group.quota.exception ? ' — có ngoại lệ được Sở Nội vụ ghi nhận' : ''}
          {group.quota.exceeded ? ' — vượt tỷ lệ, chưa thể phê duyệt' : ''}
        </Text>
      )}
      <HeadedTable headers={['Họ và tên', 'Chức vụ, đơn vị', 'Trạng thái', 'Tự chấm', 'Điểm, xếp loại', '']} mb="lg">
        {group.items.map((item) => (
          <React.Fragment key={item.id}>
            <TableRow data-testid={`to-rate-${item.id}`}>
              <TableCell>
                <a href={item.href}>{item.fullName}</a>
              </TableCell>
              <TableCell>
                {item.positionLabel}, {item.unitLabel}
              </TableCell>
              <TableCell>
                <StatusBadge status={item.status} label={item.statusLabel} />
              </TableCell>
              <TableCell>{formatNumber(item.selfScore)}</TableCell>
              <TableCell>
                {item.score !== null ? `${formatNumber(item.score)} — ` : ''}
                {item.levelLabel ?? ''}
              </TableCell>
              <TableCell>
                {item.status === 'SELF_ASSESSED' && (
                  <Button
                    size="sm"
                    variant={open === item.id ? 'text' : 'contained'}
                    onClick={() => {
                      setOpen(open === item.id ? null : item.id);
                    }}
                  >
                    {open === item.id ? 'Đóng' : 'Đánh giá'}
                  </Button>
                )}
                {item.status === 'REVIEWED' && <ReviewedActions item={item} act={act} busy={busy} />}
              </TableCell>
            </TableRow>
            {open === item.id && (
              <TableRow>
                <TableCell colSpan={6}>
                  <RatingForm
                    item={item}
                    data={data}
                    act={async (body) => (await act(body)) && (setOpen(null), true)}
                    busy={busy}
                  />
                </TableCell>
              </TableRow>
            )}
          </React.Fragment>
        ))}
      </HeadedTable>
      {group.raterUnitId && (
        <Box flex>
          <Button
            variant="contained"
            mr="default"
            disabled={busy || reviewed === 0}
            onClick={() => act({ action: 'approveGroup', periodId: group.periodId, raterUnitId: group.raterUnitId })}
          >
            Phê duyệt cả nhóm ({reviewed} phiếu)
          </Button>
          <Button
            variant="outlined"
            disabled={busy || approved === 0}
            onClick={() => act({ action: 'notifyGroup', periodId: group.periodId, raterUnitId: group.raterUnitId })}
          >
            Thông báo kết quả ({approved} phiếu)
          </Button>
        </Box>
      )}
    </Box>
  );
};

/** "Chờ tôi đánh giá": the evaluations I rate today, by period and group, with the quota before I approve. */
const ToRate = () => {
  const page = usePage('toRate') as PageState<Data>;
  return (
    <WorkPage pageName="toRate" page={page} title="Phiếu chờ tôi đánh giá">
      {(data, { act, busy }) =>
        data.groups.length === 0 ? (
          <Text>Không có phiếu nào chờ bạn đánh giá trong các kỳ đang mở.</Text>
        ) : (
          data.groups.map((group) => (
            <GroupCard
              key={`${group.periodId}/${String(group.raterUnitId)}`}
              group={group}
              data={data}
              act={act}
              busy={busy}
            />
          ))
        )
      }
    </WorkPage>
  );
};

export default ToRate;
