// The fast reader's way of saying "this file has a shape I do not read exactly as exceljs does": the
// caller then reads the file through exceljs, so an unfamiliar part never gives a different reading.
export class FastReadUnsupported extends Error {
  constructor(reason: string) {
    super(`fast reader: ${reason}`);
    this.name = 'FastReadUnsupported';
  }
}

export function unsupported(reason: string): never {
  throw new FastReadUnsupported(reason);
}
