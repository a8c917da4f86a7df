// Wording of `skoldigiplan validate`.

const sv = {
  valid: 'giltig',
  summary: (files: number, bad: number, errors: number) =>
    `${bad} av ${files} ${files === 1 ? 'fil' : 'filer'} har fel (${errors} ${errors === 1 ? 'fel' : 'fel'} totalt).`,
};

const en: typeof sv = {
  valid: 'valid',
  summary: (files, bad, errors) =>
    `${bad} of ${files} ${files === 1 ? 'file has' : 'files have'} problems (${errors} ${errors === 1 ? 'error' : 'errors'} in all).`,
};

export const validateText = { sv, en };
