/**
 * A file's bytes as text. The browser's File.text() always decodes UTF-8, which garbled a page
 * saved in its own encoding ("Caf� prices rise" from a windows-1252 page, with no warning) and
 * refused a Notepad "Unicode" text (UTF-16) in Firefox as binary. So, as a browser reads a page:
 * a byte-order mark decides; else, for HTML, the charset its first 1,024 bytes declare; else
 * UTF-8, and bytes that are not UTF-8 are read as windows-1252, the commonest legacy encoding
 * of Western text (what browsers fall back to for an undeclared page in these languages).
 */

/** The HTML standard's prescan reaches this far for a <meta> charset. */
const PRESCAN_BYTES = 1024;

/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const DECLARED_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** Labels the Encoding standard reads as windows-1252 (a page that says Latin-1 means it). */
const WINDOWS_1252_LABELS = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/i;

/**
 * windows-1252's characters for bytes 0x80-0x9F (curly quotes, dashes, the euro sign); the other
 * bytes are their own code points. Decoded here, not by TextDecoder: Node's decodes this range as
 * Latin-1 controls, and the command-line tools and tests run there.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  // A browser's 'latin1' decoder is windows-1252 already; Node's leaves 0x80-0x9F as controls.
  return new TextDecoder('latin1').decode(bytes).replace(/[\x80-\x9f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80]);
}

export function decodeFile(bytes: Uint8Array, html: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (html) {
    // Read byte for character just to find the declaration, which is ASCII.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
    const declared = DECLARED_CHARSET.exec(head)?.[1];
    // A page cannot declare UTF-16 in its own bytes' ASCII (the standard reads that as UTF-8).
    if (declared && WINDOWS_1252_LABELS.test(declared)) return decodeWindows1252(bytes);
    if (declared && !/^utf-?16/i.test(declared)) {
      try {
        return new TextDecoder(declared).decode(bytes);
      } catch {
        // A label the platform does not know: read on as undeclared.
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
