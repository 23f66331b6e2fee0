import React from 'react';
import { Box, Button, FormGroup, Input, Label, Text } from '@adminjs/design-system';
import { CheckField, typed } from './ui';

export interface Product {
  name: string;
  points: string;
  late: boolean;
  belowQuality: boolean;
}

/** What a rating form holds, as typed (numbers with the decimal comma). */
export interface ScoreValues {
  generalScore: string;
  taskScore: string;
  products: Product[];
  criteria: Record<string, string>;
  corruptionInUnit: boolean;
}

interface Split {
  general: number;
  task: number;
}

interface Parts {
  generalScore?: number;
  taskScore?: number | null;
  products?: Array<{ name: string; points: number; late?: boolean | null; belowQuality?: boolean | null }> | null;
}

/** The form's first values: what was entered before (the rater starts from the self-assessment). */
export function initialScores(
  parts: Parts | null,
  criteria: Record<string, unknown> | null,
  ruleSet: string | null,
): ScoreValues {
  const products = parts?.products?.map((product) => ({
    name: product.name,
    points: typed(product.points),
    late: Boolean(product.late),
    belowQuality: Boolean(product.belowQuality),
  }));
  return {
    generalScore: typed(parts?.generalScore),
    taskScore: typed(parts?.taskScore ?? null),
    products: products ?? (ruleSet === 'ND335' ? [{ name: '', points: '', late: false, belowQuality: false }] : []),
    criteria: Object.fromEntries(
      Object.entries(criteria ?? {})
        .filter(([key]) => key !== 'corruptionInUnit')
        .map(([key, value]) => [key, typed(value as number | null)]),
    ),
    corruptionInUnit: Boolean(criteria?.corruptionInUnit),
  };
}

/** The body the page's handler reads (admin/forms.ts): parts for the points rule sets, criteria for ND90_48. */
export function scoreBody(values: ScoreValues, ruleSet: string | null) {
  if (ruleSet === 'ND90_48')
    return { criteria: JSON.stringify({ ...values.criteria, corruptionInUnit: values.corruptionInUnit }) };
  const products = ruleSet === 'ND335' ? values.products : [];
  return { parts: JSON.stringify({ generalScore: values.generalScore, taskScore: values.taskScore, products }) };
}

const CRITERIA: Array<{ key: string; label: string; headOnly?: boolean }> = [
  { key: 'tasksOnTimePercent', label: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng (%)' },
  { key: 'tasksExceededPercent', label: 'Tỷ lệ nhiệm vụ vượt yêu cầu (%)' },
  { key: 'targetsMetPercent', label: 'Tỷ lệ chỉ tiêu của đơn vị đạt (%)', headOnly: true },
  { key: 'targetsExceededPercent', label: 'Tỷ lệ chỉ tiêu của đơn vị vượt (%)', headOnly: true },
  { key: 'subunitsCompletedPercent', label: 'Tỷ lệ đơn vị trực thuộc hoàn thành nhiệm vụ (%)', headOnly: true },
  { key: 'subunitsGoodPercent', label: 'Tỷ lệ đơn vị trực thuộc hoàn thành tốt trở lên (%)', headOnly: true },
];

const NumberField = ({
  id,
  name,
  label,
  value,
  onChange,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}) => (
  <FormGroup>
    <Label htmlFor={id} required>
      {label}
    </Label>
    <Input
      id={id}
      name={name}
      inputMode="decimal"
      value={value}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        onChange(event.target.value);
      }}
      width={160}
    />
    {hint && (
      <Text fontSize="sm" color="grey60">
        {hint}
      </Text>
    )}
  </FormGroup>
);

