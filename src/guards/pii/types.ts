export type PiiType =
  | 'EMAIL' | 'PHONE' | 'SSN' | 'CREDIT_CARD' | 'IBAN' | 'IP_ADDRESS'
  | 'PERSON' | 'ADDRESS' | 'DATE_OF_BIRTH' | 'SECRET' | 'URL';

/** A PII span: UTF-16 offsets, end exclusive; score in [0,1]. */
export interface PiiEntity {
  type: PiiType;
  start: number;
  end: number;
  score: number;
}

/** Whether [start, end) overlaps any of `spans`. */
export function overlapsAny(spans: readonly PiiEntity[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

export interface DetectPiiOptions {
  /** ISO 3166 country codes tried, in order, for phone numbers written without +country */
  locales?: string[];
  /** only these types */
  types?: PiiType[];
}
