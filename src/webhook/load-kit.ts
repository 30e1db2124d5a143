// The message tables load on the first push of any bot in the process (see message-kit.ts). `kit`
// is set once they have: the bot (to parse) and the delivery (to render replies) read it.
import type * as MessageKit from './message-kit.js';

export let kit: typeof MessageKit | undefined;
let kitLoading: Promise<typeof MessageKit> | undefined;

export const loadKit = (): Promise<typeof MessageKit> => {
  kitLoading ??= import('./message-kit.js').then((m) => {
    kit = m;
    return m;
  });
  // A failed import (a broken install) is not remembered: the next push tries again.
  kitLoading.catch(() => {
    kitLoading = undefined;
  });
  return kitLoading;
};
