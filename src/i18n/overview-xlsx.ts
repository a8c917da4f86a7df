// Wording of overview.xlsx: the sheet's name and its column headings, with the titles of goals and indicators.

const sv = {
  sheet: 'Sammanställning',
  file: 'Fil',
  status: 'Status',
  ok: 'ok',
  failed: 'fel',
  path: 'ingen plan',
  kommunkod: 'Kommunkod',
  organisationsnummer: 'Organisationsnummer',
  huvudman: 'Huvudman',
  skolenhetskod: 'Skolenhetskod',
  skolenhet: 'Skolenhet',
  datum: 'Bedömningsdatum',
  goal: (id: string, title: string, what: 'current' | 'target' | 'gap') =>
    `Delmål ${id} ${title} – ${what === 'current' ? 'nuläge' : what === 'target' ? 'målnivå' : 'glapp'} (medel)`,
  area: (id: string, title: string) => `Fokusområde ${id} ${title} – glapp (medel)`,
  priorities: 'Högst prioriterat (indikatorer)',
  ownActions: 'Egna åtgärder',
  suggestions: 'Förslag från katalogen',
  notScheduled: 'Åtgärder som inte ryms',
  cost: 'Kostnad under perioden (kr)',
  estimated: 'Kostnaden delvis uppskattad',
  yes: 'ja',
  no: 'nej',
  late: 'Försenade åtgärder',
  indicator: (id: string, title: string, what: 'current' | 'target') => `${id} ${title} – ${what === 'current' ? 'nuläge' : 'målnivå'}`,
  unknown: 'vet ej',
  notRelevant: 'ej relevant',
};

export type OverviewXlsxText = typeof sv;

const en: OverviewXlsxText = {
  sheet: 'Overview',
  file: 'File',
  status: 'Status',
  ok: 'ok',
  failed: 'error',
  path: 'no plan',
  kommunkod: 'Municipality code (kommunkod)',
  organisationsnummer: 'Organisation number',
  huvudman: 'Organiser (huvudman)',
  skolenhetskod: 'School unit code (skolenhetskod)',
  skolenhet: 'School unit',
  datum: 'Assessment date',
  goal: (id, title, what) => `Goal ${id} ${title} – ${what === 'current' ? 'current' : what === 'target' ? 'target' : 'gap'} (mean)`,
  area: (id, title) => `Focus area ${id} ${title} – gap (mean)`,
  priorities: 'Top priorities (indicators)',
  ownActions: 'Own actions',
  suggestions: 'Catalogue suggestions',
  notScheduled: 'Actions that do not fit',
  cost: 'Cost over the period (SEK)',
  estimated: 'Cost partly estimated',
  yes: 'yes',
  no: 'no',
  late: 'Late actions',
  indicator: (id, title, what) => `${id} ${title} – ${what === 'current' ? 'current' : 'target'}`,
  unknown: 'unknown',
  notRelevant: 'not relevant',
};

export const overviewXlsxText = { sv, en };
