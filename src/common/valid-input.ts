import { validate, type ValidationError } from 'class-validator';
import { BadInputError, type FieldProblem } from './errors.js';

/** class-validator's problems as the API's fields, nested ones by their path (`parts.products.0.points`). */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationProblems(error.children ?? [], field)];
  });
}

/**
 * An input checked by its GraphQL input class's decorators, as type-graphql checks an argument (the same options):
 * for a service that other doors call too (the panel's pages and forms), so that its lengths and ranges are written
 * once. BAD_USER_INPUT naming the fields.
 */
export async function assertValidInput(type: new () => object, values: object): Promise<void> {
  const errors = await validate(Object.assign(new type(), values), { forbidUnknownValues: false });
  if (errors.length > 0) throw new BadInputError(validationProblems(errors));
}
