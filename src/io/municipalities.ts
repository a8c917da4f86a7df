// The 290 municipalities with kommunkod and län, read once from data/municipalities.json.
import { readFileSync } from 'node:fs';
import { packagePath } from './paths.ts';

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  county: string;
}

let cache: Municipality[] | undefined;

export function loadMunicipalities(): Municipality[] {
  cache ??= (JSON.parse(readFileSync(packagePath('data', 'municipalities.json'), 'utf8')) as { municipalities: Municipality[] }).municipalities;
  return cache;
}

let names: Map<string, string> | undefined;

/** Kommunkod → name, for the plan checks. */
export function municipalityNames(): ReadonlyMap<string, string> {
  names ??= new Map(loadMunicipalities().map((m) => [m.code, m.name]));
  return names;
}

export function municipalityByCode(code: string): Municipality | undefined {
  return loadMunicipalities().find((m) => m.code === code);
}
