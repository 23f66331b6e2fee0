import { Node } from '../common/node.js';
import { Field, ID, ObjectType } from 'type-graphql';

import { Connection } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { UnitKind } from './hierarchy.enums.js';
import type { Unit } from './unit.entity.js';

@ObjectType('Unit', {
  description: 'An agency, district, ward or division, valid over [validFrom, validTo).',
  implements: Node,
})
export class UnitType {
  @Field(() => ID, { description: 'The unit’s id.' })
  id: string;

  @Field(() => String, { description: 'The unit’s code (mã đơn vị), unique among the units valid on a day (R1).' })
  code: string;

  @Field(() => String, { description: 'The official name, e.g. Phường Bến Thành.' })
  name: string;

  @Field(() => String, { description: 'The Vietnamese type: Phường, Xã, Quận, Sở, …' })
  typeVi: string;

  @Field(() => UnitKind, { description: 'The level: city, department, district, ward, …' })
  kind: UnitKind;

  @Field(() => DateScalar, { description: 'The first day the unit exists.' })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day the unit no longer exists; null while it does.' })
  validTo: string | null;

  mergedIntoId: string | null;

  /** The day nested fields (parent, children, head) are seen on, unless given their own. */
  asOf: string;

  static from(unit: Unit, asOf: string): UnitType {
    return Object.assign(new UnitType(), {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      typeVi: unit.typeVi,
      kind: unit.kind,
      validFrom: unit.validity.validFrom,
      validTo: unit.validity.validTo,
      mergedIntoId: unit.mergedIntoId,
      asOf,
    });
  }
}

@ObjectType({ description: 'A page of units (Relay connection).' })
export class UnitConnection extends Connection(UnitType, 'Unit') {}

@ObjectType('UnitLineage', {
  description: 'A predecessor or successor of a unit in a reorganisation: from which day, whole or a part.',
})
export class UnitLineageType {
  @Field(() => UnitType, { description: 'The predecessor or successor.' })
  unit: UnitType;

  @Field(() => DateScalar, { description: 'The first day of the successor.' })
  effectiveDate: string;

  @Field(() => Boolean, {
    description: 'false: the predecessor was split, and figures carried over from it are approximate.',
  })
  whole: boolean;
}
