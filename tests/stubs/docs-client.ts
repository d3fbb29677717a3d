let currentDocId = 'spend-insights/integrations/xero';

export function setTestDocId(id: string): void {
  currentDocId = id;
}

export function useDoc() {
  return {metadata: {id: currentDocId, permalink: `/${currentDocId}`}, frontMatter: {}};
}
