// How the catalogue's parts are named wherever they are shown: the headings of focus areas and goals, the levels
// and the kinds of support resources, alike in the catalogue listing, the questionnaire, the assessment and the plan.
import type { ResourceKind } from '../core/model.ts';

const sv = {
  focusArea: (id: string, title: string) => `Fokusområde ${id}: ${title}`,
  goal: (id: string, text: string) => `Delmål ${id}: ${text}`,
  level: (n: number) => `Nivå ${n}`,
  resourceKinds: {
    guidance: 'vägledning',
    training: 'utbildning',
    service: 'tjänst',
    standard: 'standard',
    funding: 'finansiering',
    research: 'forskning',
    law: 'lag och regler',
  } as Record<ResourceKind, string>,
};

const en: typeof sv = {
  focusArea: (id, title) => `Focus area ${id}: ${title}`,
  goal: (id, text) => `Goal ${id}: ${text}`,
  level: (n) => `Level ${n}`,
  resourceKinds: {
    guidance: 'guidance',
    training: 'training',
    service: 'service',
    standard: 'standard',
    funding: 'funding',
    research: 'research',
    law: 'law and regulation',
  },
};

export const catalogueWords = { sv, en };
