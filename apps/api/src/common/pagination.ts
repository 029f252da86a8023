import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { Page, SharedInListing } from '@practicum/core';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @SharedInListing() @Field() hasNextPage: boolean;
  @SharedInListing() @Field(() => String, { nullable: true }) endCursor: string | null;
}

/**
 * A Relay-style connection type for a node type. `sharedInListing` marks its edges, cursors and
 * nodes SharedInListing (the offer listing's connection).
 */
export function Connection<T>(
  node: Type<T>,
  name: string,
  extraEdgeFields?: (edge: Type<unknown>) => void,
  { sharedInListing = false } = {},
) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  extraEdgeFields?.(Edge);

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  if (sharedInListing) {
    for (const field of ['cursor', 'node']) SharedInListing()(Edge.prototype, field);
    for (const field of ['edges', 'pageInfo']) SharedInListing()(ConnectionType.prototype, field);
  }
  return ConnectionType;
}

export const toConnection = <T>(page: Page<T>) => ({
  edges: page.items,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
});

/** Cost of a connection field: its page size times the cost of one edge. */
export const pageComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  (args.first ?? 20) * childComplexity + 1;
