import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Installations (their bot and user tokens) are stored encrypted with AES-256-GCM under
 * SLACK_INSTALLATION_KEY. A sealed value reads "v1.<key id>.<iv>.<tag>.<ciphertext>" (base64url): the key id
 * (8 hex digits of the key's SHA-256) says which key sealed it, so rotation knows what to open it with and
 * what `notequiz slack reseal` still has to redo. The row's key ("slack:T1") is bound in as associated data:
 * a sealed value copied onto another workspace's row does not open.
 */
export interface SealingKeys {
  readonly current: Buffer;
  readonly previous: Buffer | null;
}

const VERSION = 'v1';
const IV_BYTES = 12;

export class SealError extends Error {
  constructor(
    readonly code: 'not_sealed' | 'unknown_key' | 'tampered',
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'SealError';
  }
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function seal(plaintext: string, key: Buffer, boundTo: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, keyIdOf(key), iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Which key sealed a value: 'current', 'previous', or null when neither (or it is not sealed). */
export function sealedWith(sealed: string, keys: SealingKeys): 'current' | 'previous' | null {
  const id = sealed.split('.')[1];
  if (id === keyIdOf(keys.current)) return 'current';
  if (keys.previous !== null && id === keyIdOf(keys.previous)) return 'previous';
  return null;
}

/** The plaintext, opened with whichever of the keys sealed it. Throws a SealError otherwise. */
export function unseal(sealed: string, keys: SealingKeys, boundTo: string): string {
  const parts = sealed.split('.');
  const [version, , iv, tag, data] = parts;
  if (
    parts.length !== 5 ||
    version !== VERSION ||
    iv === undefined ||
    tag === undefined ||
    data === undefined
  )
    throw new SealError('not_sealed', 'the stored installation is not a sealed value');
  const which = sealedWith(sealed, keys);
  const key = which === 'current' ? keys.current : which === 'previous' ? keys.previous : null;
  if (key === null)
    throw new SealError(
      'unknown_key',
      'the stored installation was sealed with a key that is neither SLACK_INSTALLATION_KEY nor SLACK_INSTALLATION_KEY_PREVIOUS',
    );
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch (error) {
    throw new SealError(
      'tampered',
      'the stored installation did not decrypt (altered, or moved to another row)',
      {
        cause: error,
      },
    );
  }
}
