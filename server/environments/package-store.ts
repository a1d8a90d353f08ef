import "server-only";
import { randomUUID } from "node:crypto";
import { PassThrough, Readable, Transform } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { BlobServiceClient, BlockBlobClient } from "@azure/storage-blob";
import yauzl from "yauzl";
import { MAX_PACKAGE_BYTES } from "@/lib/environments";
import { AppError } from "../errors";
import { isSupportedVersion, METADATA_ENTRY, NOT_AN_MDA, parsePackageMetadata, unsupportedVersionMessage, type PackageMetadata } from "./package-rules";

// Deployment packages in the cluster's storage account. An upload streams from the request body
// into a block blob (never whole in memory or on disk); the Mendix version is then read from the
// blob's zip directory with range reads, so only the directory and metadata.json are fetched.

export const PACKAGES_CONTAINER = "mendix-packages";
const MAX_METADATA_BYTES = 64 * 1024;
const UPLOAD_BLOCK_BYTES = 4 * 1024 * 1024;

export interface StoredPackage {
  blobName: string;
  size: number;
  metadata: PackageMetadata;
}

/** Counts bytes and stops the stream past `limit`. */
function sizeLimit(limit: number, counted: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length;
      if (counted.bytes > limit) done(new AppError("invalid_input", `The package is larger than ${Math.round(limit / 1024 / 1024)} MB.`));
      else done(null, chunk);
    },
  });
}

/** Reads byte ranges of a blob for yauzl: the zip's directory sits at the end of the file. */
class BlobRangeReader extends yauzl.RandomAccessReader {
  constructor(private readonly blob: BlockBlobClient) {
    super();
  }
  _readStreamForRange(start: number, end: number): Readable {
    const out = new PassThrough();
    this.blob
      .download(start, end - start)
      .then((response) => {
        const body = response.readableStreamBody as Readable | undefined;
        if (!body) throw new Error("The package could not be read back from storage.");
        body.on("error", (error) => out.destroy(error));
        body.pipe(out);
      })
      .catch((error: Error) => out.destroy(error));
    return out;
  }
}

async function readEntryText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_METADATA_BYTES) throw new AppError("invalid_input", NOT_AN_MDA);
  const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))));
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > MAX_METADATA_BYTES) throw new AppError("invalid_input", NOT_AN_MDA);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The package's metadata, read from the stored blob; AppError(invalid_input) when it is not a usable .mda. */
export async function readPackageMetadata(blob: BlockBlobClient, size: number): Promise<PackageMetadata> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(new BlobRangeReader(blob), size, { lazyEntries: true, autoClose: false });
  } catch {
    throw new AppError("invalid_input", NOT_AN_MDA);
  }
  try {
    const text = await new Promise<string | null>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName === METADATA_ENTRY) readEntryText(zip, entry).then(resolve, reject);
        else zip.readEntry();
      });
      zip.on("end", () => resolve(null));
      zip.on("error", () => reject(new AppError("invalid_input", NOT_AN_MDA)));
      zip.readEntry();
    });
    const metadata = text === null ? null : parsePackageMetadata(text);
    if (!metadata) throw new AppError("invalid_input", NOT_AN_MDA);
    return metadata;
  } catch (error) {
    throw error instanceof AppError ? error : new AppError("invalid_input", NOT_AN_MDA);
  } finally {
    zip.close();
  }
}

/**
 * Streams an uploaded package into storage and checks it: a zip with Mendix metadata, built with
 * Mendix 10.10 or later. A refused package is deleted again and nothing else changes.
 */
export async function storePackage(storage: BlobServiceClient, environmentId: string, body: WebReadableStream<Uint8Array> | Readable, limit = MAX_PACKAGE_BYTES): Promise<StoredPackage> {
  const container = storage.getContainerClient(PACKAGES_CONTAINER);
  await container.createIfNotExists();
  const blobName = `${environmentId}/${randomUUID()}.mda`;
  const blob = container.getBlockBlobClient(blobName);
  const counted = { bytes: 0 };
  const source = body instanceof Readable ? body : Readable.fromWeb(body);
  const limited = source.pipe(sizeLimit(limit, counted));
  source.on("error", (error) => limited.destroy(error));
  try {
    await blob.uploadStream(limited, UPLOAD_BLOCK_BYTES, 2, { blobHTTPHeaders: { blobContentType: "application/octet-stream" } });
    if (counted.bytes === 0) throw new AppError("invalid_input", "The request has no package in its body.");
    const metadata = await readPackageMetadata(blob, counted.bytes);
    if (!isSupportedVersion(metadata.runtimeVersion)) throw new AppError("invalid_input", unsupportedVersionMessage(metadata.runtimeVersion));
    return { blobName, size: counted.bytes, metadata };
  } catch (error) {
    await blob.deleteIfExists().catch(() => undefined);
    if (error instanceof AppError) throw error;
    const limitError = (limited as Transform & { errored?: unknown }).errored;
    if (limitError instanceof AppError) throw limitError;
    throw error;
  }
}

export function packageBlob(storage: BlobServiceClient, blobName: string): BlockBlobClient {
  return storage.getContainerClient(PACKAGES_CONTAINER).getBlockBlobClient(blobName);
}

/** Deletes every package of an environment (when the environment is deleted). */
export async function deletePackages(storage: BlobServiceClient, environmentId: string): Promise<void> {
  const container = storage.getContainerClient(PACKAGES_CONTAINER);
  if (!(await container.exists())) return;
  for await (const item of container.listBlobsFlat({ prefix: `${environmentId}/` })) await container.deleteBlob(item.name).catch(() => undefined);
}
