import { RuleSetId } from '../evaluation.enums.js';
import { hcmQd20 } from './hcm-qd20.js';
import { nd335 } from './nd335.js';
import { nd9048 } from './nd90-48.js';
import type { RuleSet } from './rule-set.js';

export const RULE_SETS: Record<RuleSetId, RuleSet> = {
  [RuleSetId.ND335]: nd335,
  [RuleSetId.HCM_QD20]: hcmQd20,
  [RuleSetId.ND90_48]: nd9048,
};
