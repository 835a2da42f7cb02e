// The loopback rule is shared with the emulator, so it lives in the vocabulary below both.
export { hostOfHeader, isLoopbackHost } from '../vocabulary/loopback.js';
