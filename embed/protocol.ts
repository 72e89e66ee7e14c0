/**
 * The messages between an embed page (embed/embed.ts) and the page that frames it (embed/parent.ts), in one place
 * (decision 0046). A module with nothing else, so that each side imports only these names.
 */

/** `type` of the height message the embed pages post. */
export const EMBED_MESSAGE_TYPE = 'intras:height';
/** `type` of the request the parent sends to a frame (the frame answers with its height). */
export const EMBED_PING_TYPE = 'intras:ping';
