#!/usr/bin/env node
// A long news article in the bundled article's shape, made up deterministically (the same bytes on
// every run and machine) for the benchmark: a title, a bold dateline and lead, bold subheadings,
// and paragraphs of French prose with « quotes » and their speakers, links, bold and italics.
//
//   node bench/generate.mjs 1000000 > big.md     # about 1 MB
import { pathToFileURL } from 'node:url';

// mulberry32: a tiny seeded generator, so the text never depends on Math.random.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'la coopération',
  'le ministère',
  "l'agence européenne",
  'la commission mixte',
  'le gouvernement',
  'la délégation',
  'le comité',
  'la société civile',
  'le directeur exécutif',
  'la garde côtière',
  'le conseil régional',
  'la municipalité',
];
const VERBS = [
  'renforce',
  'examine',
  'présente',
  'soutient',
  'prépare',
  'accompagne',
  'critique',
  'annonce',
  'évalue',
  'finance',
];
const OBJECTS = [
  'la gestion des frontières',
  'un programme de formation',
  'les échanges de données',
  'la feuille de route pour 2024',
  "l'analyse des risques",
  'les retours volontaires',
  'la protection des plus vulnérables',
  'un dialogue régulier',
  'les fonctions de garde côtière',
  'la lutte contre la criminalité transfrontalière',
];
const TAILS = [
  'depuis plusieurs années',
  'dans le cadre du partenariat',
  'selon les chiffres publiés mardi',
  'malgré les critiques des associations',
  'avec le soutien de ses partenaires',
  'à la demande des autorités',
  'au cours des prochains mois',
  'sans calendrier précis',
];
const SPEAKERS = [
  ['Hans Leijtens', 'directeur exécutif de Frontex'],
  ['Khalid Zerouali', 'directeur des migrations'],
  ['Amina Benali', 'présidente de l’association Migrants Solidaires'],
  ['Pierre Durand', 'chercheur au CNRS'],
  ['Nadia El Idrissi', 'porte-parole du ministère'],
  ['Jean-Marc Lefèvre', 'député européen'],
];
const SITES = [
  'frontex.europa.eu',
  'interieur.gov.ma',
  'unhcr.org',
  'ec.europa.eu',
  'article19.ma',
];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function sentence(random) {
  const subject = pick(random, SUBJECTS);
  const words = `${subject[0].toUpperCase()}${subject.slice(1)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, TAILS)}`;
  const roll = random();
  if (roll < 0.15) return `${words.replace(/(\S+ \S+)$/, '**$1**')}.`;
  if (roll < 0.25) return `${words.replace(/^(\S+ \S+)/, '*$1*')}.`;
  return `${words}.`;
}

function paragraph(random) {
  const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random));
  const roll = random();
  if (roll < 0.3) {
    const [name, role] = pick(random, SPEAKERS);
    const quote = sentences.splice(0, 2).join(' ').replace(/\.$/, '');
    sentences.unshift(`« ${quote} », a déclaré ${name}, ${role}.`);
  } else if (roll < 0.4) {
    const [name] = pick(random, SPEAKERS);
    sentences.push(`${name} a parlé d’une “situation sous contrôle”.`);
  }
  if (random() < 0.35) {
    const site = pick(random, SITES);
    sentences.push(`Les détails figurent sur le site [${site}](https://${site}/actualites).`);
  }
  return sentences.join(' ');
}

/** About `bytes` bytes of Markdown (never less), the same for the same arguments. */
export function generateArticle(bytes, seed = 2023) {
  const random = generator(seed);
  const parts = [
    '# **Migration – la coopération aux frontières au cœur d’un long rapport**',
    '**13.12.2023 Migration – la coopération aux frontières au cœur d’un long rapport**',
    `**${paragraph(random)}**`,
  ];
  let size = parts.join('\n\n').length;
  let count = 0;
  while (size < bytes) {
    const next =
      ++count % 12 === 0 ? `**+ « ${sentence(random).replace(/\.$/, '')} » +**` : paragraph(random);
    parts.push(next);
    size += Buffer.byteLength(next) + 2;
  }
  parts.push('**Source** : <https://article19.ma/accueil/archives/174433>');
  return `${parts.join('\n\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(generateArticle(Number(process.argv[2] ?? 1_000_000)));
}
