import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@practicum/core';

/** Domain errors are answers, not faults: hand them to GraphQL's formatter without logging a stack. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError) {
    return error;
  }
}
