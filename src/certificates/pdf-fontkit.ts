/**
 * The fontkit pdf-lib embeds fonts with, made fit for thousands of documents: each font file is
 * parsed once per process (not once per PDF), and the shaping of a text is remembered, since
 * pdf-lib shapes every text twice (to measure it and to draw it) and shaping is its slowest part.
 */
import fontkit, { type Font } from '@pdf-lib/fontkit';

/** Drop the remembered layouts past this many texts. */
const LAYOUT_MEMO_LIMIT = 10_000;

const parsed = new WeakMap<Uint8Array, Font>();

function rememberLayouts(font: Font): Font {
  const layout = font.layout.bind(font);
  const memo = new Map<string, ReturnType<Font['layout']>>();
  // pdf-lib only reads the glyph runs it gets, so one run can serve every document.
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length > 0) return layout(text, features, ...rest);
    let run = memo.get(text);
    if (!run) {
      if (memo.size >= LAYOUT_MEMO_LIMIT) memo.clear();
      run = layout(text);
      memo.set(text, run);
    }
    return run;
  };
  return font;
}

/** Pass to `PDFDocument.registerFontkit`; fonts must be given as the same bytes each time (see fontBytes). */
export const sharedFontkit = {
  create(data: Uint8Array): Font {
    let font = parsed.get(data);
    if (!font) {
      font = rememberLayouts(fontkit.create(data));
      parsed.set(data, font);
    }
    return font;
  },
};
