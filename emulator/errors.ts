// ARM-shaped errors thrown inside the emulator and turned into `{ error: { code, message } }` answers.
export class ArmHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
