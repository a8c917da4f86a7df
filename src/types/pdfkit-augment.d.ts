// What pdfkit 0.20 does that @types/pdfkit 0.17 does not describe: the PDF/UA subset, structure attributes, tagged links and font objects.

declare namespace PDFKit {
  /**
   * A parsed font as fontkit makes them: pdfkit takes any object with `layout()` wherever it takes a font file. The
   * renderer registers its own TrueTypeFont (src/render/pdf/truetype.ts), so fontkit never parses the fonts.
   */
  interface FontkitFont {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
    glyphsForString(text: string): { id: number; advanceWidth: number; codePoints: number[] }[];
  }

  /** Document options of pdfkit 0.20. */
  interface PDFDocumentOptions020 extends Omit<PDFDocumentOptions, 'subset' | 'font'> {
    subset?: Mixins.PDFSubsets | 'PDF/UA';
    /** `null` loads no default font, so none of the 14 standard (non-embedded) fonts is ever used. */
    font?: string | null;
  }

  /**
   * pdfkit's font object for an embedded font (internal, present in 0.20). `font` is the parsed font it was made from
   * (the registered TrueTypeFont, or fontkit's font for a font file); `layoutCache` holds the shaped words, which
   * depend only on the font and can be shared between documents. The rest is what text-ops.ts writes text with.
   */
  interface EmbeddedFont {
    font: FontkitFont;
    layoutCache: Record<string, unknown>;
    /** Resource name on the page, such as `F1`. */
    id: string;
    /** Ascender in thousandths of an em. */
    ascender: number;
    /** The font's dictionary, for a page's resources. */
    ref(): unknown;
    /** The glyphs to embed: a glyph's code in the document is its index here. */
    subset: { includeGlyph(id: number): number };
    /** Width of each code, in thousandths of an em. */
    widths: number[];
    /** Characters of each code, for the ToUnicode map. */
    unicode: number[][];
  }

  interface PDFDocument {
    // biome-ignore lint/suspicious/noMisleadingInstantiator: @types/pdfkit exports the class as a value of this interface, so its constructor is a `new` member here; this adds pdfkit 0.20's options.
    new (options?: PDFDocumentOptions020): PDFDocument;
    /** The current font; its parts are checked before use, as another pdfkit version may lack them. */
    _font?: Partial<EmbeddedFont>;
  }

  interface PDFKitReference {
    /** Writes the object (its data given to `ref()`); the chunk is optional. */
    end(): void;
  }

  namespace Mixins {
    interface PDFFont {
      font(src: FontkitFont | PDFFontSource, size?: number): this;
      registerFont(name: string, src: FontkitFont | PDFFontSource): this;
    }

    interface StructureElementOptions {
      /** Layout attribute BBox, in page coordinates from the top left (pdfkit converts). */
      bbox?: [number, number, number, number];
      placement?: 'Block' | 'Inline';
      /** Table attribute Scope for a TH. */
      scope?: 'Row' | 'Column' | 'Both';
    }

    interface TaggedLinkOptions {
      /** The Link structure element the annotation belongs to. */
      structParent?: PDFStructureElement;
      /** The annotation's description for assistive technology (a PDF string, hence `String`). */
      // biome-ignore lint/complexity/noBannedTypes: pdfkit writes a String object as a PDF string and a primitive string as a PDF name.
      Contents?: String;
    }

    interface TaggedAnnotationOptions {
      Subtype: string;
      /** The action, such as a URI action made with `ref()`. */
      A?: PDFKitReference;
      structParent?: PDFStructureElement;
      /** A PDF string: a string object, or bytes (written in hex). */
      // biome-ignore lint/complexity/noBannedTypes: pdfkit writes a String object as a PDF string and a primitive string as a PDF name.
      Contents?: String | Uint8Array;
    }

    interface PDFAnnotation {
      annotate(x: number, y: number, w: number, h: number, options: TaggedAnnotationOptions): this;
      /** A link to an address, or (a number) to the page with that index. */
      link(x: number, y: number, w: number, h: number, url: string | number, options: TaggedLinkOptions): this;
    }
  }
}
