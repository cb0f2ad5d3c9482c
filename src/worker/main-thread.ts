/**
 * What the page may compute on its own thread. The analysis service runs small work there (the
 * verdicts arrive within the keystroke's frame) and the explanation, linter and tuning read the
 * same compile; anything larger goes to the analysis worker (analysis-service.ts).
 *
 * Text size and the number of samples do not tell how large the work is: a 28 KB file of doubling
 * macros (`m1: m0 or m0` ... `m15`) used by 300 rules inlines 20 million nodes. So the main thread's
 * loads have a macro expansion budget of their own, far below the loader's (rules/macros.ts), and
 * the service asks the compile (bounded by that budget) how many nodes a sample's evaluation
 * walks before evaluating any sample here.
 */
import { createAnalyzer } from '../engine/analyze';

/**
 * Macro nodes a load on the main thread may inline: ten times what the three upstream rulesets
 * need together (2,353), a tenth of the loader's budget. A load past it is analysed in the worker.
 */
export const MAIN_THREAD_INLINED_NODES = 25_000;

/**
 * Samples x nodes of the compiled rules (macros inlined) evaluated on the main thread at most: a
 * few tens of milliseconds. The seed with 200 samples is ~10,000; 300 samples of a rule with a
 * 65,000-node macro would be 20 million.
 */
export const MAX_INLINE_EVALUATED_NODES = 1_000_000;

/** The page's analyzer: the service's inline analyses, explanations and hints share its memo. */
export const mainThreadAnalyzer = createAnalyzer({ maxInlinedNodes: MAIN_THREAD_INLINED_NODES });
