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

  interface PDFDocument {
    new (options?: PDFDocumentOptions020): PDFDocument;
    /**
     * The current font (pdfkit internal, present in 0.20): `font` is the parsed font it was made from (the
     * registered TrueTypeFont, or fontkit's font for a font file) and `layoutCache` the shaped words, which depend
     * only on the font and can be shared between documents.
     */
    _font?: {
      font?: FontkitFont;
      layoutCache?: Record<string, unknown>;
      /** Resource name on the page, such as `F1`. */
      id?: string;
      /** Glyph ids of the subset (hex) and positions in thousandths of an em; records the glyphs for embedding. */
      encode?(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
      /** The font's dictionary, for a page's resources. */
      ref?(): unknown;
      /** Ascender in thousandths of an em. */
      ascender?: number;
    };
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
      // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
      Contents?: String;
    }

    interface TaggedAnnotationOptions {
      Subtype: string;
      /** The action, such as a URI action made with `ref()`. */
      A?: PDFKitReference;
      structParent?: PDFStructureElement;
      /** A PDF string: a string object, or bytes (written in hex). */
      // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
      Contents?: String | Uint8Array;
    }

    interface PDFAnnotation {
      annotate(x: number, y: number, w: number, h: number, options: TaggedAnnotationOptions): this;
      /** A link to an address, or (a number) to the page with that index. */
      link(x: number, y: number, w: number, h: number, url: string | number, options: TaggedLinkOptions): this;
    }
  }
}
