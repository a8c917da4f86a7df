// Writes data/municipalities.json from the npm package `kommunkoder` (SCB's list); run by hand when the list changes.
import { readFileSync, writeFileSync } from 'node:fs';

const rows = JSON.parse(readFileSync(new URL('../node_modules/kommunkoder/data.json', import.meta.url), 'utf8'));
const municipalities = rows
  .map((r) => ({ code: r.code, name: r.municipality, countyCode: r.code.slice(0, 2), county: r.county }))
  .sort((a, b) => a.code.localeCompare(b.code));
if (municipalities.length !== 290) throw new Error(`expected 290 municipalities, got ${municipalities.length}`);
const out = {
  description: 'Sveriges 290 kommuner med kommunkod och län.',
  sources: [
    {
      title: 'SCB, Län och kommuner i kodnummerordning',
      url: 'https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/',
    },
    { title: 'npm-paketet kommunkoder 1.1.1 (SCB:s lista, uppdaterad 2015-03-09)', url: 'https://www.npmjs.com/package/kommunkoder' },
  ],
  note: 'Ingen kommun och ingen kommunkod har ändrats sedan 2007 (Heby till Uppsala län, kod 0331); listan har 290 kommuner i 21 län.',
  date: '2015-03-09',
  municipalities,
};
writeFileSync(new URL('../data/municipalities.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${municipalities.length} municipalities`);
