import { NotFoundError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { HttpException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import { RuntimeError } from '../../../engine-runtime/runtime-error';
import { AppError, type AppErrorCategory } from '../app-error';
import { classifyError, GRAPHQL_CODE_BY_CATEGORY, HTTP_STATUS_BY_CODE, INTERNAL_MESSAGE } from '../error-mapping';
import { createGraphqlErrorFormatter } from '../format-graphql-error';
import { GRAPHQL_ERROR_CODES } from '../graphql-error-code';

describe('classifyError: one mapping from application errors to GraphQL codes', () => {
  it.each(Object.entries(GRAPHQL_CODE_BY_CATEGORY) as [AppErrorCategory, string][])(
    'should map the category %s to %s',
    (category, code) => {
      // Given an application error of the category, when classified, then it has the table's code
      const error = new AppError('input.invalid', category, 'message', 'field');
      expect(classifyError(error).code).toBe(code);
    },
  );

  it('should use only the published codes, and give each an HTTP status', () => {
    for (const code of Object.values(GRAPHQL_CODE_BY_CATEGORY)) expect(GRAPHQL_ERROR_CODES).toContain(code);
    expect(Object.keys(HTTP_STATUS_BY_CODE).sort()).toEqual([...GRAPHQL_ERROR_CODES].sort());
  });

  it("should keep an application error's message, reason, field and problems", () => {
    const problems = [{ path: '/fields/0', code: 'field.unknown', message: 'no such field' }];
    expect(classifyError(AppError.invalidSubmission(problems))).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The data is invalid',
      reason: 'submission.invalid',
      field: 'data',
      problems,
    });
  });

  it("should map the engine's RuntimeError by category, a refused definition to DEFINITION_INVALID with its problems", () => {
    const problems = [
      { code: 'flow.dangling', path: '/process', message: 'dangling flow', severity: 'error', elementId: 'f1' },
    ];
    const invalid = new RuntimeError('definition.invalid', 'user', 'process "x" has errors', 'content', problems);
    expect(classifyError(invalid)).toEqual({
      code: 'DEFINITION_INVALID',
      message: 'process "x" has errors',
      reason: 'definition.invalid',
      field: 'content',
      problems: [
        { code: 'flow.dangling', path: '/process', message: 'dangling flow', severity: 'error', elementId: 'f1' },
      ],
    });
    expect(classifyError(RuntimeError.taskAlreadyDone('t1', 'completed'))).toMatchObject({
      code: 'CONFLICT',
      reason: 'task.alreadyDone',
    });
    expect(classifyError(RuntimeError.instanceNotFound('i1')).code).toBe('NOT_FOUND');
    expect(classifyError(RuntimeError.revisionConflict('i1', 25))).toMatchObject({ code: 'CONFLICT', retryable: true });
    // A deployed definition that no longer reads is the server's problem, not the caller's
    expect(classifyError(new RuntimeError('definition.invalid', 'internal', 'v3 no longer reads'))).toEqual({
      code: 'INTERNAL',
      message: INTERNAL_MESSAGE,
      reason: 'definition.invalid',
    });
  });

  it("should map Nest's and MikroORM's errors, and hide everything else as INTERNAL", () => {
    expect(classifyError(new ThrottlerException()).code).toBe('RATE_LIMITED');
    expect(classifyError(new HttpException('nope', 403)).code).toBe('FORBIDDEN');
    expect(classifyError(new HttpException('broken', 502)).code).toBe('INTERNAL');
    expect(classifyError(new NotFoundError('x')).code).toBe('NOT_FOUND');
    expect(classifyError(Object.create(UniqueConstraintViolationException.prototype) as Error).code).toBe('CONFLICT');
    expect(classifyError(new Error('relation "secret_table" does not exist'))).toEqual({
      code: 'INTERNAL',
      message: INTERNAL_MESSAGE,
    });
  });
});

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createGraphqlErrorFormatter((cause) => logged.push(cause));

  it('should keep only message, locations, path and our extensions; log internal causes', () => {
    // Given a resolver that threw a plain Error, as Apollo hands it over
    const cause = new Error('connection refused at 10.0.0.5');
    const wrapped = new GraphQLError(cause.message, { path: ['teams'], originalError: cause });
    const formatted = format(
      { message: cause.message, path: ['teams'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrapped,
    );
    // Then the client learns nothing but INTERNAL, and the cause is logged
    expect(formatted).toEqual({ message: INTERNAL_MESSAGE, path: ['teams'], extensions: { code: 'INTERNAL' } });
    expect(logged).toEqual([cause]);
  });

  it('should answer errors about the request itself (syntax, validation, limits) as BAD_USER_INPUT', () => {
    const syntax = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    const formatted = format({ message: syntax.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, syntax);
    expect(formatted).toEqual({ message: syntax.message, extensions: { code: 'BAD_USER_INPUT' } });
  });
});
