export { classifyTone, normalizeTone, TONES, type Tone, type ToneAnalysis } from './classify-tone.js';
export { measureTone, type ToneMeasurement } from './measure.js';
export { DEV as TONE_DEV_SET, HELD_OUT as TONE_HELD_OUT_SET, type LabelledReply } from './labelled-set.js';
