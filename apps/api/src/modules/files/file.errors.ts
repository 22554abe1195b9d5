import { AppError } from '../../common/errors/app-error';

const MIB = 1024 * 1024;
const sizeText = (bytes: number) => (bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MB` : `${bytes} bytes`);

/** The errors of uploads and downloads, with named constructors; the HTTP status follows from their category. */
export const FileErrors = {
  missing(): AppError {
    return new AppError('file.missing', 'user', 'Send the file as multipart/form-data in the field "file"', 'file');
  },

  /** A file part under another name than `file`, or a second file. */
  unexpectedField(field: string | undefined): AppError {
    return AppError.invalidInput(field ?? 'file', `Unexpected file field "${field ?? ''}": send one file as "file"`);
  },

  /** Answered with 413, like an oversized GraphQL body (`request.tooLarge`). */
  tooLarge(maxBytes: number): AppError {
    return new AppError('request.tooLarge', 'user', `The file is larger than ${sizeText(maxBytes)}`, 'file');
  },

  malformed(detail: string): AppError {
    return new AppError('request.malformed', 'user', `The multipart body is malformed: ${detail}`);
  },

  /** The content is not one of the accepted types (as its bytes say, whatever its name or declared type). */
  typeRefused(detected: string | undefined, accepted: readonly string[]): AppError {
    const what = detected ? `a ${detected} file` : 'a file of unknown or unsupported type';
    const message = `This is ${what}; accepted here: ${accepted.join(', ')}`;
    return new AppError('file.typeRefused', 'invalid-submission', message, 'file', [
      { path: 'file', code: 'FILE_TYPE', message, severity: 'error' },
    ]);
  },

  invalidPurpose(): AppError {
    return AppError.invalidInput('purpose', 'purpose must be "image" (images only) or left out (any accepted type)');
  },
};
