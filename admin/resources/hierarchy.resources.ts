import type { ResourceWithOptions } from 'adminjs';
import { UnitLink } from '../../src/hierarchy/unit-link.entity.js';
import { Unit } from '../../src/hierarchy/unit.entity.js';
import type { UnitKind } from '../../src/hierarchy/unit-kind.js';
import type { AdminDeps } from '../deps.js';
import { BadInputError } from '../../src/common/errors.js';
import { Reorganisation, ReorganisationKind } from '../../src/hierarchy/reorganisation.entity.js';
import { adminUser, serviceHandler } from '../actions/service-actions.js';

const navigation = { name: 'hierarchy', icon: 'Home' };

export function hierarchyResources({ services }: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: Unit,
      options: {
        navigation,
        titleProperty: 'name',
        listProperties: ['code', 'name', 'typeVi', 'kind', 'validFrom', 'validTo'],
        filterProperties: ['code', 'name', 'kind', 'validFrom', 'validTo'],
        showProperties: ['code', 'name', 'typeVi', 'kind', 'validFrom', 'validTo', 'mergedIntoId', 'createdAt', 'updatedAt'],
        editProperties: ['code', 'name', 'typeVi', 'kind', 'parentId', 'validFrom'],
        sort: { sortBy: 'kind', direction: 'asc' },
        properties: {
          id: { isVisible: false },
          validFrom: { type: 'date' },
          validTo: { type: 'date' },
          parentId: { type: 'reference', reference: 'Unit', isVisible: { edit: true, list: false, show: false, filter: false } },
          mergedIntoId: { type: 'reference', reference: 'Unit' },
        },
        actions: {
          new: {
            handler: serviceHandler((values) =>
              services.hierarchy.createUnit({
                code: values.code ?? '',
                name: values.name ?? '',
                typeVi: values.typeVi,
                kind: values.kind as UnitKind,
                parentId: values.parentId,
                validFrom: values.validFrom?.slice(0, 10) ?? '',
              }),
            ),
          },
          edit: {
            handler: serviceHandler((values, context) =>
              services.hierarchy.updateUnit(String(context.record?.id()), {
                code: values.code,
                name: values.name,
                typeVi: values.typeVi,
                kind: values.kind as UnitKind | undefined,
              }),
            ),
          },
        },
      },
    },
    {
      resource: Reorganisation,
      options: {
        navigation,
        titleProperty: 'summary',
        listProperties: ['effectiveDate', 'kind', 'summary', 'createdAt'],
        filterProperties: ['effectiveDate', 'kind', 'summary'],
        showProperties: ['effectiveDate', 'kind', 'summary', 'note', 'createdByUserId', 'createdAt'],
        editProperties: ['kind', 'unitCodes', 'targetUnitId', 'effectiveDate', 'note'],
        sort: { sortBy: 'effectiveDate', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          effectiveDate: { type: 'date' },
          summary: { type: 'textarea' },
          note: { type: 'textarea' },
          targetUnitId: { type: 'reference', reference: 'Unit' },
          createdByUserId: { type: 'reference', reference: 'User' },
          unitCodes: {
            type: 'string',
            isVisible: { edit: true, list: false, show: false, filter: false },
            description: 'Mã đơn vị được chuyển (một mã) hoặc được hợp nhất (nhiều mã, cách nhau bởi dấu phẩy)',
          },
        },
        actions: {
          new: {
            handler: serviceHandler(async (values, context) => {
              const day = values.effectiveDate?.slice(0, 10) ?? '';
              const codes = (values.unitCodes ?? '').split(/[\s,;]+/).filter(Boolean);
              const author = { userId: adminUser(context).id, note: values.note };
              const kind = values.kind as ReorganisationKind;
              if (kind === ReorganisationKind.MOVE && codes.length !== 1) {
                throw new BadInputError([{ field: 'unitCodes', message: 'chuyển đơn vị: nhập đúng một mã' }], 'A move takes one code.');
              }
              const unitIds = await services.hierarchy.unitIdsByCodes(codes, day, 'unitCodes');
              const { record } =
                kind === ReorganisationKind.MOVE
                  ? await services.hierarchy.moveUnit(unitIds[0], values.targetUnitId ?? '', day, author)
                  : await services.hierarchy.mergeUnits({ sourceIds: unitIds, targetId: values.targetUnitId, date: day }, author);
              return record;
            }),
          },
        },
      },
    },
    {
      resource: UnitLink,
      options: {
        navigation,
        listProperties: ['unitId', 'parentId', 'validFrom', 'validTo'],
        filterProperties: ['unitId', 'parentId', 'validFrom', 'validTo'],
        properties: { id: { isVisible: false }, validFrom: { type: 'date' }, validTo: { type: 'date' } },
        actions: {
        },
      },
    },
  ];
}
