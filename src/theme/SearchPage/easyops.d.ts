// The parts of @easyops-cn/docusaurus-search-local's client that the search
// page reuses (the package ships no types for them).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  export interface SearchDocument {
    /** Id. */
    i: number;
    /** Text (title, heading or content). */
    t: string;
    /** Page URL. */
    u: string;
    /** Section anchor. */
    h?: string;
    /** Section title. */
    s?: string;
    /** Breadcrumb of a page. */
    b?: string[];
  }
  export interface SearchResult {
    document: SearchDocument;
    /** 0 title, 1 heading, 2 description, 3 keywords, 4 content. */
    type: number;
    page: SearchDocument | false | undefined;
    metadata: Record<string, Record<string, {position: [number, number][]}>>;
    tokens: string[];
  }
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]>;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery' {
  export default function useSearchQuery(): {
    searchValue: string;
    searchContext: string;
    searchVersion: string;
    updateSearchPath(searchValue: string): void;
    updateSearchContext(value: string): void;
  };
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated' {
  export const searchContextByPaths:
    (string | {label: string | Record<string, string>; path: string})[] | null;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/normalizeContextByPath' {
  export function normalizeContextByPath(
    context: string | {label: string | Record<string, string>; path: string},
    currentLocale: string,
  ): {label: string; path: string};
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight' {
  export function highlight(content: string, tokens: string[]): string;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed' {
  export function highlightStemmed(
    content: string,
    positions: [number, number][],
    tokens: string[],
    maxLength?: number,
  ): string;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions' {
  export function getStemmedPositions(
    metadata: Record<string, Record<string, {position: [number, number][]}>>,
    field: string,
  ): [number, number][];
}
