/**
 * The controlled vocabulary of cell and gene therapy skills that offers, programs and partner
 * requests are tagged with (PRODUCT.md "Topic"). Stored and sent as the `key` (stable, never
 * renamed: a label may change without touching data); the `label` is what people read.
 */
export const TOPICS = [
  { key: 'CAR_T', label: 'CAR-T' },
  { key: 'AAV_VECTORS', label: 'AAV vectors' },
  { key: 'LENTIVIRAL_VECTORS', label: 'Lentiviral vectors' },
  { key: 'MRNA', label: 'mRNA' },
  { key: 'IPSC', label: 'iPSC' },
  { key: 'GMP', label: 'GMP' },
  { key: 'QC_QA', label: 'QC/QA' },
  { key: 'REGULATORY', label: 'Regulatory (GLP/GDP/GMP, ATMP/JACIE)' },
  { key: 'PROCESS_DEVELOPMENT', label: 'Process development' },
  { key: 'CLOSED_BIOREACTORS', label: 'Closed bioreactors' },
  { key: 'ASEPTIC_PROCESSING', label: 'Aseptic processing' },
  { key: 'FILL_FINISH', label: 'Fill-finish' },
  { key: 'SUPPLY_CHAIN', label: 'Supply chain' },
  { key: 'COMMERCIALIZATION', label: 'Commercialization' },
  { key: 'SOP_WRITING', label: 'SOP writing' },
  { key: 'WORKFLOW_DESIGN', label: 'Workflow design' },
] as const;

export type TopicKey = (typeof TOPICS)[number]['key'];

export interface Topic {
  key: TopicKey;
  label: string;
}

const LABELS: ReadonlyMap<string, string> = new Map(TOPICS.map((t) => [t.key, t.label]));

/** Every topic key, in the vocabulary's order. */
export const TOPIC_KEYS: readonly TopicKey[] = TOPICS.map((t) => t.key);

/** Whether `value` is a topic key (exact, case-sensitive). */
export function isTopicKey(value: unknown): value is TopicKey {
  return typeof value === 'string' && LABELS.has(value);
}

/** The label of a topic key; an unknown key is returned as it is. */
export function topicLabel(key: string): string {
  return LABELS.get(key) ?? key;
}
