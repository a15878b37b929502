/**
 * A content schema as the JSON Schema zod 4 writes, with each field's `.meta()` (kk/ru labels,
 * hints, widgets, option sources: FieldMeta in schema.ts) merged in. The content reference
 * (src/docs) and the web editor's config (src/cms) both read the schemas through this one view.
 */
import { z } from 'zod';
import type { FieldMeta } from './schema.ts';

export type JsonSchema = FieldMeta & {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  minLength?: number;
  description?: string;
};

/** The input side (what a file holds, before defaults and transforms); what JSON cannot say (refinements) is left open. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
