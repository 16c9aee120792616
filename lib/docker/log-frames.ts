/**
 * Docker's multiplexed log stream (containers without a TTY): frames of an 8-byte header —
 * stream type, three zero bytes, payload size (big-endian) — then the payload. Service and
 * container logs of the probe come this way; anything else is taken as plain text.
 */
export function demuxLogs(buffer: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const type = buffer[offset];
    const framed =
      (type === 0 || type === 1 || type === 2) &&
      buffer[offset + 1] === 0 &&
      buffer[offset + 2] === 0 &&
      buffer[offset + 3] === 0;
    if (!framed) break;
    const size = buffer.readUInt32BE(offset + 4);
    parts.push(buffer.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  if (parts.length === 0) return buffer.toString("utf8");
  return Buffer.concat(parts).toString("utf8");
}
