/**
 * Aggregators flatten an article into one long line, so photo captions and embedded
 * social-media posts end up inside the running text. This pulls them back out by shape.
 */
export interface InlineExtras {
  /** The paragraph with captions and embeds removed; may be empty. */
  text: string;
  captions: string[];
  embeds: string[];
}

const SENTENCE_START = String.raw`(?<=^|[.!?]['’"”]?\s)`;
/**
 * A caption sentence followed by a photo credit that ends in "Credit: <Name>" and has no
 * sentence punctuation of its own: "Dutch defence chief … spending. Dutch Ministry of
 * Defence / Handout Credit: Supplied". The credit name is one word (optionally "Images"),
 * since the next sentence follows without punctuation between.
 */
const INLINE_CAPTION = new RegExp(
  SENTENCE_START + String.raw`\p{Lu}[^.!?]*[.!?]\s+[^.!?]{0,80}?\bCredit:\s*[\p{L}\p{N}]+(?:\s+Images?)?(?=\s|$)`,
  'gu',
);
/** An embedded post: a sentence that opens with an emoji or a flag, as posts do, not prose. */
const EMBEDDED_POST = new RegExp(
  SENTENCE_START + String.raw`[\p{Extended_Pictographic}\p{Regional_Indicator}][^]*?[.!?](?=\s|$)`,
  'gu',
);

function collapseSpaces(text: string): string {
  return text.replace(/\s{2,}/g, ' ').trim();
}

export function extractInlineExtras(paragraph: string): InlineExtras {
  const captions: string[] = [];
  const embeds: string[] = [];
  let text = paragraph.replace(INLINE_CAPTION, (caption) => {
    captions.push(caption.trim());
    return '';
  });
  text = text.replace(EMBEDDED_POST, (post) => {
    // Embeds are often printed twice (the post and its fallback text): keep one.
    if (!embeds.includes(post.trim())) embeds.push(post.trim());
    return '';
  });
  return { text: collapseSpaces(text), captions, embeds };
}
