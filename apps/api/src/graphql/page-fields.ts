import { OfferPageFields } from '@practicum/core';
import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** The fields selected under `nodes` (through fragments and inline fragments), by name, with their nodes. */
function childrenOf(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const children = new Map<string, FieldNode[]>();
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const list = children.get(selection.name.value) ?? [];
        list.push(selection);
        children.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value))
        walk(info.fragments[selection.name.value]?.selectionSet, new Set([...seen, selection.name.value]));
    }
  };
  for (const node of nodes) walk(node.selectionSet, new Set());
  return children;
}

/** Fields computed from columns of their object, and the columns they read. */
const DERIVED: Record<string, Record<string, readonly string[]>> = {
  offer: { priorityGroup: ['reservedSeats', 'priorityGroupName', 'priorityProgramIds', 'priorityUniversityIds'] },
  slots: { free: ['capacity', 'taken'] },
};
/** Offer fields the search loads with the offer (served from the page, not per row). */
const RELATIONS = ['company', 'facility', 'slots', 'virtualTwin'] as const;

function namesOf(kind: string, children: Map<string, FieldNode[]>, skip: readonly string[] = []): string[] {
  const names: string[] = [];
  for (const name of children.keys()) {
    if (name === '__typename' || skip.includes(name)) continue;
    names.push(...(DERIVED[kind]?.[name] ?? [name]));
  }
  return names;
}

/**
 * What a page of offers shows, from the operation's selection under `offerNodes` (the Offer
 * objects' field nodes): the search then turns only those columns into JSON. A field that is no
 * column (another resolver's) makes the search load that object whole (OfferPageFields).
 */
export function offerPageFields(info: GraphQLResolveInfo, offerNodes: readonly FieldNode[]): OfferPageFields {
  const offer = childrenOf(info, offerNodes);
  const fields: OfferPageFields = { offer: namesOf('offer', offer, RELATIONS) };
  for (const relation of RELATIONS) {
    const nodes = offer.get(relation);
    fields[relation] = nodes ? namesOf(relation, childrenOf(info, nodes)) : false;
  }
  return fields;
}

/** The Offer nodes of a connection field (`edges { node { ... } }`). */
export function connectionNodes(info: GraphQLResolveInfo): FieldNode[] {
  return (childrenOf(info, info.fieldNodes).get('edges') ?? []).flatMap(
    (edge) => childrenOf(info, [edge]).get('node') ?? [],
  );
}
