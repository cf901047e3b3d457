import { ApiError, requestHeaders, toProblem } from './api';

/**
 * Sends a file with XMLHttpRequest so that the upload can report progress (fetch cannot);
 * resolves with the parsed JSON answer or rejects with an ApiError.
 */
export function uploadWithProgress<T>(options: {
  readonly url: string;
  readonly body: Blob | string;
  readonly contentType: string;
  readonly onProgress: (fraction: number) => void;
  readonly signal?: AbortSignal;
}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', options.url);
    xhr.setRequestHeader('content-type', options.contentType);
    for (const [name, value] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      options.onProgress(1);
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(toProblem(body ?? new Error(`HTTP ${xhr.status}`), xhr.status)));
    };
    xhr.onerror = () => reject(new ApiError(toProblem(new Error('The connection failed'))));
    xhr.onabort = () => reject(new ApiError(toProblem(new Error('Cancelled'))));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(options.body);
  });
}
