/**
 * What a failed Storage write means for the person: the quota is full (the work is too large for
 * this browser's storage), or storage is not available at all (private mode, disabled by policy).
 */
export type StorageFailure = 'storage-full' | 'unavailable';

export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // Chromium/WebKit: QuotaExceededError (legacy code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function storageFailure(e: unknown): StorageFailure {
  return isQuotaError(e) ? 'storage-full' : 'unavailable';
}
