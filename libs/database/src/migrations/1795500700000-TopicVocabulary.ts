import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Topics become keys of the controlled vocabulary (`libs/core/src/topic/topics.ts`). Every stored
 * topic string of offers, programs and partner requests is mapped to its key by its letters and
 * digits, case-insensitive ("Fill-finish", "fill finish" and "FILL_FINISH" are FILL_FINISH; any
 * "Regulatory (...)" is REGULATORY; "AAV and lentiviral vectors" is both vector keys). Order is
 * kept, duplicates are folded, and a string the vocabulary does not know is dropped, so every
 * stored list is valid input again. The vocabulary is copied here as it was on this date, so the
 * migration gives the same result whatever the vocabulary becomes later.
 */
const ALIASES: Record<string, string[]> = {
  CAR_T: ['cart', 'cartcell', 'cartcells', 'cartcelltherapy'],
  AAV_VECTORS: ['aav', 'aavvector', 'aavvectors', 'aavandlentiviralvectors'],
  LENTIVIRAL_VECTORS: ['lentiviral', 'lentivirus', 'lentiviralvector', 'lentiviralvectors', 'aavandlentiviralvectors'],
  MRNA: ['mrna'],
  IPSC: ['ipsc', 'ipscs'],
  GMP: ['gmp'],
  QC_QA: ['qcqa', 'qc', 'qa', 'qualitycontrol', 'qualityassurance'],
  REGULATORY: ['regulatory', 'atmp', 'jacie', 'glp', 'gdp'],
  PROCESS_DEVELOPMENT: ['processdevelopment'],
  CLOSED_BIOREACTORS: ['closedbioreactor', 'closedbioreactors', 'bioreactor', 'bioreactors'],
  ASEPTIC_PROCESSING: ['aseptic', 'asepticprocessing'],
  FILL_FINISH: ['fillfinish', 'fillandfinish'],
  SUPPLY_CHAIN: ['supplychain'],
  COMMERCIALIZATION: ['commercialization', 'commercialisation'],
  SOP_WRITING: ['sop', 'sops', 'sopwriting'],
  WORKFLOW_DESIGN: ['workflowdesign'],
};

const LABELS: Record<string, string> = {
  CAR_T: 'CAR-T',
  AAV_VECTORS: 'AAV vectors',
  LENTIVIRAL_VECTORS: 'Lentiviral vectors',
  MRNA: 'mRNA',
  IPSC: 'iPSC',
  GMP: 'GMP',
  QC_QA: 'QC/QA',
  REGULATORY: 'Regulatory (GLP/GDP/GMP, ATMP/JACIE)',
  PROCESS_DEVELOPMENT: 'Process development',
  CLOSED_BIOREACTORS: 'Closed bioreactors',
  ASEPTIC_PROCESSING: 'Aseptic processing',
  FILL_FINISH: 'Fill-finish',
  SUPPLY_CHAIN: 'Supply chain',
  COMMERCIALIZATION: 'Commercialization',
  SOP_WRITING: 'SOP writing',
  WORKFLOW_DESIGN: 'Workflow design',
};

const TABLES = ['offer', 'program', 'partner_request'] as const;

const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** `UPDATE` of one table's topics through a (from, to) mapping of `match` expressions. */
function remap(table: string, pairs: [string, string][], match: string): string {
  const values = pairs.map(([from, to]) => `(${literal(from)}, ${literal(to)})`).join(', ');
  const mapped = `COALESCE((
      SELECT array_agg(m."to" ORDER BY m.pos) FROM (
        SELECT v."to", min(u.pos) AS pos
        FROM unnest(t."topics") WITH ORDINALITY AS u(topic, pos)
        JOIN (VALUES ${values}) AS v("from", "to") ON v."from" = ${match}
        GROUP BY v."to"
      ) m
    ), '{}')`;
  return `UPDATE "${table}" t SET "topics" = ${mapped} WHERE "topics" IS DISTINCT FROM ${mapped}`;
}

/** Letters and digits only, lower case; every "regulatory..." is "regulatory". */
const NORMALIZED = `regexp_replace(regexp_replace(lower(u.topic), '[^a-z0-9]', '', 'g'), '^regulatory.*$', 'regulatory')`;

export class TopicVocabulary1795500700000 implements MigrationInterface {
  name = 'TopicVocabulary1795500700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const pairs: [string, string][] = [];
    for (const [key, aliases] of Object.entries(ALIASES)) {
      for (const alias of new Set([...aliases, key.toLowerCase().replace(/[^a-z0-9]/g, '')])) pairs.push([alias, key]);
    }
    for (const table of TABLES) await queryRunner.query(remap(table, pairs, NORMALIZED));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const pairs = Object.entries(LABELS) as [string, string][];
    for (const table of TABLES) await queryRunner.query(remap(table, pairs, 'u.topic'));
  }
}
