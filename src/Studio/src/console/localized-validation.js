import { t } from '../i18n/index.js';

// form-js writes the messages of its own checks (required, ranges, lengths, pattern) in English, with no translation
// hook. These are its exact sentences, so each becomes the user's language; anything else (a form's own
// patternErrorMessage, a newer form-js sentence) is shown as it is.
const sentences = [
  [/^Field is required\.$/, () => t('fieldError.FIELD_REQUIRED')],
  [/^Field must have minimum value of (.+)\.$/, (m) => t('formCheck.min', { value: m[1] })],
  [/^Field must have maximum value of (.+)\.$/, (m) => t('formCheck.max', { value: m[1] })],
  [/^Field must have minimum length of (.+)\.$/, (m) => t('formCheck.minLength', { value: m[1] })],
  [/^Field must have maximum length of (.+)\.$/, (m) => t('formCheck.maxLength', { value: m[1] })],
  [/^Field must match pattern /, () => t('fieldError.FIELD_PATTERN')],
  [/^Field must be a valid email\.$/, () => t('formCheck.email')],
  [/^Field must be a valid +international phone number/, () => t('formCheck.phone')],
];

/** The message of one of form-js's own checks in the user's language; other messages unchanged. */
export function localizeCheckMessage(message) {
  for (const [pattern, text] of sentences) {
    const match = pattern.exec(message);
    if (match) return text(match);
  }
  return message;
}

/** Wraps the viewer's validator so both its check paths answer in the user's language. */
function LocalizedValidation(validator) {
  for (const name of ['validateField', 'validateFieldInstance']) {
    const original = validator[name]?.bind(validator);
    if (original) validator[name] = (...args) => original(...args).map(localizeCheckMessage);
  }
}
LocalizedValidation.$inject = ['validator'];

/** A form-js module (additionalModules) that localises the viewer's own validation messages. */
export const localizedValidationModule = {
  __init__: ['localizedValidation'],
  localizedValidation: ['type', LocalizedValidation],
};
