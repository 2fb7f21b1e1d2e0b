import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';

/** The evaluation material kept beside the repository: the seed article texts and the gold annotation. */
export const sharedDir = join(projectRoot, '..', 'shared');

/**
 * Tests that need ../shared skip without it on a developer's machine, but CI always has it,
 * so there a missing folder fails the run instead of skipping silently.
 */
export const withoutShared = (path: string): boolean => !existsSync(path) && !process.env.CI;
