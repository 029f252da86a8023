import { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { AppConfig } from '@practicum/config';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
} from 'graphql';

/** Root fields an operation selects, aliases and fragments included (`__typename` is free). */
export function countRootFields(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((sum, s) => {
      if (s.kind === Kind.FIELD) return sum + (s.name.value === '__typename' ? 0 : 1);
      if (s.kind === Kind.INLINE_FRAGMENT) return sum + count(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      // A fragment spread twice selects its fields once; a cycle is refused by validation before this runs.
      if (!fragment || seen.has(fragment.name.value)) return sum;
      seen.add(fragment.name.value);
      return sum + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}

/**
 * Refuses a mutation operation with more than GRAPHQL_MAX_MUTATION_FIELDS root fields: one
 * request must not buy many password hashes, emails or seat moves behind one rate-limit point.
 */
@Plugin()
export class RootFieldsPlugin implements ApolloServerPlugin {
  constructor(private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const max = this.config.GRAPHQL_MAX_MUTATION_FIELDS;
    return {
      async didResolveOperation({ operation, document }) {
        if (operation?.operation !== OperationTypeNode.MUTATION) return;
        const fields = countRootFields(operation, document);
        if (fields > max) {
          const name = operation.name ? `Mutation ${operation.name.value}` : 'The mutation';
          throw new GraphQLError(`${name} has ${fields} root fields; at most ${max} are allowed in one request`, {
            extensions: { code: 'TOO_MANY_ROOT_FIELDS', fields, limit: max, http: { status: 400 } },
          });
        }
      },
    };
  }
}
