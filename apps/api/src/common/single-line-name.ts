import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

/** C0 and C1 control characters (CR, LF, TAB, ESC...), DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;

/**
 * A name of an organization, a program, a facility, an offer or a person: one line (no line
 * breaks or other control characters, so it cannot forge mail headers or fake paragraphs in an
 * email) and bounded in length.
 */
export function SingleLineName(min = 1, max = 200): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Length(min, max),
    Matches(SINGLE_LINE, { message: '$property must be a single line without control characters' }),
  );
}
