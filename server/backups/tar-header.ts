import "server-only";

// A minimal ustar writer: the archive writer knows each entry's size only after streaming it,
// so it writes headers itself (see docs/decisions: snapshot archive streaming).

export const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

/** A ustar header block for a regular file or directory. Sizes ≥ 8 GiB use the base-256 form. */
export function tarHeader(entry: { name: string; size: number; type?: "file" | "directory"; mtime?: Date }): Buffer {
  const buf = Buffer.alloc(BLOCK);
  const name = entry.type === "directory" && !entry.name.endsWith("/") ? `${entry.name}/` : entry.name;
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
  buf.write(name, 0, "utf8");
  buf.write(octal(entry.type === "directory" ? 0o755 : 0o644, 8), 100, "ascii");
  buf.write(octal(0, 8), 108, "ascii");
  buf.write(octal(0, 8), 116, "ascii");
  const size = entry.type === "directory" ? 0 : entry.size;
  if (size < 0o77777777777) buf.write(octal(size, 12), 124, "ascii");
  else {
    buf[124] = 0x80;
    let rest = BigInt(size);
    for (let i = 135; i > 124; i--) {
      buf[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
  }
  buf.write(octal(Math.floor((entry.mtime ?? new Date()).getTime() / 1000), 12), 136, "ascii");
  buf.write("        ", 148, "ascii");
  buf.write(entry.type === "directory" ? "5" : "0", 156, "ascii");
  buf.write("ustar\0", 257, "ascii");
  buf.write("00", 263, "ascii");
  let sum = 0;
  for (const byte of buf) sum += byte;
  buf.write(octal(sum, 7) + " ", 148, "ascii");
  return buf;
}

/** Zero bytes that complete an entry of `size` bytes to a whole block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The end-of-archive marker: two zero blocks. */
export function tarEnd(): Buffer {
  return Buffer.alloc(2 * BLOCK);
}
