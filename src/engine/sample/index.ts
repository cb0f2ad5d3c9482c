export type { Expectation, Sample, SampleContainer, SampleDefaults, SampleUser, ScriptMode } from './types';
export { sampleToEvent, describeProcess, type SampleError, type SampleToEventResult } from './to-event';
export { cachedSampleToEvent } from './event-cache';
export {
  CONTAINER_SHELL_DEFAULTS,
  DEFAULT_CONTAINER,
  DEFAULT_SAMPLE_DEFAULTS,
  PASSWD,
  SSH_SESSION_DEFAULTS,
} from './context';
export { splitCommand, quoteWord } from './shell-words';
