import {
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationRule,
} from 'graphql';

/** How an error names an operation: `"Name"`, or `anonymous query` when it has none. */
export const operationLabel = (operation: OperationDefinitionNode | null | undefined): string =>
  operation?.name ? `"${operation.name.value}"` : `anonymous ${operation?.operation ?? 'operation'}`;

/**
 * Refuses operations nested deeper than `maxDepth` (a field with a selection counts one level;
 * introspection fields do not count) with `QUERY_TOO_DEEP` naming the operation.
 *
 * Safe on any document, valid or not: each fragment's depth is computed once (no exponential walk
 * through fragments spread many times), a spread that closes a cycle or names an unknown fragment
 * counts nothing (NoFragmentCycles and KnownFragmentNames report those), so it never recurses
 * without end. graphql-validate runs all rules in one pass, so this must not rely on them first.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const known = new Map<string, number>();
    const visiting = new Set<string>();
    const depthOf = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet && !selection.name.value.startsWith('__'))
            depth = 1 + depthOf(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = depthOf(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (known.has(name)) depth = known.get(name)!;
          else if (fragment && !visiting.has(name)) {
            visiting.add(name);
            depth = depthOf(fragment.selectionSet);
            visiting.delete(name);
            known.set(name, depth);
          }
        }
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Operation ${operationLabel(operation)} is too deep: depth ${depth}, the limit is ${maxDepth}`,
              {
                nodes: [operation],
                extensions: { code: 'QUERY_TOO_DEEP', depth, limit: maxDepth },
              },
            ),
          );
        }
      },
    };
  };
}
