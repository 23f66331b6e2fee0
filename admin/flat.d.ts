// AdminJS's `flat` re-exports the flat package (v5), which ships no types: without these, `flat.unflatten` is an
// unresolved type to the compiler and the linter.
declare module 'flat' {
  interface FlatModule {
    flatten(
      target: unknown,
      options?: { delimiter?: string; maxDepth?: number; safe?: boolean },
    ): Record<string, unknown>;
    unflatten(target: unknown, options?: { delimiter?: string; object?: boolean; overwrite?: boolean }): unknown;
  }
  const flat: FlatModule;
  export default flat;
}
