/**
 * Finds English sentences in text meant for a Russian workbook: three or more Latin words in a
 * row. Addresses, links and Google's own names (at most two words: «Google Workspace», «Apps
 * Script») are not sentences; neither is a setting's value list («live / preview / off»).
 */
const URL = /\b(?:https?:\/\/|mailto:)[^\s<>"')»]+/g;
const EMAIL = /[^\s<>"'(),;:«»]+@[^\s<>"'(),;:«»]+/g;
const WORDS = /[A-Za-z][A-Za-z'’-]*(?: +[A-Za-z][A-Za-z'’-]*){2,}/g;

/** The English sentences (runs of three or more Latin words) found in `text`. */
export function englishSentences(text: string): string[] {
  const plain = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(URL, ' ')
    .replace(EMAIL, ' ');
  return plain.match(WORDS) ?? [];
}
