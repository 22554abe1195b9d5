import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Any JSON value (form data, variables, audit summaries). Validation is the job of the service that takes it. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables ?? undefined),
});
