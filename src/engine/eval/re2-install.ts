/**
 * Imported for its effect by the hosts that have no reason to wait for RE2: the CLI, the analysis
 * worker, the benchmark and the unit tests (vitest.config.ts setupFiles). After this import a
 * condition using `regex` compiles synchronously, as in Falco. The page loads RE2 lazily instead
 * (src/ui/lazy/regex-engine.ts).
 */
import { re2Engine } from './re2';
import { setRegexEngine } from './regex';

setRegexEngine(re2Engine);
