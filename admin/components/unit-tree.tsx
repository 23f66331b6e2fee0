import React, { useState } from 'react';
import { Box, Button, H2, Input, Loader, Text } from '@adminjs/design-system';
import { Unavailable, formatDay, typedDay, usePage, type Answer, type PageState } from './ui';

interface Data extends Answer {
  day: string;
  units: Array<{ id: string; code: string; name: string; kindLabel: string; depth: number; href: string }>;
}

/** The tree of units on a day, indented, each unit linking to its page (its predecessors and successors). */
const UnitTree = () => {
  const [day, setDay] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const { data } = usePage('unitTree', { day }) as PageState<Data>;
  if (!data) return <Loader />;
  if (!data.ok) return <Unavailable message={data.message} />;
  const counts = data.units.reduce<Record<string, number>>(
    (all, unit) => ({ ...all, [unit.kindLabel]: (all[unit.kindLabel] ?? 0) + 1 }),
    {},
  );
  return (
    <Box p="xl">
      <H2>Cây đơn vị ngày {formatDay(data.day)}</H2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setDay(typedDay(typed));
        }}
      >
        <Box flex alignItems="center" mb="lg">
          <Input
            name="day"
            placeholder="dd/mm/yyyy"
            value={typed}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
              setTyped(event.target.value);
            }}
            width={160}
            mr="default"
          />
          <Button type="submit" variant="contained">
            Xem
          </Button>
        </Box>
      </form>
      <Text mb="lg" data-testid="tree-counts">
        {Object.entries(counts)
          .map(([kind, count]) => `${kind}: ${String(count)}`)
          .join(' · ')}
      </Text>
      <Box variant="card" p="lg" data-testid="tree">
        {data.units.map((unit) => (
          <Text key={unit.id} style={{ paddingLeft: unit.depth * 24 }} fontSize="sm">
            <a href={unit.href}>{unit.name}</a> <span style={{ color: '#898A9A' }}>({unit.code})</span>
          </Text>
        ))}
      </Box>
    </Box>
  );
};

export default UnitTree;
