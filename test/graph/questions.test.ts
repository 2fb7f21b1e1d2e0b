import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { RunningServer } from '../../src/server/startServer.js';
import { sharedDir, withoutShared } from '../support/sharedEval.js';
import { postGraphQL, startTestServer } from '../support/testServer.js';

interface Question {
  q: string;
  answer: string[];
  acceptable_extra?: string[];
}

const operationsDir = join(projectRoot, 'schema', 'operations', 'questions');
const questionsFile = join(sharedDir, 'eval', 'seed-gold', 'questions.json');

/** Every value under an `answer` key, anywhere in the response: the operations alias what answers the question. */
function collectAnswers(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectAnswers(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'answer' && inner !== null) into.add(String(inner));
      else collectAnswers(inner, into);
    }
  }
  return into;
}

const skip = withoutShared(questionsFile);

describe.skipIf(skip)('analyst questions as GraphQL operations', async () => {
  // Collected even when skipped, so read only what is there.
  const questions = skip ? [] : (JSON.parse(await readFile(questionsFile, 'utf8')) as Question[]);
  const files = (await readdir(operationsDir)).filter((name) => /^\d\d\.graphql$/.test(name)).sort();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('has an operation for every question the API is expected to answer', () => {
    const required = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 19, 20, 21, 22, 23, 24].map((n) => `${String(n).padStart(2, '0')}.graphql`);
    expect(files).toEqual(expect.arrayContaining(required));
  });

  it.each(files)('%s returns exactly the expected answers', async (file) => {
    const question = questions[Number(file.slice(0, 2))];
    expect(question, `no question for ${file}`).toBeDefined();
    const operation = await readFile(join(operationsDir, file), 'utf8');
    expect(operation).not.toMatch(/\$\w+/);
    const { body } = await postGraphQL(server.url, operation);
    expect(body.errors).toBeUndefined();
    const got = collectAnswers(body.data);
    for (const expected of question!.answer) expect(got, question!.q).toContain(expected);
    const allowed = new Set([...question!.answer, ...(question!.acceptable_extra ?? [])]);
    expect([...got].filter((answer) => !allowed.has(answer)), question!.q).toEqual([]);
  });
});
