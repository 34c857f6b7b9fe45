// WebKit (Safari's engine): Debian's WebKitGTK MiniBrowser over WebKitWebDriver, under Xvfb at 390x844.
// Run alone: make test-webkit (needs dist/: make build).
import { engineSuite } from './flows.mjs';

engineSuite('webkit');
