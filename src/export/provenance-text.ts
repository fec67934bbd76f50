// Chart specs may already carry the label ("出典: …", "Source: …"); exports add their own, so strip it first.
const SOURCE_PREFIX = /^\s*(出典|sources?)\s*[:：]\s*/i;
const NOTE_PREFIX = /^\s*(注|notes?)\s*[:：]\s*/i;

export function bareSource(source: string): string {
  return source.replace(SOURCE_PREFIX, '');
}

export function bareNote(note: string): string {
  return note.replace(NOTE_PREFIX, '');
}
