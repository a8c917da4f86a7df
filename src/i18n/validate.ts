// Wording of `skoldigiplan validate`.
import { plural } from './plural.ts';

const sv = {
  valid: 'giltig',
  summary: (files: number, bad: number, errors: number) => `${bad} av ${files} ${plural('sv', files, 'fil', 'filer')} har fel (${errors} fel totalt).`,
};

const en: typeof sv = {
  valid: 'valid',
  summary: (files, bad, errors) =>
    `${bad} of ${files} ${plural('en', files, 'file has', 'files have')} problems (${errors} ${plural('en', errors, 'error', 'errors')} in all).`,
};

export const validateText = { sv, en };
