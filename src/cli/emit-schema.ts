import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { buildAppSchema } from '../schema.js';

/** Writes schema/schema.graphql from the resolvers; run by the build, checked by CI. */
const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
await buildAppSchema(target);
console.log(`schema written to ${target}`);
