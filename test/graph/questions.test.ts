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
  evidence?: string[];
}

const operationsDir = join(projectRoot, 'schema', 'operations', 'questions');
const questionsFile = join(sharedDir, 'eval', 'seed-gold', 'questions.json');

/**
 * The operations mark what answers the question with aliases, and this collects them anywhere in
 * the response: `answer` is one answer; `answer1`, `answer2`... in one object are parts of one
 * answer, joined by ": " ("FY2011: 396,906"); `evidence` holds the ids of the facts that answer a
 * question whose expected answer is written as prose, checked against the question's evidence.
 */
function collectMarked(value: unknown, into = { answers: new Set<string>(), evidence: new Set<string>() }) {
  if (Array.isArray(value)) for (const item of value) collectMarked(item, into);
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const parts = entries.filter(([key]) => /^answer\d+$/.test(key)).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
    if (parts.length > 0) into.answers.add(parts.map(([, part]) => String(part)).join(': '));
    for (const [key, inner] of entries) {
      if (key === 'answer' && inner !== null) into.answers.add(String(inner));
      else if (key === 'evidence' && inner !== null) into.evidence.add(String(inner));
      else if (!/^answer\d+$/.test(key)) collectMarked(inner, into);
    }
  }
  return into;
}

/** Case and spacing are not what an answer is about ("About 55 percent" opening a sentence). */
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A computed number answers a percentage written in words ("about 43.7%" for a decline) when its
 * magnitude, rounded to the precision written, is that percentage.
 */
function asWrittenPercentage(got: string, expected: string[]): string {
  if (!/^-?\d+(\.\d+)?(e-?\d+)?$/.test(got)) return got;
  for (const answer of expected) {
    const written = /^(?:about |nearly |almost )?(\d+(?:\.(\d+))?)%$/.exec(answer);
    if (written && Math.abs(Number(got)).toFixed(written[2]?.length ?? 0) === written[1]) return answer;
  }
  return got;
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

  it('has an operation for every question', () => {
    const required = Array.from({ length: 25 }, (_, n) => n).map((n) => `${String(n).padStart(2, '0')}.graphql`);
    expect(files).toEqual(expect.arrayContaining(required));
  });

  it.each(files)('%s returns exactly the expected answers', async (file) => {
    const question = questions[Number(file.slice(0, 2))];
    expect(question, `no question for ${file}`).toBeDefined();
    const operation = await readFile(join(operationsDir, file), 'utf8');
    expect(operation).not.toMatch(/\$\w+/);
    const { body } = await postGraphQL(server.url, operation);
    expect(body.errors).toBeUndefined();
    const marked = collectMarked(body.data);
    const proseAnswer = marked.answers.size === 0 && marked.evidence.size > 0;
    const expected = (proseAnswer ? question!.evidence ?? [] : question!.answer).map(normalise);
    const got = new Set([...(proseAnswer ? marked.evidence : marked.answers)].map((answer) => asWrittenPercentage(normalise(answer), expected)));
    expect(expected.length, question!.q).toBeGreaterThan(0);
    for (const answer of expected) expect(got, question!.q).toContain(answer);
    const allowed = new Set([...expected, ...(question!.acceptable_extra ?? []).map(normalise)]);
    expect([...got].filter((answer) => !allowed.has(answer)), question!.q).toEqual([]);
  });
});
