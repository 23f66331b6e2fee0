import type { ResourceWithOptions } from 'adminjs';
import { UnitLink } from '../../src/hierarchy/unit-link.entity.js';
import { Unit } from '../../src/hierarchy/unit.entity.js';
import type { UnitKind } from '../../src/hierarchy/unit-kind.js';
import type { Services } from '../../src/context.js';
import { canEditHierarchy, readOnlyUnlessEditor } from '../access.js';
import { serviceHandler } from '../actions/service-actions.js';

const navigation = { name: 'hierarchy', icon: 'Home' };
const NOT_ALLOWED = { isAccessible: false, isVisible: false };

export function hierarchyResources(services: Services): ResourceWithOptions[] {
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
          ...readOnlyUnlessEditor,
          new: {
            isAccessible: canEditHierarchy,
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
            isAccessible: canEditHierarchy,
            handler: serviceHandler((values, context) =>
              services.hierarchy.updateUnit(String(context.record?.id()), {
                code: values.code,
                name: values.name,
                typeVi: values.typeVi,
                kind: values.kind as UnitKind | undefined,
              }),
            ),
          },
          delete: NOT_ALLOWED,
          bulkDelete: NOT_ALLOWED,
        },
      },
    },
    {
      resource: UnitLink,
      options: {
        navigation,
        listProperties: ['unitId', 'parentId', 'validFrom', 'validTo'],
        filterProperties: ['unitId', 'parentId', 'validFrom', 'validTo'],
        editProperties: ['unitId', 'parentId', 'validFrom'],
        properties: { id: { isVisible: false }, validFrom: { type: 'date' }, validTo: { type: 'date' } },
        actions: {
          ...readOnlyUnlessEditor,
          new: {
            isAccessible: canEditHierarchy,
            handler: serviceHandler(async (values) => {
              await services.hierarchy.moveUnit(values.unitId ?? '', values.parentId ?? '', values.validFrom?.slice(0, 10) ?? '');
              const link = await UnitLink.findOneByOrFail({ unitId: values.unitId, validFrom: values.validFrom?.slice(0, 10) });
              return link;
            }),
          },
          edit: NOT_ALLOWED,
          delete: NOT_ALLOWED,
          bulkDelete: NOT_ALLOWED,
        },
      },
    },
  ];
}
