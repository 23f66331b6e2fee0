import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router, type Request } from 'express';

/**
 * GraphiQL at GET /graphql (Accept: text/html), outside production: its page and every script and style it uses
 * come from npm packages on this server (graphiql's UMD build over React 18's), so it works offline; nothing is
 * fetched from a CDN. Production serves no explorer (and no introspection).
 */
const EXPLORER_ROOT = '/explorer/';

const fromGraphiql = createRequire(createRequire(import.meta.url).resolve('graphiql/package.json'));
/** A file of a package graphiql resolves (React's UMD builds are outside their packages' exports). */
const fileOf = (pkg: string, file: string) => join(dirname(fromGraphiql.resolve(`${pkg}/package.json`)), file);

/** The only files served, by the name the page uses. */
const ASSETS: Record<string, { path: string; type: string }> = {
  'react.js': { path: fileOf('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { path: fileOf('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { path: fileOf('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { path: fileOf('graphiql', 'graphiql.min.css'), type: 'text/css' },
  'start.js': { path: '', type: 'text/javascript' },
};

/** Mounts GraphiQL against the endpoint it is mounted on; bearer tokens go in its Headers tab. */
const START = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, isHeadersEditorEnabled: true, defaultHeaders:
    '{\\n  "Authorization": "Bearer <token from the login mutation>"\\n}' }));
})();
`;

function page(base: string): string {
  const asset = (name: string) => `${base}${EXPLORER_ROOT}${name}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>congvu — GraphiQL</title>
<link rel="stylesheet" href="${asset('graphiql.css')}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">GraphiQL…</div>
<script src="${asset('react.js')}"></script>
<script src="${asset('react-dom.js')}"></script>
<script src="${asset('graphiql.js')}"></script>
<script src="${asset('start.js')}"></script>
</body>
</html>
`;
}

function wantsPage(req: Request): boolean {
  return req.method === 'GET' && req.path === '/' && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/** The explorer's page and files, for `app.use('/graphql', explorer())` before the GraphQL middleware. */
export function explorer(): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (wantsPage(req)) {
      res.type('html').send(page(req.baseUrl));
      return;
    }
    if (req.method !== 'GET' || !req.path.startsWith(EXPLORER_ROOT)) {
      next();
      return;
    }
    const asset = ASSETS[req.path.slice(EXPLORER_ROOT.length)];
    if (!asset) {
      res.sendStatus(404);
      return;
    }
    res.type(asset.type).setHeader('cache-control', 'public, max-age=3600');
    if (asset.path === '') res.send(START);
    else res.sendFile(asset.path);
  });
  return router;
}
