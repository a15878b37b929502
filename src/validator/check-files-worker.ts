/** Worker entry: checks a share of the files and posts the results back, findings by file index. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-files.ts';
import { toTransferable, type WorkerTask } from './parallel.ts';

const { root, paths, now } = workerData as WorkerTask;
parentPort!.postMessage(paths.map((path) => toTransferable(checkFile(root, path, { now }))));
