/** Types for the parts of text-fragments-polyfill (GoogleChromeLabs) the tests use: it ships none. */
declare module 'text-fragments-polyfill/text-fragment-utils' {
  export interface TextFragment {
    prefix: string;
    textStart: string;
    textEnd: string;
    suffix: string;
  }
  /** The fragment directive of a URL's hash (what follows `:~:`), as an object of directive strings. */
  export function getFragmentDirectives(hash: string): { text?: string[] };
  /** Each text directive parsed into its percent-decoded terms. */
  export function parseFragmentDirectives(directives: { text?: string[] }): { text?: TextFragment[] };
}
