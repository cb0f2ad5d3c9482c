/**
 * Property and fuzz tests run with a fixed seed by default, so `npm test` and CI give the same
 * answer every time. `npm run test:explore` (FRP_FC_SEED=random) runs them with a new seed each
 * time to look for new counterexamples; FRP_FC_SEED=<number> replays a reported one. Every
 * counterexample found that way is fixed and kept as a regression test.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20261204;
const wanted = process.env.FRP_FC_SEED;
if (wanted !== 'random') {
  const seed = wanted && /^-?\d+$/.test(wanted) ? Number(wanted) : DEFAULT_SEED;
  fc.configureGlobal({ seed });
}
