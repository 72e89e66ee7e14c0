/**
 * French départements and régions (2016 regions, INSEE codes) for job locations: the `location.departement` code and
 * the `location.region` name of a posting, and readers for the ways sources write a place ("Paris (75)",
 * "Corrèze (19 )", "61-65 rue Dutot 75015 Paris", "Maisons Lafitte (78600)", "Rennes - 35", "Ille-Et-Vilaine").
 * Pure data, no DOM. Names are the official ones (INSEE code officiel géographique).
 */
import { foldText } from '../shared/text.js';

/** The 18 régions (13 metropolitan + 5 overseas), official names. */
export const REGIONS = [
  'Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne', 'Centre-Val de Loire', 'Corse', 'Grand Est',
  'Hauts-de-France', 'Île-de-France', 'Normandie', 'Nouvelle-Aquitaine', 'Occitanie', 'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur", 'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte',
] as const;
export type Region = (typeof REGIONS)[number];

const R = REGIONS;
/** `code|name|region index` rows (101 départements). */
const ROWS = `01|Ain|0 02|Aisne|6 03|Allier|0 04|Alpes-de-Haute-Provence|12 05|Hautes-Alpes|12 06|Alpes-Maritimes|12
07|Ardèche|0 08|Ardennes|5 09|Ariège|10 10|Aube|5 11|Aude|10 12|Aveyron|10 13|Bouches-du-Rhône|12 14|Calvados|8
15|Cantal|0 16|Charente|9 17|Charente-Maritime|9 18|Cher|3 19|Corrèze|9 2A|Corse-du-Sud|4 2B|Haute-Corse|4
21|Côte-d'Or|1 22|Côtes-d'Armor|2 23|Creuse|9 24|Dordogne|9 25|Doubs|1 26|Drôme|0 27|Eure|8 28|Eure-et-Loir|3
29|Finistère|2 30|Gard|10 31|Haute-Garonne|10 32|Gers|10 33|Gironde|9 34|Hérault|10 35|Ille-et-Vilaine|2 36|Indre|3
37|Indre-et-Loire|3 38|Isère|0 39|Jura|1 40|Landes|9 41|Loir-et-Cher|3 42|Loire|0 43|Haute-Loire|0
44|Loire-Atlantique|11 45|Loiret|3 46|Lot|10 47|Lot-et-Garonne|9 48|Lozère|10 49|Maine-et-Loire|11 50|Manche|8
51|Marne|5 52|Haute-Marne|5 53|Mayenne|11 54|Meurthe-et-Moselle|5 55|Meuse|5 56|Morbihan|2 57|Moselle|5 58|Nièvre|1
59|Nord|6 60|Oise|6 61|Orne|8 62|Pas-de-Calais|6 63|Puy-de-Dôme|0 64|Pyrénées-Atlantiques|9 65|Hautes-Pyrénées|10
66|Pyrénées-Orientales|10 67|Bas-Rhin|5 68|Haut-Rhin|5 69|Rhône|0 70|Haute-Saône|1 71|Saône-et-Loire|1 72|Sarthe|11
73|Savoie|0 74|Haute-Savoie|0 75|Paris|7 76|Seine-Maritime|8 77|Seine-et-Marne|7 78|Yvelines|7 79|Deux-Sèvres|9
80|Somme|6 81|Tarn|10 82|Tarn-et-Garonne|10 83|Var|12 84|Vaucluse|12 85|Vendée|11 86|Vienne|9 87|Haute-Vienne|9
88|Vosges|5 89|Yonne|1 90|Territoire de Belfort|1 91|Essonne|7 92|Hauts-de-Seine|7 93|Seine-Saint-Denis|7
94|Val-de-Marne|7 95|Val-d'Oise|7 971|Guadeloupe|13 972|Martinique|14 973|Guyane|15 974|La Réunion|16 976|Mayotte|17`;

