import { useState, type FormEvent } from 'react';
import { toProblem, type Problem } from './api';
import { uploadWithProgress } from './upload';

/** What a check-then-import form shows: the server's report, its problem, or a message before sending. */
export type ImportOutcome<R> = { report: R } | { problem: Problem } | { message: string };

/** The upload to send, or a message saying why the chosen file cannot be sent. */
export type PreparedUpload = { readonly url: string; readonly body: Blob; readonly contentType: string } | { readonly message: string };

/**
 * State of a form that uploads a file with two buttons: check (a dry run, the default) and import
 * (the button with `value="import"`). `prepare` builds the request for either, or refuses the file.
 */
export function useCheckThenImport<R>(prepare: (dryRun: boolean) => PreparedUpload) {
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome<R> | null>(null);
  const send = async (dryRun: boolean) => {
    const upload = prepare(dryRun);
    if ('message' in upload) return setOutcome({ message: upload.message });
    setOutcome(null);
    setProgress(0);
    try {
      setOutcome({ report: await uploadWithProgress<R>({ ...upload, onProgress: setProgress }) });
    } catch (error) {
      setOutcome({ problem: toProblem(error) });
    } finally {
      setProgress(null);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value !== 'import');
  };
  return { progress, outcome, setOutcome, onSubmit };
}
