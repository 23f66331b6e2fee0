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
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The Vietnamese type: Phường, Xã, Quận, Sở, …' })
  typeVi: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => DateScalar)
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

@ObjectType()
export class UnitConnection extends Connection(UnitType, 'Unit') {}

@ObjectType('UnitLineage', {
  description: 'A predecessor or successor of a unit in a reorganisation: from which day, whole or a part.',
})
export class UnitLineageType {
  @Field(() => UnitType)
  unit: UnitType;

  @Field(() => DateScalar, { description: 'The first day of the successor.' })
  effectiveDate: string;

  @Field(() => Boolean, {
    description: 'false: the predecessor was split, and figures carried over from it are approximate.',
  })
  whole: boolean;
}
