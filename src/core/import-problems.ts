// What can be wrong in an imported CSV sheet: its header, or one of its rows. Found by the importer, worded by i18n.

/** A problem with a column header. */
export type HeaderProblem =
  | { column: number; header: string; code: 'unknown-column' }
  | { column: number; header: string; code: 'unknown-indicator'; indicator: string; near?: string }
  | { column: number; header: string; code: 'duplicate-column'; first: number }
  | { column: 0; code: 'missing-name' }
  | { column: 0; code: 'missing-identity' };

/** A problem with a value in a row. */
export type RowProblem = { column: number } & (
  | { code: 'required'; field: 'name' }
  | { code: 'no-identity' }
  | { code: 'bad-kind'; value: string }
  | { code: 'bad-municipality-code'; value: string }
  | { code: 'unknown-municipality'; value: string }
  | { code: 'bad-org-number'; value: string }
  | { code: 'org-number-check'; value: string }
  | { code: 'bad-unit-code'; value: string }
  | { code: 'unit-code-without-name' }
  | { code: 'bad-school-form'; value: string }
  | { code: 'bad-date'; value: string }
  | { code: 'bad-term'; value: string }
  | { code: 'bad-integer'; value: string; min: number; max: number }
  | { code: 'bad-amount'; value: string }
  | { code: 'bad-email'; value: string }
  | { code: 'bad-level'; value: string; indicator: string }
  | { code: 'bad-combined'; value: string; indicator: string }
  | { code: 'missing-target'; indicator: string }
  | { code: 'missing-current'; indicator: string }
  | { code: 'target-below-current'; indicator: string; current: number; target: number }
  | { code: 'status-with-level'; indicator: string }
  | { code: 'bad-importance'; value: string }
);
