import { applyDecorators } from '@nestjs/common';
import { isTopicKey } from '@practicum/core';
import { ArrayMaxSize, IsArray, registerDecorator } from 'class-validator';

/** The description every topic input carries in the schema. */
export const TOPIC_LIST_DESCRIPTION =
  'Topic keys from the `topics` query (for example GMP, QC_QA); any other value is BAD_USER_INPUT';

/** How a refused value is quoted in the message: bounded, so a huge hostile string is not echoed back. */
const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};

/**
 * A list of topics: every element a key of the controlled vocabulary (`@practicum/core` TOPICS),
 * exact and case-sensitive. The one check for every topic input (offers, programs, partner
 * requests, the offer search filter); a failure names the field in `extensions.fields`.
 */
export function IsTopicList(): PropertyDecorator {
  const unknown = (value: unknown): unknown[] => (Array.isArray(value) ? value.filter((v) => !isTopicKey(v)) : []);
  return applyDecorators(IsArray(), ArrayMaxSize(30), (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTopicList',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => Array.isArray(value) && unknown(value).length === 0,
        defaultMessage: (args) =>
          `${args?.property ?? 'topics'} holds unknown topic ${unknown(args?.value).slice(0, 3).map(quote).join(', ')}: use the keys the topics query lists`,
      },
    }),
  );
}
