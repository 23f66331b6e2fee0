import { AuthToken } from '../auth/auth-token.entity.js';
import { User } from '../auth/user.entity.js';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { Reorganisation } from '../hierarchy/reorganisation.entity.js';
import { UnitLink } from '../hierarchy/unit-link.entity.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { Absence } from '../people/absence.entity.js';
import { Appointment } from '../people/appointment.entity.js';
import { Person } from '../people/person.entity.js';

export const entities = [Unit, UnitLink, Reorganisation, Person, Appointment, Absence, CalendarDay, User, AuthToken];
