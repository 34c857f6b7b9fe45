// WebKit (Safari's engine): Debian's WebKitGTK MiniBrowser over WebKitWebDriver, under Xvfb at 390x844.
// Run alone: make test-webkit (needs dist/: make build).
import { engineSuite } from './flows.mjs';

// Under automation MiniBrowser's session keeps no HTTP cache that the service worker's install
// can read, so the worker downloads the wasm once more after the page did (the page itself
// fetches it once: the test checks that apart).
engineSuite('webkit', { wasmFetchesWithWorker: 2 });
