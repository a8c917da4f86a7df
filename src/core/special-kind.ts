// What stands at a path that is not a regular file; read by io, worded by i18n.

/** What stands at a path that is not a regular file: a device (/dev/zero), a named pipe, a socket. */
export type SpecialKind = 'device' | 'fifo' | 'socket' | 'other';
