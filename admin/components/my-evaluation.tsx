import React, { useState } from 'react';
import { Box, Button, FormGroup, H4, Label, Text, TextArea } from '@adminjs/design-system';
import {
  StatusBadge,
  WorkPage,
  formatDay,
  formatNumber,
  formatTime,
  usePage,
  type Answer,
  type PageState,
  type Work,
} from './ui';
import { ScoreForm, initialScores, scoreBody, type ScoreValues } from './score-form';

interface Item {
  id: string;
  periodName: string;
  periodStatus: string;
  unitLabel: string;
  positionLabel: string;
  ruleSet: string | null;
  ruleSetLabel: string;
  position: string;
  status: string;
  statusLabel: string;
  selfScore: number | null;
  selfParts: Record<string, unknown> | null;
  selfCriteria: Record<string, unknown> | null;
  narrative: string | null;
  score: number | null;
  levelLabel: string | null;
  comment: string | null;
  explanation: string[];
  notifiedAt: string | null;
}

interface Data extends Answer {
  items: Item[];
  history: Record<string, Array<{ at: string; status: string; reason: string | null; username: string | null }>>;
  splits: Record<string, { general: number; task: number }>;
}

const SELF_ASSESSABLE = ['DRAFT', 'SELF_ASSESSED'];
const RESULT_SHOWN = ['NOTIFIED', 'APPEALED', 'UPHELD', 'REVISED'];

/** One evaluation of mine: the self-assessment form while it is open, the result once notified, the history. */
const MyItem = ({ item, data, act, busy }: { item: Item; data: Data; act: Work['act']; busy: boolean }) => {
  const [scores, setScores] = useState<ScoreValues>(() =>
    initialScores(item.selfParts, item.selfCriteria, item.ruleSet),
  );
  const [narrative, setNarrative] = useState(item.narrative ?? '');
  const [appeal, setAppeal] = useState('');
  const editable = SELF_ASSESSABLE.includes(item.status) && item.periodStatus === 'OPEN' && item.ruleSet;
  return (
    <Box variant="card" p="xl" mb="xl" data-testid={`my-evaluation-${item.id}`}>
      <Box flex alignItems="center" justifyContent="space-between">
        <H4 mb={0}>
          {item.periodName} — {item.positionLabel}, {item.unitLabel}
        </H4>
        <StatusBadge status={item.status} label={item.statusLabel} />
      </Box>
      <Text color="grey60" mb="lg">
        {item.ruleSetLabel}
      </Text>
      {editable ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void act({ action: 'selfAssess', evaluationId: item.id, narrative, ...scoreBody(scores, item.ruleSet) });
          }}
        >
          <ScoreForm
            idPrefix={item.id}
            ruleSet={item.ruleSet}
            split={item.ruleSet ? (data.splits[item.ruleSet] ?? null) : null}
            isHead={item.position === 'HEAD'}
            asRater={false}
            values={scores}
            onChange={setScores}
          />
          <FormGroup>
            <Label htmlFor={`${item.id}-narrative`}>Báo cáo tự kiểm điểm</Label>
            <TextArea
              id={`${item.id}-narrative`}
              name="narrative"
              width="100%"
              rows={5}
              value={narrative}
              onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                setNarrative(event.target.value);
              }}
            />
          </FormGroup>
          <Button type="submit" variant="contained" disabled={busy}>
            Gửi tự đánh giá
          </Button>
        </form>
      ) : (
        <Box>
          {item.selfScore !== null && <Text>Điểm tự chấm: {formatNumber(item.selfScore)}</Text>}
          {RESULT_SHOWN.includes(item.status) && (
            <Box mt="default" data-testid="my-result">
              <Text>
                <b>Kết quả: {item.levelLabel ?? '—'}</b>
                {item.score !== null && ` (${formatNumber(item.score)} điểm)`}, thông báo ngày{' '}
                {formatDay(item.notifiedAt)}
              </Text>
              {item.comment && <Text mt="sm">Nhận xét của người đánh giá: {item.comment}</Text>}
              {item.explanation.length > 0 && (
                <Box mt="default">
                  <Text fontWeight="bold">Cách tính</Text>
                  {item.explanation.map((line, index) => (
                    <Text key={index} fontSize="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {line}
                    </Text>
                  ))}
                </Box>
              )}
              {item.status === 'NOTIFIED' && (
                <Box mt="lg">
                  <Label htmlFor={`appeal-${item.id}`}>Khiếu nại kết quả (lý do)</Label>
                  <TextArea
                    id={`appeal-${item.id}`}
                    width="100%"
                    rows={3}
                    value={appeal}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                      setAppeal(event.target.value);
                    }}
                  />
                  <Button
                    mt="default"
                    variant="outlined"
                    disabled={busy}
                    onClick={() => act({ action: 'appeal', evaluationId: item.id, reason: appeal })}
                  >
                    Gửi khiếu nại
                  </Button>
                </Box>
              )}
            </Box>
          )}
          {!RESULT_SHOWN.includes(item.status) && !editable && (
            <Text mt="sm">Kết quả sẽ hiển thị khi được thông báo.</Text>
          )}
        </Box>
      )}
      {(data.history[item.id] ?? []).length > 0 && (
        <Box mt="lg">
          <Text fontWeight="bold">Lịch sử</Text>
          {(data.history[item.id] ?? []).map((event, index) => (
            <Text key={index} fontSize="sm">
              {formatTime(event.at)} — {event.status}
              {event.username ? ` (${event.username})` : ''}
              {event.reason ? `: ${event.reason}` : ''}
            </Text>
          ))}
        </Box>
      )}
    </Box>
  );
};

/** "Phiếu của tôi": my evaluations, the newest first. */
const MyEvaluation = () => {
  const page = usePage('myEvaluation') as PageState<Data>;
  return (
    <WorkPage pageName="myEvaluation" page={page} title="Phiếu đánh giá của tôi">
      {(data, { act, busy }) =>
        data.items.length === 0 ? (
          <Text>Bạn chưa có phiếu đánh giá nào.</Text>
        ) : (
          data.items.map((item) => (
            <MyItem key={`${item.id}-${item.status}`} item={item} data={data} act={act} busy={busy} />
          ))
        )
      }
    </WorkPage>
  );
};

export default MyEvaluation;
