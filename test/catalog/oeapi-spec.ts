import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoRoot } from '../durability/harness.js';

/** The OEAPI v6.0 specification file this conformance test is pinned to (see shared/specs/README.md). */
export const OEAPI_SPEC_SHA256 = '28d42e4c1a49b0ceb60b11f9880e3417aa81cdb14b1ddaef74f24085a32bd413';

/** Where the shared specification lives: beside the repository, or named by OEAPI_SPEC_FILE. */
export function specFile(): string {
  const candidates = [
    process.env['OEAPI_SPEC_FILE'],
    join(repoRoot, '..', 'shared', 'specs', 'oeapi-v6.0.json'),
    join(repoRoot, '..', '..', 'shared', 'specs', 'oeapi-v6.0.json'),
  ].filter((c): c is string => typeof c === 'string');
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`The OEAPI specification is not at any of: ${candidates.join(', ')}`);
  return found;
}

/** Loads the pinned specification (refusing any other version of the file) and compiles validators on demand. */
export function loadOeapiSpec() {
  const bytes = readFileSync(specFile());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== OEAPI_SPEC_SHA256)
    throw new Error(`The OEAPI specification file has sha256 ${sha256}, not the pinned ${OEAPI_SPEC_SHA256}`);
  const spec = JSON.parse(bytes.toString('utf8')) as { paths: Record<string, Record<string, unknown>> };
  const defects = correctKnownDefects(spec);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addKeyword({ keyword: 'x-ooapi-extensible-enum' });
  ajv.addSchema(spec, 'oeapi');
  const cache = new Map<string, ValidateFunction>();
  const validator = (pointer: string): ValidateFunction => {
    let v = cache.get(pointer);
    if (!v) {
      const compiled = ajv.getSchema(`oeapi#${pointer}`);
      if (!compiled) throw new Error(`No schema at ${pointer}`);
      v = compiled;
      cache.set(pointer, v);
    }
    return v;
  };
  const escape = (path: string) => path.replace(/~/g, '~0').replace(/\//g, '~1');
  return {
    sha256,
    spec,
    /** Paths whose schema had a defect that was corrected in memory (see {@link correctKnownDefects}). */
    defects,
    /** The validator of a path's 200 response. */
    ok: (specPath: string) => validator(`/paths/${escape(specPath)}/get/responses/200/content/application~1json/schema`),
    /** The validator of the problem documents every error response carries. */
    problem: () => validator('/components/schemas/Problem'),
  };
}

/**
 * One list in the pinned file declares `items` as a single CourseOffering instead of an array of
 * them, unlike every other list in the specification and unlike its own description ("a list of
 * course offerings"). The API answers with an array like everywhere else, and the test validates
 * against the corrected schema. Returns the corrected paths, so that a test can prove the defect is
 * still in the file (and notice when a new file fixes it).
 */
function correctKnownDefects(spec: { paths: Record<string, Record<string, unknown>> }): string[] {
  const corrected: string[] = [];
  const path = '/academic-sessions/{academicSessionId}/course-offerings';
  const schema = (
    spec.paths[path] as {
      get: {
        responses: Record<string, { content: Record<string, { schema: { allOf: Array<{ properties?: Record<string, unknown> }> } }> }>;
      };
    }
  ).get.responses['200']?.content['application/json']?.schema;
  const items = schema?.allOf[1]?.properties;
  if (items && (items['items'] as { type?: string }).type !== 'array') {
    items['items'] = { type: 'array', items: items['items'] };
    corrected.push(path);
  }
  return corrected;
}
