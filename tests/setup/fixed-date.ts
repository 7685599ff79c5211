import { FIXED_EPOCH } from '../harness/project-copy.ts';

// Tests that run the project's code in their own process (the content check, a build that the
// check stops) see the same build date as the commands they start: 2025-06-01.
process.env.SOURCE_DATE_EPOCH = FIXED_EPOCH;
