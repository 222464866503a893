export interface ManifestCheck {
  name: string;
  ok: boolean;
  detail: string;
}
export function checkManifest(xmlText: string, dir: string): ManifestCheck[];
export function pngSize(bytes: Buffer): { width: number; height: number } | null;
