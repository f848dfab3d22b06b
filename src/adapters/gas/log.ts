import type { Log } from '../../ports/log';

/** The execution log of Apps Script (Executions page / Cloud Logging). */
export const gasLog: Log = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  progress: (step, done, total) => console.log(`${step}: ${done}/${total}`),
};
