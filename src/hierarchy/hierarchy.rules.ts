import type { FieldProblem } from '../common/errors.js';

/** R1: a unit never becomes its own ancestor. `parentAncestorIds` are the new parent's ancestors on the day. */
export function createsCycle(unitId: string, parentId: string, parentAncestorIds: readonly string[]): boolean {
  return parentId === unitId || parentAncestorIds.includes(unitId);
}

export interface MergeShape {
  sourceIds: readonly string[];
  targetId?: string | null;
  hasNewTarget: boolean;
  newTargetValidFrom?: string;
  date: string;
}

/** R2: what a merge request must look like before any row is read. */
export function mergeShapeProblems(merge: MergeShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (merge.sourceIds.length === 0)
    problems.push({ field: 'sourceIds', message: 'cần ít nhất một đơn vị được hợp nhất' });
  if (new Set(merge.sourceIds).size !== merge.sourceIds.length) {
    problems.push({ field: 'sourceIds', message: 'một đơn vị được nêu hai lần' });
  }
  if (Boolean(merge.targetId) === merge.hasNewTarget) {
    problems.push({ field: 'targetId', message: 'cần đúng một trong hai: targetId hoặc newTarget' });
  }
  if (merge.targetId && merge.sourceIds.includes(merge.targetId)) {
    problems.push({ field: 'targetId', message: 'đơn vị nhận không thể đồng thời là đơn vị được hợp nhất' });
  }
  if (merge.hasNewTarget && merge.newTargetValidFrom !== undefined && merge.newTargetValidFrom !== merge.date) {
    problems.push({ field: 'newTarget.validFrom', message: 'đơn vị mới phải có hiệu lực từ ngày hợp nhất' });
  }
  return problems;
}
