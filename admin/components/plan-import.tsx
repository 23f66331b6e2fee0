import React, { useState } from 'react';
import { Box, Button, H2, Input, Label, Loader, MessageBox, Text } from '@adminjs/design-system';
import { CheckField, Unavailable, formatDay, typedDay, useAct, usePage, type Answer, type PageState } from './ui';

interface Data extends Answer {
  plans: Array<{
    id: string;
    actNumber: string;
    title: string;
    effectiveDate: string;
    statusLabel: string;
    href: string;
  }>;
}

/** dd/mm/yyyy as typed → yyyy-mm-dd; what is not a day is sent as typed, for the server to name. */
const isoDay = (typed: string) => typedDay(typed) ?? typed.trim();

const readText = (file: File | undefined) => (file ? file.text() : Promise.resolve(''));

/**
 * "Nhập kế hoạch sắp xếp từ tệp": an act's number and days, its units file and its mapping file (the shape of the
 * files of reorg-2025/), read here as text and sent to the page; the draft then waits on its record to be
 * previewed, applied or scheduled.
 */
const PlanImport = () => {
  const { data, reload } = usePage('planImport') as PageState<Data>;
  const { act, busy, refusal, clearRefusal } = useAct('planImport', reload);
  const [form, setForm] = useState({ actNumber: '', title: '', signedOn: '', effectiveDate: '' });
  const [files, setFiles] = useState<{ units?: File; mapping?: File }>({});
  const [abolishDistricts, setAbolishDistricts] = useState(false);
  const [createUnmapped, setCreateUnmapped] = useState(false);
  if (!data) return <Loader />;
  if (!data.ok) return <Unavailable message={data.message} />;
  const field = (name: keyof typeof form, label: string, placeholder = '') => (
    <Box mb="default">
      <Label htmlFor={name}>{label}</Label>
      <Input
        id={name}
        name={name}
        value={form[name]}
        placeholder={placeholder}
        width={1}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          setForm({ ...form, [name]: event.target.value });
        }}
      />
    </Box>
  );
  const fileField = (name: 'units' | 'mapping', label: string) => (
    <Box mb="default">
      <Label htmlFor={name}>{label}</Label>
      <input
        id={name}
        name={name}
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => {
          setFiles({ ...files, [name]: event.target.files?.[0] });
        }}
      />
    </Box>
  );
  const submit = async () => {
    const [units, mapping] = await Promise.all([readText(files.units), readText(files.mapping)]);
    await act({
      ...form,
      signedOn: isoDay(form.signedOn),
      effectiveDate: isoDay(form.effectiveDate),
      units,
      mapping,
      abolish: abolishDistricts ? ['DISTRICT'] : [],
      createUnmapped,
    });
  };
  const fields = ((refusal?.details?.fields as Array<{ field: string; message: string }> | undefined) ?? []).slice(
    0,
    30,
  );
  return (
    <Box p="xl">
      <H2>Nhập kế hoạch sắp xếp từ tệp</H2>
      <Text mb="lg">
        Tệp đơn vị: <code>code,name,kind,type_vi,parent_code</code>. Tệp đối chiếu: mã cũ → mã mới (
        <code>old_code</code> hoặc
        <code> old_ward_code</code>, <code>new_code</code> hoặc <code>new_unit_code</code>, <code>note</code> = “part”
        khi đơn vị cũ được chia tách). Kế hoạch được tạo ở trạng thái nháp; mở kế hoạch để xem trước, áp dụng hoặc đặt
        lịch.
      </Text>
      {refusal && (
        <MessageBox
          variant="danger"
          message="Không tạo được kế hoạch"
          onCloseClick={clearRefusal}
          mb="lg"
          data-testid="refusal"
        >
          <Text>{refusal.message}</Text>
          {fields.map((problem) => (
            <Text key={`${problem.field}${problem.message}`}>
              {problem.field}: {problem.message}
            </Text>
          ))}
        </MessageBox>
      )}
      <form
        data-testid="plan-import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Box variant="card" p="lg" mb="lg" style={{ maxWidth: 720 }}>
          {field('actNumber', 'Số hiệu văn bản', '1685/NQ-UBTVQH15')}
          {field('title', 'Trích yếu')}
          {field('signedOn', 'Ngày ký', 'dd/mm/yyyy')}
          {field('effectiveDate', 'Ngày có hiệu lực', 'dd/mm/yyyy')}
          {fileField('units', 'Tệp đơn vị sau sắp xếp (CSV)')}
          {fileField('mapping', 'Tệp đối chiếu đơn vị cũ → mới (CSV)')}
          <Box mb="default" flex alignItems="center">
            <CheckField
              id="abolishDistricts"
              checked={abolishDistricts}
              onToggle={() => {
                setAbolishDistricts(!abolishDistricts);
              }}
            >
              Bãi bỏ cấp quận, huyện (đơn vị trực thuộc chuyển lên cấp trên)
            </CheckField>
          </Box>
          <Box mb="lg" flex alignItems="center">
            <CheckField
              id="createUnmapped"
              checked={createUnmapped}
              onToggle={() => {
                setCreateUnmapped(!createUnmapped);
              }}
            >
              Thành lập cả các đơn vị không có đơn vị cũ trong tệp đối chiếu
            </CheckField>
          </Box>
          <Button type="submit" variant="contained" disabled={busy}>
            Tạo kế hoạch nháp
          </Button>
        </Box>
      </form>
      <H2>Kế hoạch gần đây</H2>
      <Box variant="card" p="lg" data-testid="plans">
        {data.plans.length === 0 && <Text>Chưa có kế hoạch nào.</Text>}
        {data.plans.map((plan) => (
          <Text key={plan.id} mb="sm" data-testid={`plan-${plan.actNumber}`}>
            <a href={plan.href}>{plan.actNumber}</a> — {plan.title} · hiệu lực {formatDay(plan.effectiveDate)} ·{' '}
            {plan.statusLabel}
          </Text>
        ))}
      </Box>
    </Box>
  );
};

export default PlanImport;
