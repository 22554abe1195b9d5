/** What `POST /files` answers and what a download is described by; `id` is what form data carries. */
export interface StoredFileView {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mimeType: string;
  readonly sha256: string;
}
