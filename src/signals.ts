// How a CLI stops on signals is shared with the emulator's own CLI, so it lives in the vocabulary.
export { onStopSignals } from '../vocabulary/signals.js';