/** One département: INSEE code (`75`, `2A`, `973`), official name, région. */
export interface Departement { readonly code: string; readonly name: string; readonly region: Region }

/** The 101 départements, by INSEE code. */
export const DEPARTEMENTS: ReadonlyMap<string, Departement> = new Map([...ROWS.matchAll(/(\d{2,3}|2[AB])\|([^|]+)\|(\d+)/g)]
  .map(([, code, name, region]) => [code, { code, name, region: R[Number(region)] }]));

/** Pattern of a département code (`01`–`95`, `2A`, `2B`, `971`–`976`). */
export const DEPARTEMENT_CODE_PATTERN = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;

const key = (s: string) => foldText(s).replace(/[-'’\s]+/g, ' ').replace(/^(?:departement|dept) (?:de |du |des |d )?/, '').trim();
const BY_NAME = new Map<string, string>([...DEPARTEMENTS.values()].flatMap((d) => [[key(d.name), d.code], [key(d.name.replace(/^(?:La|Le|Les) /, '')), d.code]] as [string, string][]));
BY_NAME.set('belfort', '90');
const REGION_BY_NAME = new Map<string, Region>(REGIONS.map((r) => [key(r), r]));
REGION_BY_NAME.set('centre val deloire', 'Centre-Val de Loire');
REGION_BY_NAME.set('reunion', 'La Réunion');

/** The code of a written département name (`Ille et Vilaine`, `Côte d'Or`, `Cote-d'Or`, `Val de Marne`); any case/accents. */
export function departementByName(name: string): string | undefined {
  return BY_NAME.get(key(name));
}

/** The official name of a written région (`Ile-de-France`, `Nouvelle Aquitaine`, `Hauts de France`), or `undefined`. */
export function regionByName(name: string): Region | undefined {
  return REGION_BY_NAME.get(key(name));
}

/** Code of a 5-digit French postal code's département (`75015` → `75`, `97300` → `973`, `20000` → `2A`, `20200` → `2B`). */
export function departementOfPostalCode(postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  if (postalCode.startsWith('97')) return DEPARTEMENTS.has(postalCode.slice(0, 3)) ? postalCode.slice(0, 3) : undefined;
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  const code = postalCode.slice(0, 2);
  return DEPARTEMENTS.has(code) ? code : undefined;
}

/**
 * The département named by a free-text place, or `undefined`: in order, a code in brackets (`Paris (75)`,
 * `Corrèze (19 )`, `Guyane (973)`), a 5-digit postal code (`75015 Paris`, `(78600)`, `75 007 Paris` with a space),
 * a trailing ` - 35`, then a département name in brackets or alone (`Saint-Jacques (Ille-Et-Vilaine)`), then the word
 * `Paris` (city and département).
 */
export function departementFromText(text: string): string | undefined {
  const t = String(text);
  const bracket = /\((\s*(?:\d{2,3}|2[AB])\s*)\)/i.exec(t);
  if (bracket) {
    const code = bracket[1].trim().toUpperCase();
    if (DEPARTEMENTS.has(code)) return code;
  }
  const postal = /(?:^|\D)(\d{2}) ?(\d{3})(?!\d)/.exec(t);
  if (postal) {
    const code = departementOfPostalCode(postal[1] + postal[2]);
    if (code) return code;
  }
  const dash = /[-–]\s*(\d{2,3}|2[AB])\s*$/.exec(t);
  if (dash && DEPARTEMENTS.has(dash[1])) return dash[1];
  const named = /\(([^()]+)\)/.exec(t);
  if (named) {
    const code = departementByName(named[1]);
    if (code) return code;
  }
  const whole = departementByName(t.replace(/\(.*?\)/g, ''));
  if (whole) return whole;
  // Paris is a city and a département: "Paris 7e", "Paris – Hôtel national des Invalides".
  return /(?:^|[^\p{L}])paris(?:$|[^\p{L}-])/iu.test(t) ? '75' : undefined;
}
