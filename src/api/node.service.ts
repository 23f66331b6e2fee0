import type { DataSource } from 'typeorm';
import { nodeTypeOf, type NodeTypeName } from './node.queries.js';

/** `node(id:)`'s first step: which type an id names, before that type's own read (and its policy) answers. */
export class NodeService {
  constructor(private readonly db: DataSource) {}

  /** The type of the row with this id, whatever the caller may see; null when no row has it. */
  typeOf(id: string): Promise<NodeTypeName | null> {
    return nodeTypeOf(this.db.manager, id);
  }
}
