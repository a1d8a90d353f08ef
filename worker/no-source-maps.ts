// Imported first by worker/index.ts, before any other module loads. tsx turns Node's source maps
// on, and Node then keeps the parsed source map of every module it loads in memory (about 100 MB
// for the worker's SDKs). The worker does without them; stack traces point at the transpiled
// lines (decision 0015).
process.setSourceMapsEnabled(false);
