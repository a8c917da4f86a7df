// Wording for writing files.

const sv = {
  exists: (f: string) => `${f} finns redan och skrivs inte över`,
  existsHint: 'lägg till --force för att skriva över, eller välj ett annat namn med -o',
  isDirectory: (f: string) => `${f} är en mapp`,
  isDirectoryHint: 'ange ett filnamn med -o',
  writeFailed: (f: string, m: string) => `kunde inte skriva ${f}: ${m}`,
};

const en: typeof sv = {
  exists: (f) => `${f} already exists and is not overwritten`,
  existsHint: 'add --force to overwrite, or choose another name with -o',
  isDirectory: (f) => `${f} is a folder`,
  isDirectoryHint: 'give a file name with -o',
  writeFailed: (f, m) => `could not write ${f}: ${m}`,
};

export const outputText = { sv, en };
