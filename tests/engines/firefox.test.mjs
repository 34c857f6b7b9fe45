// Firefox: Debian's firefox-esr, headless, over WebDriver BiDi with puppeteer-core (no geckodriver).
// Run alone: make test-firefox (needs dist/: make build).
import { engineSuite } from './flows.mjs';

engineSuite('firefox');
