import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's `Node`: an object with a globally unique id, read back with `node(id:)`. The ids are the rows' UUIDs,
 * unchanged (api.md: clients keep them), unique across tables, so `node` finds the type from the id itself.
 */
@InterfaceType('Node', { description: 'An object with an id that `node(id:)` reads back (Relay).' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque and unique across every type.' })
  id: string;
}