/** The score part of a rating form, laid out by the evaluation's rule set. */
export const ScoreForm = ({
  idPrefix,
  ruleSet,
  split,
  isHead,
  asRater,
  values,
  onChange,
}: {
  /** keeps ids unique when several forms share a page */
  idPrefix: string;
  ruleSet: string | null;
  split: Split | null;
  isHead: boolean;
  asRater: boolean;
  values: ScoreValues;
  onChange: (values: ScoreValues) => void;
}) => {
  const set = (patch: Partial<ScoreValues>) => {
    onChange({ ...values, ...patch });
  };
  if (ruleSet === 'ND90_48') {
    return (
      <Box>
        {CRITERIA.filter((criterion) => isHead || !criterion.headOnly).map((criterion) => (
          <NumberField
            key={criterion.key}
            id={`${idPrefix}-${criterion.key}`}
            name={criterion.key}
            label={criterion.label}
            value={values.criteria[criterion.key] ?? ''}
            onChange={(value) => {
              set({ criteria: { ...values.criteria, [criterion.key]: value } });
            }}
          />
        ))}
        {isHead && asRater && (
          <FormGroup>
            <CheckField
              id={`${idPrefix}-corruptionInUnit`}
              checked={values.corruptionInUnit}
              onToggle={() => {
                set({ corruptionInUnit: !values.corruptionInUnit });
              }}
            >
              Đơn vị để xảy ra tham nhũng, lãng phí, tiêu cực
            </CheckField>
          </FormGroup>
        )}
      </Box>
    );
  }
  const general = split ? ` (0 – ${String(split.general)})` : '';
  return (
    <Box>
      <NumberField
        id={`${idPrefix}-generalScore`}
        name="generalScore"
        label={`Điểm tiêu chí chung${general}`}
        value={values.generalScore}
        onChange={(generalScore) => {
          set({ generalScore });
        }}
        hint="Có thể nhập số thập phân, ví dụ 8,5"
      />
      {ruleSet === 'ND335' ? (
        <Box mb="lg">
          <Label>Kết quả thực hiện nhiệm vụ: từng sản phẩm{split ? ` (tổng ${String(split.task)} điểm)` : ''}</Label>
          {values.products.map((product, index) => {
            const update = (patch: Partial<Product>) => {
              set({ products: values.products.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
            };
            return (
              <Box key={index} flex alignItems="center" mb="sm" data-testid="product-row">
                <Input
                  name={`products.${String(index)}.name`}
                  placeholder="Tên sản phẩm"
                  value={product.name}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                    update({ name: event.target.value });
                  }}
                  mr="default"
                  style={{ flex: 1 }}
                />
                <Input
                  name={`products.${String(index)}.points`}
                  placeholder="Điểm"
                  inputMode="decimal"
                  value={product.points}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                    update({ points: event.target.value });
                  }}
                  width={90}
                  mr="default"
                />
                <CheckField
                  id={`${idPrefix}-late-${String(index)}`}
                  checked={product.late}
                  onToggle={() => {
                    update({ late: !product.late });
                  }}
                >
                  Chậm
                </CheckField>
                <CheckField
                  id={`${idPrefix}-quality-${String(index)}`}
                  checked={product.belowQuality}
                  onToggle={() => {
                    update({ belowQuality: !product.belowQuality });
                  }}
                >
                  Chưa đạt chất lượng
                </CheckField>
                <Button
                  type="button"
                  size="sm"
                  variant="text"
                  onClick={() => {
                    set({ products: values.products.filter((_, at) => at !== index) });
                  }}
                >
                  Bỏ
                </Button>
              </Box>
            );
          })}
          <Button
            type="button"
            size="sm"
            variant="outlined"
            onClick={() => {
              set({ products: [...values.products, { name: '', points: '', late: false, belowQuality: false }] });
            }}
          >
            Thêm sản phẩm
          </Button>
        </Box>
      ) : (
        <NumberField
          id={`${idPrefix}-taskScore`}
          name="taskScore"
          label={`Điểm kết quả thực hiện nhiệm vụ${split ? ` (0 – ${String(split.task)})` : ''}`}
          value={values.taskScore}
          onChange={(taskScore) => {
            set({ taskScore });
          }}
        />
      )}
    </Box>
  );
};
