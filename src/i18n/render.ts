// Wording of `skoldigiplan render`.

const sv = {
  wrote: (file: string) => `Skrev ${file}`,
  stdoutOneFormat: '-o - skriver till standard ut och fungerar bara med ett format',
  stdoutOneFormatHint: 'välj ett format, t.ex. --format md -o -, eller ange en bas-sökväg med -o',
  pdfToTerminal: 'en PDF skrivs inte ut i terminalen',
  pdfToTerminalHint: 'skicka vidare till en fil (> plan.pdf) eller ange -o plan.pdf',
  wouldOverwritePlan: (f: string) => `-o pekar på planfilen ${f}, som render aldrig skriver över`,
  wouldOverwritePlanHint: 'ange ett annat filnamn med -o, t.ex. plan.md, eller utelämna -o så hamnar planen bredvid planfilen',
};

const en: typeof sv = {
  wrote: (file) => `Wrote ${file}`,
  stdoutOneFormat: '-o - writes to standard output and works with one format only',
  stdoutOneFormatHint: 'choose one format, e.g. --format md -o -, or give a base path with -o',
  pdfToTerminal: 'a PDF is not printed to the terminal',
  pdfToTerminalHint: 'redirect it to a file (> plan.pdf) or give -o plan.pdf',
  wouldOverwritePlan: (f) => `-o points at the plan file ${f}, which render never overwrites`,
  wouldOverwritePlanHint: 'give another file name with -o, e.g. plan.md, or leave out -o to write beside the plan file',
};

export const renderText = { sv, en };
