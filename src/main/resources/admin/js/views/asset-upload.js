// Uploading files to a space's asset library with progress: XMLHttpRequest, because fetch cannot report upload
// progress. Files Duet would refuse by type are caught before any byte is sent; the size limit is the server's.
import { ApiError, currentCsrfToken } from '../api.js';

/** What the server accepts, judged there by the bytes; here by type and extension so a wrong file fails fast. */
const ACCEPTED = [
  ['image/jpeg', ['jpg', 'jpeg']],
  ['image/png', ['png']],
  ['image/gif', ['gif']],
  ['image/webp', ['webp']],
  ['image/svg+xml', ['svg']],
  ['application/pdf', ['pdf']],
  ['video/mp4', ['mp4', 'm4v']],
];

export const ACCEPT_ATTRIBUTE = ACCEPTED.flatMap(([type, extensions]) => [type, ...extensions.map((e) => `.${e}`)]).join(',');

/** Why `file` cannot be uploaded, or null when it may be. */
export function refusal(file) {
  const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
  const known = ACCEPTED.some(([type, extensions]) => type === file.type || extensions.includes(extension));
  if (!known) return 'This kind of file cannot be uploaded. Duet accepts JPEG, PNG, GIF, WebP and SVG images, PDF documents and MP4 videos.';
  if (file.size === 0) return 'This file is empty.';
  return null;
}

/** "12.5 MB" */
export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Uploads `file` into `folderId` (empty for the top level); `onProgress(fraction)` follows the bytes sent. Resolves
 * with the stored asset, rejects with an ApiError whose message says what to do (too large, wrong type, ...).
 */
export async function upload(spaceId, file, folderId, onProgress) {
  const token = currentCsrfToken();
  const form = new FormData();
  form.append('file', file, file.name);
  if (folderId) form.append('asset_folder_id', folderId);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/spaces/${spaceId}/assets`);
    request.setRequestHeader('Accept', 'application/json');
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = { error: request.responseText };
      }
      if (request.status >= 200 && request.status < 300) resolve(body.asset);
      else reject(uploadError(request.status, body));
    });
    request.addEventListener('error', () => reject(new ApiError(0, null)));
    request.send(form);
  });
}

function uploadError(status, body) {
  if (status === 413) {
    const limit = /limit of (\d+) bytes/.exec(body?.error ?? '')?.[1];
    return new ApiError(status, { error: `the file is too large to upload${limit ? `: the limit is ${fileSize(Number(limit))}` : ''}` });
  }
  return new ApiError(status, body);
}
