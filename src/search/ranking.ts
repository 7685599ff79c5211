/**
 * Pagefind's ranking parameters (https://pagefind.app/docs/ranking/), chosen with the relevance set
 * of content/search.yaml (npm run bench prints precision at 1 and 3 and the mean reciprocal rank
 * for other values). Passages are short and alike in length, so their length should not count
 * much; a word that occurs often in a passage is a good sign it is about it.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 1,
  termSaturation: 1.4,
  termSimilarity: 1,
};
