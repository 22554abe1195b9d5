/** Mainland mobile numbers: 11 digits starting 13–19. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Landlines: area code 0 + 2–3 digits, optional hyphen, 7–8 digits, optional extension (`-123`, `转123`, `#123`). */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:(?:-|转|#)\d{1,6})?$/;

export type PhoneKind = 'mobile' | 'landline' | 'any';

/** Whether the text is a mainland phone number of the kind (no spaces, no +86: store numbers as dialled). */
export function isPhoneNumber(text: string, kind: PhoneKind = 'any'): boolean {
  if (kind === 'mobile') return MOBILE.test(text);
  if (kind === 'landline') return LANDLINE.test(text);
  return MOBILE.test(text) || LANDLINE.test(text);
}
