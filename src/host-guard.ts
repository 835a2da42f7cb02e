// The DNS-rebinding defence is shared with the emulator, so it lives in the vocabulary below both.
export { hostRefusal, type HostRefusal, type HostRule } from '../vocabulary/host-guard.js';
