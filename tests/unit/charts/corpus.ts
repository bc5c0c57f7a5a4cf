/** The real corpus for chart tests (tests/helpers.ts builds it as scripts/check-content.ts does). */
export { loadRealCorpus as loadTestCorpus } from '../../helpers.ts';
