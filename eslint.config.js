// Two layers. typescript-eslint's strict-type-checked rules on the app's code (`src/`, `admin/`), with Prettier
// owning the layout; and the boundary the code keeps: resolvers and the admin panel reach the database only through
// services, `*.queries.ts` and `*.policy.ts`, so that no new screen or field can read a row past its policy.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const DATABASE_CALLS =
  'createQueryBuilder|getRepository|find|findOne|findOneBy|findOneOrFail|findOneByOrFail|findBy|findAndCount|count|save|insert|update|delete|remove|transaction';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.adminjs/**', 'data/**', 'coverage/**', 'migrations/check/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['src/**/*.ts', 'admin/**/*.ts', 'admin/**/*.tsx'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Crashes with a stack overflow on type-graphql's recursive types (typescript-eslint 8.74).
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // A number prints the same inside a template as through String(); null, undefined and objects stay refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A GraphQL argument a resolver declares for the schema but does not read is named `_x`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `void promise` in an arrow says on purpose that nothing is returned.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreVoidOperator: true }],
      // AdminJS's hooks and handlers and Apollo's plugin methods are typed to return promises: `async` is how a
      // hook with nothing to await meets that type.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['admin/**/*.ts', 'admin/**/*.tsx'],
    rules: {
      // AdminJS types what it hands over (records, requests, payloads, props) as always present; at run time they are
      // often absent (a list has no record, a GET no payload), so the panel's guards are not unnecessary.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['src/**/*.resolver.ts', 'admin/**/*.ts', 'admin/**/*.tsx'],
    ignores: ['admin/policy-resource.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message: 'Reads go through *.queries.ts, writes through a service, access through *.policy.ts.',
              allowTypeImports: true,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(${DATABASE_CALLS})$/][callee.object.property.name=/^(db|manager|em)$/]`,
          message: 'No SQL in a resolver or the admin panel: call a service or a function of *.queries.ts.',
        },
        {
          selector: `CallExpression[callee.property.name=/^(${DATABASE_CALLS})$/][callee.object.name=/^(db|em|manager)$/]`,
          message: 'No SQL in a resolver or the admin panel: call a service or a function of *.queries.ts.',
        },
        {
          selector: `CallExpression[callee.property.name=/^(${DATABASE_CALLS})$/][callee.object.name=/^[A-Z]/]`,
          message:
            'No entity reads or writes in a resolver or the admin panel: call a service or a function of *.queries.ts.',
        },
        {
          selector: `CallExpression[callee.property.name='query']`,
          message: 'No SQL in a resolver or the admin panel: call a function of *.queries.ts.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    // the bench's servers, the CLI jobs and the seeds talk to `pg` directly or load bulk data on purpose
    ignores: [
      'src/common/queries.ts',
      'src/common/transaction.ts',
      'src/bench/**',
      'src/cli/**',
      'src/database/**',
      'src/**/*.resolver.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // a write whose answer is dropped (`await em.query('UPDATE …')`) is the one use left
          selector: `CallExpression[callee.property.name='query']:not(ExpressionStatement > AwaitExpression > CallExpression)`,
          message:
            'A raw read returns `any`: use queryRows / queryOne / queryFirst / updateReturning of src/common/queries.ts, which type its rows.',
        },
        {
          selector: `CallExpression[callee.property.name='transaction']`,
          message:
            'Write through inTransaction of src/common/transaction.ts: it joins an open transaction and turns a constraint violation into CONFLICT.',
        },
      ],
    },
  },
  prettier,
);
