/** Expected rejections are values, never exceptions: adapters turn codes into localised messages. */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Rejected<C extends string> = { readonly ok: false; readonly code: C; readonly detail?: string };
export type Result<T, C extends string> = Ok<T> | Rejected<C>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const reject = <C extends string>(code: C, detail?: string): Rejected<C> =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };

/** A failure (a bug, a database that went away): thrown, with the underlying error as cause. */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}
