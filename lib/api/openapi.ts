import { z } from 'zod';
import { endpoints, type Endpoint } from './endpoints';
import { apiSchemas, errorSchema } from './schemas';

type JsonSchema = Record<string, unknown>;

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** A JSON Schema fit for an OpenAPI 3.1 document: the dialect is the document's, so no $schema or $id. */
function embeddable({ $schema: _schema, $id: _id, ...schema }: JsonSchema): JsonSchema {
  return schema;
}

function refTo(schema: z.ZodType): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error('Every response schema must be registered in apiSchemas');
  return { $ref: componentRef(id) };
}

function queryParameters(endpoint: Endpoint) {
  return Object.entries(endpoint.query.shape).map(([name, schema]) => {
    const json = embeddable(z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const { description, ...rest } = json;
    return { name, in: 'query', required: false, description, schema: rest };
  });
}

const errorContent = { 'application/json': { schema: { $ref: componentRef(apiSchemas.get(errorSchema)!.id) } } };

const validatorHeaders = {
  ETag: { description: 'Hash of the body; send it back in If-None-Match.', schema: { type: 'string' } },
  'Last-Modified': { description: 'Latest change to the records this answer is read from.', schema: { type: 'string' } },
  'Cache-Control': { description: 'Public, for a minute.', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'Always `*`: any web page may read the data.', schema: { type: 'string' } },
};

function operations(endpoint: Endpoint) {
  const pathParameters = Object.entries(endpoint.pathParameters ?? {}).map(([name, description]) => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  }));
  const content =
    endpoint.response.mediaType === 'application/json'
      ? { 'application/json': { schema: refTo(endpoint.response.schema) } }
      : { 'text/csv': { schema: { type: 'string', description: `Columns: ${endpoint.response.columns.join(', ')}.` } } };
  return {
    get: {
      operationId: endpoint.operationId,
      summary: endpoint.summary,
      description: endpoint.description,
      parameters: [...pathParameters, ...queryParameters(endpoint)],
      responses: {
        '200': { description: 'The data.', headers: validatorHeaders, content },
        '304': { description: 'Not modified since the ETag (If-None-Match) or date (If-Modified-Since) sent.' },
        '400': { description: 'A query parameter was refused; `error.parameter` names it.', content: errorContent },
        ...(endpoint.notFound ? { '404': { description: endpoint.notFound, content: errorContent } } : {}),
        '500': { description: 'The data could not be read.', content: errorContent },
        '503': { description: 'The database is out of reach for a moment (a restart); try again after `Retry-After` seconds.', content: errorContent },
      },
    },
    options: {
      operationId: `${endpoint.operationId}Preflight`,
      summary: 'CORS preflight (GET only)',
      parameters: pathParameters,
      responses: { '204': { description: 'GET is allowed from any origin, with If-None-Match and If-Modified-Since.' } },
    },
  };
}

export const openApiPath = '/api/v1/openapi.json';

/** The OpenAPI 3.1 description of the API, generated from the zod schemas the routes answer with. */
export function openApiDocument(origin: string) {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: componentRef });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kazakhstan solidarity tracker: open data',
      version: '1.0.0',
      description:
        'Read-only public data of the campaign tracker: cases, their published updates, demands and action events. ' +
        'Lists are paged with `limit` and an opaque `cursor` (follow `next`). Texts carry their language; dates ' +
        'their precision. Protected identities show initials only. Drafts and scheduled updates are never served.',
    },
    servers: [{ url: origin }],
    paths: {
      ...Object.fromEntries(endpoints.map((endpoint) => [endpoint.path, operations(endpoint)])),
      [openApiPath]: {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embeddable(schema as JsonSchema)])),
    },
  };
}
