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
  prettier,
);
