// Runs before each test file: AdminJS's components bundle per Jest worker (built on the first request), so
// that two workers never read a bundle the other is still writing.
process.env.ADMIN_JS_TMP_DIR = `.adminjs/worker-${process.env.JEST_WORKER_ID ?? '1'}`;
