/**
 * Sorts the lines of an article body into paragraphs, subheads and photo captions.
 * Publishers print a photo as an alt-text line followed by a caption line that ends in a
 * credit, "(AP: Sergei Bobylev)" or "(Reuters/KRT)"; subheads are short unpunctuated lines.
 */
import { outletByName } from './outlets';
import { extractInlineExtras } from './inline-extras';

export interface ArticleBody {
  paragraphs: string[];
  headings: string[];
  captions: string[];
  embeds: string[];
}

type LineRole = 'paragraph' | 'heading' | 'caption';

/** Credits that name no outlet but mark a photo. */
const PHOTO_CREDIT_WORDS = /^(getty images|supplied|file( photo)?|handout|shutterstock|epa|aap image|pool)$/i;
const CLOSING_MARKS = /[\s'"’”)\]»]+$/;
/** Finite verbs of reporting prose; photo descriptions are participial ("Putin speaking"). */
const FINITE_VERB = /\b(is|are|was|were|has|have|had|said|says|told|will|would|could|can)\b/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function endsWithSentencePunctuation(text: string): boolean {
  return /[.!?,;:…]$/.test(text.replace(CLOSING_MARKS, ''));
}

/** "(AP: Name)", "(Reuters/KRT)", "(Getty Images)", "(Reuters)". */
function isCreditParenthetical(inner: string): boolean {
  const agencyAndPerson = /^[\p{L}][\p{L} .&'-]{0,30}:\s*\S.{0,60}$/u;
  const agencySlashSource = /^[\p{L}][\p{L}.&' -]{0,30}\/[\p{L}.&' -]{1,30}$/u;
  return (
    agencyAndPerson.test(inner) ||
    agencySlashSource.test(inner) ||
    PHOTO_CREDIT_WORDS.test(inner) ||
    outletByName(inner) !== null
  );
}

/** A line that ends with a credit in parentheses and nothing after it. */
function isCaptionLine(line: string): boolean {
  const credit = /\(([^()]{2,80})\)$/.exec(line);
  return credit !== null && wordCount(line.slice(0, credit.index)) >= 3 && isCreditParenthetical(credit[1]!);
}

/** The alt text printed before a caption: a short description, not reporting prose. */
function isAltText(line: string): boolean {
  if (wordCount(line) > 30 || /["“”]/.test(line)) return false;
  if (!endsWithSentencePunctuation(line)) return true;
  const oneSentence = !/[.!?]\s+\S/.test(line);
  return oneSentence && !FINITE_VERB.test(line);
}

function isSubhead(line: string): boolean {
  return (
    wordCount(line) <= 12 &&
    line.length <= 100 &&
    /^['"‘“]?\p{Lu}/u.test(line) &&
    !endsWithSentencePunctuation(line)
  );
}

function assignRoles(lines: string[]): LineRole[] {
  const roles: (LineRole | undefined)[] = lines.map((line) => (isCaptionLine(line) ? 'caption' : undefined));
  roles.forEach((role, index) => {
    if (role === 'caption' && index > 0 && roles[index - 1] === undefined && isAltText(lines[index - 1]!)) {
      roles[index - 1] = 'caption';
    }
  });
  // A subhead introduces text, so the last line of a body is never one.
  const lastProse = roles.lastIndexOf(undefined);
  return roles.map((role, index) =>
    role ?? (index < lastProse && isSubhead(lines[index]!) ? 'heading' : 'paragraph'),
  );
}

export function readBody(lines: string[]): ArticleBody {
  const body: ArticleBody = { paragraphs: [], headings: [], captions: [], embeds: [] };
  const roles = assignRoles(lines);
  lines.forEach((line, index) => {
    if (roles[index] === 'heading') body.headings.push(line);
    else if (roles[index] === 'caption') body.captions.push(line);
    else {
      const extras = extractInlineExtras(line);
      if (extras.text) body.paragraphs.push(extras.text);
      body.captions.push(...extras.captions);
      body.embeds.push(...extras.embeds.filter((embed) => !body.embeds.includes(embed)));
    }
  });
  return body;
}
