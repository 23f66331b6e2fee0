import type { ResourceWithOptions } from 'adminjs';
import { SatisfactionResult } from '../../src/satisfaction/satisfaction-result.entity.js';
import { uuid } from './properties.js';

const evaluationNav = { name: 'evaluation', icon: 'Award' };

/** Citizens' satisfaction with a unit in a period (plain reference data, entered in the panel). */
export function satisfactionResources(): ResourceWithOptions[] {
  return [
    {
      resource: SatisfactionResult,
      options: {
        navigation: evaluationNav,
        listProperties: ['unitId', 'periodId', 'source', 'sampleSize', 'percent'],
        filterProperties: ['unitId', 'periodId', 'source'],
        editProperties: ['unitId', 'periodId', 'source', 'sampleSize', 'percent', 'components'],
        properties: {
          id: { isVisible: false },
          unitId: uuid('Unit'),
          periodId: uuid('EvaluationPeriod'),
          components: { type: 'mixed' },
        },
      },
    },
  ];
}
