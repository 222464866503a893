// A note in brackets after a quantity: ≥90%（含）, 100%（按期）, 3次(全年). The quantity is the target;
// the note qualifies it and is kept as written.

/** Brackets at the end holding a short note; the text before them must not end in "/" (元/(人·月) is a unit). */
const TRAILING_NOTE = /^(.*[^/／\s])\s*([（(])([^（）()]{1,20})([)）])$/;

export interface Noted {
  body: string;
  /** The note without its brackets ("含"). */
  note: string;
  /** The brackets and note as written ("（含）"). */
  written: string;
}

export function splitTrailingNote(text: string): Noted | null {
  const match = TRAILING_NOTE.exec(text);
  if (!match) return null;
  const note = match[3].trim();
  if (note === '') return null;
  return { body: match[1], note, written: `${match[2]}${match[3]}${match[4]}` };
}
