/**
 * Property tests explore fresh random cases on every local run, but CI decides whether a change
 * lands, so there they replay one fixed seed: a failure there is then a real regression, not a
 * new case drawn that day. FC_SEED=<n> replays any seed a failure printed.
 */
import fc from 'fast-check';

const CI_SEED = 20_261_128;
const fromEnv = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

if (fromEnv !== undefined && Number.isInteger(fromEnv)) fc.configureGlobal({ seed: fromEnv });
else if (process.env.CI) fc.configureGlobal({ seed: CI_SEED });
