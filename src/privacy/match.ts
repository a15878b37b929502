/** A span of text where a scanner found something: `index` into the scanned text and its length. */
export interface TextMatch {
  index: number;
  length: number;
}
