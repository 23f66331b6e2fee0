import { registerEnumType } from 'type-graphql';
import { Role } from '../auth/role.js';
import { UnitKind } from '../hierarchy/unit-kind.js';
import { AbsenceKind, Position, StaffType } from '../people/people-enums.js';

registerEnumType(UnitKind, { name: 'UnitKind' });
registerEnumType(StaffType, { name: 'StaffType', description: 'cán bộ, công chức, viên chức' });
registerEnumType(Position, { name: 'Position' });
registerEnumType(AbsenceKind, { name: 'AbsenceKind' });
registerEnumType(Role, { name: 'Role' });
