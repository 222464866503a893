export function devServerUrls(protocol: 'http' | 'https', port: number): string[];
export function watchParent(onOrphaned: () => void, options?: { getPpid?: () => number; intervalMs?: number }): () => void;
