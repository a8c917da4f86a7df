// Wording of `skoldigiplan schema`.

const sv = {
  unknown: (name: string, names: string) => `okänt schema ${name ? `'${name}'` : ''}; välj ett av: ${names}`.replace('  ', ' '),
  wrote: (file: string) => `Skrev ${file}.`,
};

const en: typeof sv = {
  unknown: (name, names) => `unknown schema ${name ? `'${name}'` : ''}; choose one of: ${names}`.replace('  ', ' '),
  wrote: (file) => `Wrote ${file}.`,
};

export const schemaText = { sv, en };
